import { typed } from '../func-signature.js';
import type { FuncMap } from '../types.js';
import { goJson, goParseJson } from './go-json.js';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function b32enc(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  let bits = 0;
  let val = 0;
  let out = '';
  for (const b of bytes) {
    val = (val << 8) | b;
    bits += 8;
    while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

function b32dec(s: string): string {
  const clean = s.replace(/=+$/, '');
  if (/[^A-Z2-7]/.test(clean) || (s.length % 8 !== 0)) {
    const bad = [...s].findIndex((c, i) => !(B32.includes(c) || (c === '=' && i >= clean.length)));
    return `illegal base32 data at input byte ${bad < 0 ? s.length : bad}`;
  }
  let bits = 0;
  let val = 0;
  const out: number[] = [];
  for (const c of clean) {
    val = ((val << 5) | B32.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out).toString('utf8');
}

function b64dec(s: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
    const bad = [...s].findIndex((c) => !/[A-Za-z0-9+/=]/.test(c));
    return `illegal base64 data at input byte ${bad < 0 ? Math.max(0, s.length - (s.length % 4 || 4)) : bad}`;
  }
  return Buffer.from(s, 'base64').toString('utf8');
}

const safe = (f: () => string): string => {
  try { return f(); } catch { return ''; }
};

/** Sprig's base64/base32 and JSON functions. */
export function encodingFuncs(): FuncMap {
  return {
    b64enc: typed('string', (s) => Buffer.from(s as string, 'utf8').toString('base64')),
    b64dec: typed('string', (s) => b64dec(s as string)),
    b32enc: typed('string', (s) => b32enc(s as string)),
    b32dec: typed('string', (s) => b32dec(s as string)),
    toJson: typed('any', (v) => safe(() => goJson(v))),
    mustToJson: typed('any', (v) => goJson(v)),
    toPrettyJson: typed('any', (v) => safe(() => goJson(v, '  '))),
    mustToPrettyJson: typed('any', (v) => goJson(v, '  ')),
    toRawJson: typed('any', (v) => safe(() => goJson(v, '', false))),
    mustToRawJson: typed('any', (v) => goJson(v, '', false)),
    fromJson: typed('string', (s) => { try { return goParseJson(s as string); } catch { return null; } }),
    mustFromJson: typed('string', (s) => goParseJson(s as string)),
  };
}
