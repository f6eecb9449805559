import type { JsonObject } from '../../../lib/strategic-merge/index.js';
import { KustomizeError } from '../kustomize-error.js';
import type { GeneratorArgs, GeneratorOptions, Kustomization } from '../kustomization.js';
import type { Loader } from '../loader.js';
import { resIdString, sameId } from '../res-id.js';
import type { ResMap } from '../res-map.js';
import { Resource, type GeneratorBehavior } from '../resource.js';
import { loadKvPairs } from './kv-sources.js';

function mergedOptions(local: GeneratorOptions | undefined, global: GeneratorOptions | undefined): GeneratorOptions {
  const out: GeneratorOptions = { ...(local ?? {}) };
  out.labels = { ...(global?.labels ?? {}), ...(local?.labels ?? {}) };
  out.annotations = { ...(global?.annotations ?? {}), ...(local?.annotations ?? {}) };
  if (global?.disableNameSuffixHash) out.disableNameSuffixHash = true;
  if (global?.immutable) out.immutable = true;
  return out;
}

function generate(kind: 'ConfigMap' | 'Secret', args: GeneratorArgs, k: Kustomization, dir: string, loader: Loader): Resource {
  if (!args.name) throw new KustomizeError(`${k.file}: a ${kind} generator needs a name`, k.file);
  const opts = mergedOptions(args.options, k.generatorOptions);
  const metadata: JsonObject = { name: args.name };
  if (args.namespace) metadata.namespace = args.namespace;
  if (Object.keys(opts.labels ?? {}).length) metadata.labels = { ...opts.labels };
  if (Object.keys(opts.annotations ?? {}).length) metadata.annotations = { ...opts.annotations };
  const obj: JsonObject = { apiVersion: 'v1', kind, metadata };
  const pairs = loadKvPairs(args, dir, k.file, loader, kind.toLowerCase());
  if (kind === 'Secret') {
    obj.type = args.type ?? 'Opaque';
    if (pairs.length) obj.data = Object.fromEntries(pairs.map((p) => [p.key, Buffer.from(p.value, 'utf8').toString('base64')]));
  } else if (pairs.length) obj.data = Object.fromEntries(pairs.map((p) => [p.key, p.value]));
  if (opts.immutable) obj.immutable = true;
  const r = new Resource(obj, k.file);
  const behavior = args.behavior ?? 'create';
  if (behavior !== 'create' && behavior !== 'merge' && behavior !== 'replace') {
    throw new KustomizeError(`${k.file}: ${kind} ${args.name}: unknown behavior "${behavior}"`, k.file);
  }
  r.behavior = behavior as GeneratorBehavior;
  r.needsHash = !opts.disableNameSuffixHash;
  return r;
}

function stringMap(v: unknown): Record<string, string> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
}

/** Adds a generated object to the map: create appends; merge / replace combine with the existing one of that id. */
function absorb(rm: ResMap, r: Resource, file: string): void {
  const matches = rm.list.filter((x) => x.allIds.some((id) => sameId(id, r.id)));
  if (matches.length === 0) {
    if (r.behavior !== 'create') throw new KustomizeError(`${file}: id ${resIdString(r.id)} does not exist; cannot merge or replace`, file);
    rm.add(r, file);
    return;
  }
  if (matches.length > 1) throw new KustomizeError(`${file}: found multiple objects that could accept merge of ${resIdString(r.id)}`, file);
  const old = matches[0]!;
  if (r.behavior === 'create') throw new KustomizeError(`${file}: id ${resIdString(r.id)} exists; behavior must be merge or replace`, file);
  const labels = { ...old.labels(), ...r.labels() };
  const annotations = { ...old.annotations(), ...r.annotations() };
  if (Object.keys(labels).length) r.metadata.labels = labels;
  if (Object.keys(annotations).length) r.metadata.annotations = annotations;
  r.name = old.name;
  if (old.namespace) r.metadata.namespace = old.namespace;
  if (r.behavior === 'merge') {
    for (const field of ['data', 'binaryData']) {
      const m = { ...stringMap(old.obj[field]), ...stringMap(r.obj[field]) };
      if (Object.keys(m).length) r.obj[field] = m;
    }
  }
  // The old object's build state wins: merging into a plain ConfigMap adds no hash suffix.
  r.needsHash = old.needsHash;
  r.prevIds = old.prevIds.map((x) => ({ ...x }));
  r.prefixes = [...old.prefixes];
  r.suffixes = [...old.suffixes];
  rm.replace(old, r);
}

/** Runs a kustomization's configMapGenerator and secretGenerator entries into the map, in kustomize's order. */
export function runGenerators(rm: ResMap, k: Kustomization, dir: string, loader: Loader): void {
  for (const args of k.configMapGenerator) absorb(rm, generate('ConfigMap', args, k, dir, loader), k.file);
  for (const args of k.secretGenerator) absorb(rm, generate('Secret', args, k, dir, loader), k.file);
}
