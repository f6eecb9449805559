import jsYaml from 'js-yaml';

const trueWords = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE']);
const falseWords = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']);
const nullWords = new Set(['', '~', 'null', 'Null', 'NULL']);
const specialFloats = new Map<string, number>([
  ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN],
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Infinity] as [string, number]),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, -Infinity] as [string, number]),
]);
const goIntPattern = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** go-yaml v2's integer reading (strconv.ParseInt base 0, `_` ignored); the value as float64, as Helm sees it. */
function goInteger(text: string): number | undefined {
  const m = goIntPattern.exec(text.replaceAll('_', ''));
  if (!m) return undefined;
  const [, sign, digits] = m as unknown as [string, string, string];
  let n: number;
  if (/^0[0-7]+$/.test(digits)) n = Number.parseInt(digits.slice(1), 8);
  else if (/^0[oO]/.test(digits)) n = Number.parseInt(digits.slice(2), 8);
  else n = Number(digits);
  // An integer has no negative zero: `-0` is 0 (unlike the float `-0.0`).
  return sign === '-' ? -n || 0 : n;
}

function goFloat(text: string): number | undefined {
  const special = specialFloats.get(text);
  if (special !== undefined) return special;
  const plain = text.replaceAll('_', '');
  return yamlStyleFloat.test(plain) ? Number(plain) : undefined;
}

const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (d: string) => trueWords.has(d) || falseWords.has(d),
  construct: (d: string) => trueWords.has(d),
});
const nullType = new jsYaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (d: string) => nullWords.has(d),
  construct: () => null,
});
const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (d: string) => goInteger(d) !== undefined,
  construct: (d: string) => goInteger(d),
});
const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (d: string) => goFloat(d) !== undefined,
  construct: (d: string) => goFloat(d),
});

/**
 * A js-yaml schema that resolves plain scalars as go-yaml v2 does for Helm (YAML 1.1 booleans like `yes`/`on`/`y`,
 * Go integer syntax with `0x`/`0o`/`0b`/leading-zero octal, no timestamps), plus `<<` merge keys.
 */
export const goYamlSchema = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType, (jsYaml as unknown as { types: { merge: jsYaml.Type } }).types.merge],
});
