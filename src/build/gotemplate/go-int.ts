/** Makes a Go `int` (a JS bigint in our value model) from a JS number or bigint; throws on a non-integer. */
export function goInt(n: number | bigint): bigint {
  return typeof n === 'bigint' ? BigInt.asIntN(64, n) : BigInt(Math.trunc(n));
}

/** Whether a value is a Go integer in our value model. */
export function isGoInt(v: unknown): v is bigint {
  return typeof v === 'bigint';
}
