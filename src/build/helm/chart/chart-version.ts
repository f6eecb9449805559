import semver from 'semver';

const looseSemver = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

/** Whether a chart version parses as Masterminds' semver does (loose: `1`, `1.2`, `v1.2.3-rc.1` are valid). */
export function isValidChartVersion(version: string): boolean {
  return looseSemver.test(version);
}

/** Helm's IsCompatibleRange: whether `version` satisfies the constraint (`,` means AND); invalid input is false. */
export function isCompatibleRange(constraint: string | undefined, version: string): boolean {
  if (constraint === undefined || constraint.trim() === '') return false;
  const v = semver.coerce(version, { includePrerelease: true });
  const parsed = semver.valid(version.replace(/^v/, ''), { loose: true }) ?? v?.version;
  if (!parsed) return false;
  try {
    return semver.satisfies(parsed, constraint.replaceAll(',', ' '), { loose: true });
  } catch {
    return false;
  }
}
