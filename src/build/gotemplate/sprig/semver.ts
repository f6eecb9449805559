import semverLib from 'semver';
import { typed } from '../func-signature.js';
import { goTypeTag } from '../go-types.js';
import type { FuncMap } from '../types.js';

/** Masterminds/semver's *Version as templates see it: methods Major, Minor, Patch, Prerelease, Metadata, Original. */
export class SemverVersion {
  readonly [goTypeTag] = '*semver.Version';
  constructor(private readonly v: semverLib.SemVer, private readonly original: string) {}
  Major(): bigint { return BigInt(this.v.major); }
  Minor(): bigint { return BigInt(this.v.minor); }
  Patch(): bigint { return BigInt(this.v.patch); }
  Prerelease(): string { return this.v.prerelease.join('.'); }
  Metadata(): string { return this.v.build.join('.'); }
  Original(): string { return this.original; }
  String(): string { return this.v.version + (this.v.build.length ? '+' + this.v.build.join('.') : ''); }
  Compare(o: unknown): bigint { return BigInt(semverLib.compare(this.v, (o as SemverVersion).v)); }
  LessThan(o: unknown): boolean { return semverLib.lt(this.v, (o as SemverVersion).v); }
  GreaterThan(o: unknown): boolean { return semverLib.gt(this.v, (o as SemverVersion).v); }
  Equal(o: unknown): boolean { return semverLib.eq(this.v, (o as SemverVersion).v); }
}

/** Parses a version as Masterminds/semver's NewVersion does (a leading v and missing minor/patch allowed). */
export function parseVersion(s: string): SemverVersion {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(s.trim());
  if (!m) throw new Error('Invalid Semantic Version');
  const full = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4] ?? ''}${m[5] ?? ''}`;
  const v = semverLib.parse(full);
  if (!v) throw new Error('Invalid Semantic Version');
  return new SemverVersion(v, s);
}

/** Translates a Masterminds constraint (`>= 1.2, < 2`, `^1.2 || ~3`) to an npm range. */
function toRange(c: string): string {
  return c.split('||').map((part) => part.replace(/(^|[^\d.])(\d+)\.(\d+)(?=-)/g, '$1$2.$3.0').replace(/(^|[^\d.])(\d+)(?=-)/g, '$1$2.0.0').replace(/,/g, ' ').replace(/([<>=!~^]+)\s+/g, '$1').replace(/\bv(\d)/g, '$1').replace(/!=\s*(\S+)/g, '<$1 || >$1').trim()).join(' || ');
}

/** Sprig's `semver` and `semverCompare`. */
export function semverFuncs(): FuncMap {
  return {
    semver: typed('string', (s) => parseVersion(s as string)),
    semverCompare: typed('string string', (c, v) => {
      const ver = parseVersion(v as string);
      const range = semverLib.validRange(toRange(c as string), { loose: true });
      if (range === null) throw new Error(`improper constraint: ${c as string}`);
      return semverLib.satisfies(ver.String(), range, { includePrerelease: /\d-/.test(c as string) });
    }),
  };
}
