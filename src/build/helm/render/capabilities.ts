import semver from 'semver';
import { goTypeTag } from '../../gotemplate/index.js';
import { KubeVersionError } from './kube-version-error.js';
import { defaultApiVersions } from './default-api-versions.js';

/** What `.Capabilities` describes: the Kubernetes version and API group/versions a render targets. */
export interface CapabilitiesOptions {
  /** e.g. `v1.32.0` or `1.29`; Helm 3.17's default is v1.32.0. */
  kubeVersion?: string;
  /** Extra API versions (`--api-versions`), added to Helm's built-in list. */
  apiVersions?: string[];
}

/** The Kubernetes version as Helm parses it (Masterminds semver, leading `v` optional, missing parts 0). */
export function parseKubeVersion(text: string): { version: string; major: string; minor: string } {
  const m = /^v?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
  if (!m) throw new KubeVersionError(`invalid kube version '${text}': Invalid Semantic Version`);
  const [, major, minor = '0', patch = '0', pre = '', build = ''] = m;
  const version = `v${Number(major)}.${Number(minor)}.${Number(patch)}${pre}${build}`;
  return { version, major: String(Number(major)), minor: String(Number(minor)) };
}

/** Builds the `.Capabilities` object templates see (KubeVersion, APIVersions.Has, HelmVersion). */
export function capabilitiesObject(opts: CapabilitiesOptions = {}): Record<string, unknown> {
  const kv = parseKubeVersion(opts.kubeVersion ?? 'v1.32.0');
  const versions = [...defaultApiVersions, ...(opts.apiVersions ?? [])];
  const versionSet = new Set(versions);
  const apiVersions = goStruct('chartutil.VersionSet', {}, { Has: (v: unknown) => versionSet.has(String(v)), toJSON: () => versions });
  const kubeVersion = goStruct('chartutil.KubeVersion', { Version: kv.version, Major: kv.major, Minor: kv.minor }, {
    GitVersion: () => kv.version,
    String: () => kv.version,
  });
  const build = { Version: 'v3.17.2', GitCommit: 'cc0bbbd6d6276b83880042c1ecb34087e84d41eb', GitTreeState: 'clean', GoVersion: 'go1.23.7' };
  const helmVersion = goStruct('version.BuildInfo', build, {
    toJSON: () => ({ version: build.Version, git_commit: build.GitCommit, git_tree_state: build.GitTreeState, go_version: build.GoVersion }),
  });
  return goStruct('*chartutil.Capabilities', { KubeVersion: kubeVersion, APIVersions: apiVersions, HelmVersion: helmVersion }, {});
}

/** A Go struct in the engine's value model: fields as properties, methods hidden from printing and ranging. */
export function goStruct(type: string, fields: Record<string, unknown>, methods: Record<string, (...a: unknown[]) => unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = { ...fields };
  Object.defineProperty(o, goTypeTag, { value: type, enumerable: false });
  for (const [k, fn] of Object.entries(methods)) Object.defineProperty(o, k, { value: fn, enumerable: false });
  return o;
}

/** Whether the chart's `kubeVersion` constraint admits the target version (Helm's IsCompatibleRange). */
export function kubeVersionCompatible(constraint: string, version: string): boolean {
  try {
    const v = semver.coerce(version, { includePrerelease: true });
    const clean = semver.valid(version.replace(/^v/, ''), { loose: true }) ?? v?.version;
    return clean !== undefined && clean !== null && semver.satisfies(clean, constraint.replaceAll(',', ' '), { loose: true, includePrerelease: true });
  } catch {
    return false;
  }
}
