const pattern = /^v(\d+)(?:(alpha|beta)(\d+))?$/;

/**
 * Compares Kubernetes API versions the way discovery orders them: GA before beta before alpha, higher numbers
 * first, anything unparseable last in lexical order. Negative when `a` sorts before `b`.
 */
export function compareVersions(a: string, b: string): number {
  const ma = pattern.exec(a);
  const mb = pattern.exec(b);
  if (!ma || !mb) return ma ? -1 : mb ? 1 : a.localeCompare(b);
  const stage = (m: RegExpExecArray): number => (m[2] === undefined ? 2 : m[2] === 'beta' ? 1 : 0);
  if (stage(ma) !== stage(mb)) return stage(mb) - stage(ma);
  if (ma[1] !== mb[1]) return Number(mb[1]) - Number(ma[1]);
  return Number(mb[3] ?? 0) - Number(ma[3] ?? 0);
}
