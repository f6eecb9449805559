#!/usr/bin/env node
// Derives data/kubernetes/{resources,definitions}.json from Kubernetes' own OpenAPI v2 document
// (../shared/kubernetes/swagger.json by default), so nothing loads the 4 MB original at run time.
// Usage: node scripts/gen-kube-schema.mjs [path/to/swagger.json]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const src = process.argv[2] ?? new URL('../../shared/kubernetes/swagger.json', import.meta.url).pathname;
const swagger = JSON.parse(readFileSync(src, 'utf8'));
// The document says "unversioned"; shared/kubernetes/README.md says which release it is.
const KUBERNETES_VERSION = 'v1.35.0';

// Short names and categories are discovery data that the OpenAPI document does not carry; these are Kubernetes' own.
const shortNames = {
  configmaps: ['cm'], endpoints: ['ep'], events: ['ev'], namespaces: ['ns'], nodes: ['no'],
  persistentvolumeclaims: ['pvc'], persistentvolumes: ['pv'], pods: ['po'], replicationcontrollers: ['rc'],
  resourcequotas: ['quota'], serviceaccounts: ['sa'], services: ['svc'], limitranges: ['limits'],
  deployments: ['deploy'], replicasets: ['rs'], statefulsets: ['sts'], daemonsets: ['ds'], cronjobs: ['cj'],
  ingresses: ['ing'], networkpolicies: ['netpol'], horizontalpodautoscalers: ['hpa'], poddisruptionbudgets: ['pdb'],
  customresourcedefinitions: ['crd', 'crds'], storageclasses: ['sc'], priorityclasses: ['pc'],
  certificatesigningrequests: ['csr'], ingressclasses: [],
};
const allCategory = new Set(['pods', 'services', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs',
  'cronjobs', 'replicationcontrollers', 'horizontalpodautoscalers']);

const resources = new Map();
const pendingSub = {};
for (const [path, item] of Object.entries(swagger.paths)) {
  const m = path.match(/^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/(?:namespaces\/\{namespace\}\/)?([a-z0-9-]+)(?:\/\{name\}(?:\/([a-z]+))?)?$/);
  if (!m) continue;
  const [, coreVersion, group = '', groupVersion, plural, subresource] = m;
  const version = coreVersion ?? groupVersion;
  if (plural === 'namespaces' && path.includes('{namespace}') && !path.endsWith('/namespaces/{name}')) continue;
  if (plural === 'watch' || path.includes('/watch/')) continue;
  const namespaced = path.includes('/namespaces/{namespace}/');
  const key = `${group}/${version}/${plural}`;
  for (const [method, op] of Object.entries(item)) {
    if (method === 'parameters' || !op['x-kubernetes-action']) continue;
    const gvk = op['x-kubernetes-group-version-kind'];
    if (!gvk) continue;
    const action = op['x-kubernetes-action'];
    if (subresource) {
      const r = resources.get(key);
      if (r && !r.subresources.includes(subresource)) r.subresources.push(subresource);
      if (!r) (pendingSub[key] ??= new Set()).add(subresource);
      continue;
    }
    let r = resources.get(key);
    if (!r) {
      r = { group, version, kind: gvk.kind, plural, namespaced: false, verbs: [], subresources: [], shortNames: shortNames[plural] ?? [],
        categories: allCategory.has(plural) ? ['all'] : [] };
      resources.set(key, r);
    }
    if (namespaced) r.namespaced = true;
    const verb = action === 'post' ? 'create' : action === 'put' ? 'update' : action === 'watchlist' ? 'watch' : action;
    const verbs = verb === 'list' && !path.endsWith('}') ? ['list'] : [verb];
    if (verb === 'list') verbs.push('watch'); // watch is list with ?watch=true
    for (const v of verbs) if (!r.verbs.includes(v)) r.verbs.push(v);
  }
}
for (const [key, subs] of Object.entries(pendingSub)) {
  const r = resources.get(key);
  if (r) for (const s of subs) if (!r.subresources.includes(s)) r.subresources.push(s);
}
// Cluster-scoped kinds whose list path also exists under namespaces never do; namespaced ones keep their flag.
for (const r of resources.values()) {
  r.verbs.sort();
  r.subresources.sort();
}

// Definitions without prose: types, refs, formats, required lists and the x-kubernetes-* merge extensions.
const keep = new Set(['type', 'format', 'items', 'properties', 'additionalProperties', '$ref', 'required', 'enum',
  'x-kubernetes-patch-merge-key', 'x-kubernetes-patch-strategy', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type', 'x-kubernetes-group-version-kind', 'x-kubernetes-unions', 'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-embedded-resource']);
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (!keep.has(k)) continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, strip(pv)]));
    else if (k === '$ref') out[k] = v.replace('#/definitions/', '');
    else if (k === 'x-kubernetes-group-version-kind' || k === 'enum' || k === 'required') out[k] = v;
    else out[k] = strip(v);
  }
  return out;
}
const definitions = Object.fromEntries(Object.entries(swagger.definitions).map(([k, v]) => [k, strip(v)]));

const outDir = new URL('../data/kubernetes/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const list = [...resources.values()].sort((a, b) => `${a.group}/${a.version}/${a.plural}`.localeCompare(`${b.group}/${b.version}/${b.plural}`));
writeFileSync(new URL('resources.json', outDir), JSON.stringify({ kubernetesVersion: KUBERNETES_VERSION, resources: list }, null, 1) + '\n');
writeFileSync(new URL('definitions.json', outDir), JSON.stringify(definitions) + '\n');
console.log(`${list.length} resources, ${Object.keys(definitions).length} definitions (Kubernetes ${KUBERNETES_VERSION})`);
