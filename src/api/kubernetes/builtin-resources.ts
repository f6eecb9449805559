import { readDataFile } from './data-file.js';

/** One REST resource Kubernetes serves, as derived from its OpenAPI document (data/kubernetes/resources.json). */
export interface BuiltinResource {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  verbs: string[];
  subresources: string[];
  shortNames: string[];
  categories: string[];
}

interface ResourcesFile { kubernetesVersion: string; resources: BuiltinResource[] }

let cache: ResourcesFile | undefined;
function load(): ResourcesFile {
  cache ??= readDataFile<ResourcesFile>('kubernetes/resources.json');
  return cache;
}

/** The Kubernetes release the built-in tables come from, e.g. `v1.35.0`. */
export function kubernetesVersion(): string {
  return load().kubernetesVersion;
}

/** Every built-in resource of every served group/version (several versions of one kind appear separately). */
export function builtinResources(): readonly BuiltinResource[] {
  return load().resources;
}

/** The built-in resource for a kind in an apiVersion (`apps/v1`, `v1`), or undefined when Kubernetes has none. */
export function findBuiltinResource(apiVersion: string, kind: string): BuiltinResource | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/', 2) : ['', apiVersion];
  return load().resources.find((r) => r.group === group && r.version === version && r.kind === kind);
}

/** Whether a kind of a group is cluster-scoped in Kubernetes (any version); undefined when the kind is not built in. */
export function isBuiltinClusterScoped(group: string, kind: string): boolean | undefined {
  const r = load().resources.find((x) => x.group === group && x.kind === kind);
  return r ? !r.namespaced : undefined;
}
