const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /\p{Nd}/u.test(c);
const rune = (c: string): number => c.codePointAt(0)!;

/**
 * go-yaml's map key order (sorter.go `keyList.Less`), which both `kustomize build` and Helm's `toYaml` print in:
 * runes compared by code point, a non-letter before a letter, and runs of digits compared as numbers
 * (`a2` < `a02` < `a10`). Returns a negative number when `a` sorts first.
 */
export function compareGoYamlKeys(a: string, b: string): number {
  if (a === b) return 0;
  return less(a, b) ? -1 : 1;
}

function less(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return rune(ar[i]!) < rune(br[i]!);
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') { an = 1; bn = 1; break; }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + (rune(ar[ai]!) - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + (rune(br[bi]!) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return rune(ar[i]!) < rune(br[i]!);
  }
  return ar.length < br.length;
}
