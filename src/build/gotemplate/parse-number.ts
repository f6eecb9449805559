import { unquoteChar } from './unquote.js';

/** A number literal's Go constant: an int (bigint) unless it is spelled as a float; or Go's error text. */
export function parseNumber(text: string, isChar: boolean): { value: bigint | number; isInt: boolean; isFloat: boolean } | string {
  if (isChar) {
    const r = unquoteChar(text.slice(1), "'");
    if (typeof r === 'string' || r.tail !== "'") return typeof r === 'string' ? r : `malformed character constant: ${text}`;
    return { value: BigInt(r.code), isInt: true, isFloat: true };
  }
  if (text.endsWith('i')) return `illegal number syntax: ${JSON.stringify(text)}`;
  const int = parseGoInt(text);
  const looksFloat = /^[+-]?0[xX]/.test(text) ? /[pP]/.test(text) : /[.eEpP]/.test(text);
  if (int !== undefined) {
    if (int > 0x7fffffffffffffffn || int < -0x8000000000000000n) {
      if (int <= 0xffffffffffffffffn && int >= 0n && !looksFloat) return { value: int, isInt: false, isFloat: true };
      if (!looksFloat) return `integer overflow: ${JSON.stringify(text)}`;
    } else if (!looksFloat) {
      return { value: int, isInt: true, isFloat: true };
    }
  }
  const f = parseGoFloat(text);
  if (f === undefined) return `illegal number syntax: ${JSON.stringify(text)}`;
  if (!looksFloat) return `integer overflow: ${JSON.stringify(text)}`;
  return { value: f, isInt: Number.isInteger(f) && Math.abs(f) < 2 ** 63, isFloat: true };
}

function parseGoInt(text: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
  if (!m) return undefined;
  let body = m[2]!.replace(/_/g, '');
  if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
  const v = BigInt(body);
  return m[1] === '-' ? -v : v;
}

function parseGoFloat(text: string): number | undefined {
  const t = text.replace(/_/g, '');
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(t);
  if (hex) {
    const mant = parseInt((hex[2] || '0') + (hex[3] ?? ''), 16) / 16 ** (hex[3]?.length ?? 0);
    return (hex[1] === '-' ? -1 : 1) * mant * 2 ** Number(hex[4]);
  }
  if (/^[+-]?0[xX]/.test(t)) return undefined;
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(t)) return undefined;
  return Number(t);
}
