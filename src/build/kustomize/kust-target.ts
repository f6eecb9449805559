import type { TransformerConfig } from './builtin-configs.js';
import { KustomizeError } from './kustomize-error.js';
import { parseKustomization, type Kustomization } from './kustomization.js';
import type { Loader } from './loader.js';
import { resourcesFromText } from './load-resources.js';
import { ResMap } from './res-map.js';
import { runGenerators } from './generators/configmap-secret.js';
import { applyAnnotations, applyLabels } from './transformers/labels.js';
import { applyImages } from './transformers/images.js';
import { applyNameAffix } from './transformers/prefix-suffix.js';
import { applyNamespace } from './transformers/namespace.js';
import { applyPatchEntry, smpEntryFromLegacy, type KustomizationPlace } from './transformers/patches.js';
import { applyReplacements, loadReplacements } from './transformers/replacements.js';
import { applyReplicas } from './transformers/replicas.js';
import { collectVars, type VarEntry } from './transformers/vars.js';
import { decodeYamlDocuments, resolveKustomizationScalar } from './yaml/decode-yaml.js';
import { mergeConfigurations } from './transformer-configurations.js';
import { runBuiltinTransformerConfigs } from './builtin-plugins.js';

/** State shared by every layer of one build. */
export interface BuildContext {
  loader: Loader;
  config: TransformerConfig;
  /** Directories being built, outermost first (a repeat is a cycle). */
  stack: string[];
  vars: VarEntry[];
  /** Supplies a kustomization for a directory without one (Flux's generated kustomization). */
  synthesize?: (dir: string) => Kustomization | undefined;
  /** Kustomizations to use instead of what is on disk (the top one after Flux's overlay). */
  overrides: Map<string, Kustomization>;
}

/** Reads and parses the kustomization of a directory (or asks `synthesize`), or throws naming the directory. */
export function loadKustomization(ctx: BuildContext, dir: string): Kustomization {
  const override = ctx.overrides.get(dir);
  if (override) return override;
  const file = ctx.loader.findKustomizationFile(dir);
  if (!file) {
    const made = ctx.synthesize?.(dir);
    if (made) return made;
    throw new KustomizeError(`unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${dir || '.'}'`, dir);
  }
  const docs = decodeYamlDocuments(ctx.loader.fs.readFile(file), file, resolveKustomizationScalar);
  return parseKustomization(docs[0]?.value ?? {}, file);
}

/** Builds a directory into a new map (a base) or, for a component, into the parent's map. */
export function accumulateDirectory(ctx: BuildContext, dir: string, isComponent: boolean, parent?: ResMap): ResMap {
  const at = ctx.stack.indexOf(dir);
  if (at >= 0) {
    const chain = [...ctx.stack.slice(at), dir].map((d) => d || '.').join(' -> ');
    throw new KustomizeError(`cycle detected: ${chain}`, dir);
  }
  const k = loadKustomization(ctx, dir);
  if (isComponent && k.kind !== 'Component') throw new KustomizeError(`${k.file}: expected kind 'Component' for a component, got '${k.kind}'`, k.file);
  if (!isComponent && k.kind === 'Component' && ctx.stack.length > 0) throw new KustomizeError(`${k.file}: a Component can only be listed under components`, k.file);
  ctx.stack.push(dir);
  try {
    return accumulateTarget(ctx, dir, k, parent ?? new ResMap());
  } finally {
    ctx.stack.pop();
  }
}

function accumulateResources(ctx: BuildContext, k: Kustomization, dir: string, ra: ResMap): void {
  for (const ref of k.resources) {
    const path = ctx.loader.resolve(dir, ref, k.file);
    const kind = ctx.loader.kind(path, k.file);
    if (kind === 'file') {
      const { text } = ctx.loader.readFile(dir, ref, k.file, 'resource');
      ra.addAll(resourcesFromText(text, path), `${k.file}: merging resources from '${ref}'`);
    } else if (kind === 'dir') {
      ra.addAll(accumulateDirectory(ctx, path, false).list, `${k.file}: merging resources from '${ref}'`);
    } else {
      throw new KustomizeError(`${k.file}: resource '${ref}' not found (no file or directory at ${path || '.'})`, k.file);
    }
  }
}

function refusePlugins(k: Kustomization): void {
  for (const field of ['generators', 'validators'] as const) {
    if (k[field].length > 0) {
      throw new KustomizeError(`${k.file}: field "${field}" is not supported: plugins (exec, container or Go) are disabled; use the built-in fields instead`, k.file);
    }
  }
}

/** One kustomization layer, in kustomize's order: resources, generators, components, then the builtin transformers. */
export function accumulateTarget(ctx: BuildContext, dir: string, k: Kustomization, ra: ResMap): ResMap {
  refusePlugins(k);
  const place: KustomizationPlace = { dir, file: k.file };
  accumulateResources(ctx, k, dir, ra);
  mergeConfigurations(ctx.config, k.configurations, dir, k.file, ctx.loader);
  for (const crd of k.crds) ctx.loader.readFile(dir, crd, k.file, 'crd');
  runGenerators(ra, k, dir, ctx.loader);
  for (const c of k.components) accumulateDirectory(ctx, ctx.loader.resolve(dir, c, k.file), true, ra);
  k.patchesStrategicMerge.forEach((item, i) => applyPatchEntry(ra, smpEntryFromLegacy(item), place, ctx.loader, `patchesStrategicMerge[${i}]`));
  k.patches.forEach((p, i) => applyPatchEntry(ra, p, place, ctx.loader, `patches[${i}]`));
  if (k.namespace) applyNamespace(ra, k.namespace, ctx.config.namespace, k.file);
  if (k.namePrefix) applyNameAffix(ra, k.namePrefix, 'prefix');
  if (k.nameSuffix) applyNameAffix(ra, k.nameSuffix, 'suffix');
  applyLabels(ra, k.labels, ctx.config);
  applyAnnotations(ra, k.commonAnnotations, ctx.config);
  k.patchesJson6902.forEach((p, i) => applyPatchEntry(ra, p, place, ctx.loader, `patchesJson6902[${i}]`));
  if (k.replicas.length) applyReplicas(ra, k.replicas, ctx.config.replicas, k.file);
  applyImages(ra, k.images, ctx.config.images);
  if (k.replacements.length) applyReplacements(ra, loadReplacements(k.replacements, dir, k.file, ctx.loader), k.file);
  runBuiltinTransformerConfigs(ra, k, dir, ctx.loader, ctx.config);
  collectVars(ctx.vars, k.vars, k.file);
  return ra;
}
