import type { FileSystem } from '../fs/index.js';
import { isPathEscapeError, normalizeRelPath } from '../fs/index.js';
import type { JsonObject } from '../../lib/strategic-merge/index.js';
import { defaultTransformerConfig } from './builtin-configs.js';
import { accumulateDirectory, loadKustomization, type BuildContext } from './kust-target.js';
import { KustomizeError } from './kustomize-error.js';
import type { Kustomization } from './kustomization.js';
import { legacySort } from './legacy-order.js';
import { Loader } from './loader.js';
import type { ResMap } from './res-map.js';
import { applyHashSuffixes } from './transformers/hash-names.js';
import { fixNameReferences } from './transformers/name-reference.js';
import { resolveVars } from './transformers/vars.js';
import { encodeYamlDocument } from './yaml/encode-yaml.js';

/**
 * Output order: kustomize's legacy order; input (fifo) order; 'auto' = the top kustomization's sortOptions, legacy
 * when absent (`kustomize build`); 'flux' = its sortOptions, input order when absent (kustomize-controller).
 */
export type BuildOrder = 'legacy' | 'fifo' | 'auto' | 'flux';

/** Options of `kustomizeBuild`. */
export interface KustomizeBuildOptions {
  /** 'auto' (default) follows the top kustomization's `sortOptions` (legacy when absent), as `kustomize build`. */
  order?: BuildOrder;
  /** kustomize's default restricts files to each kustomization's directory; Flux's allows the whole FileSystem. */
  loadRestrictions?: 'rootOnly' | 'none';
  /** Changes the top kustomization before building (Flux's overlay). */
  adjustTop?: (k: Kustomization) => Kustomization;
  /** Supplies a kustomization for a directory without one. */
  synthesize?: BuildContext['synthesize'];
}

function finish(ra: ResMap, ctx: BuildContext, top: Kustomization, order: BuildOrder): JsonObject[] {
  applyHashSuffixes(ra);
  fixNameReferences(ra, ctx.config.nameReference);
  resolveVars(ra, ctx.vars, ctx.config.varReference);
  let list = ra.list.filter((r) => r.annotations()['config.kubernetes.io/local-config'] !== 'true');
  // kubectl's embedded kustomize reports its version as "(devel)".
  if (top.managedByLabel) for (const r of list) r.metadata.labels = { ...r.labels(), 'app.kubernetes.io/managed-by': 'kustomize-(devel)' };
  const sort = top.sortOptions;
  let effective: 'legacy' | 'fifo' = order === 'legacy' || order === 'fifo' ? order : 'legacy';
  if (order === 'auto') effective = sort?.order === 'fifo' ? 'fifo' : 'legacy';
  if (order === 'flux') effective = sort?.order === 'legacy' ? 'legacy' : 'fifo';
  if (effective === 'legacy') {
    const legacy = sort?.legacySortOptions;
    list = legacy?.orderFirst || legacy?.orderLast ? legacySort(list, legacy.orderFirst ?? [], legacy.orderLast ?? []) : legacySort(list);
  }
  return list.map((r) => r.obj);
}

/**
 * Builds the kustomization in `dir` (a path inside `fs`) like `kustomize build`: the objects, in output order. Pure:
 * reads only through `fs`, never the network or the environment. Throws KustomizeError (naming the file) on bad input.
 */
export function kustomizeBuild(fs: FileSystem, dir: string, options: KustomizeBuildOptions = {}): JsonObject[] {
  let root: string;
  try {
    root = normalizeRelPath(dir);
  } catch (err) {
    if (isPathEscapeError(err)) throw new KustomizeError(`path "${dir}" is outside the root`, dir);
    throw err;
  }
  const ctx: BuildContext = {
    loader: new Loader(fs, options.loadRestrictions !== 'none'),
    config: defaultTransformerConfig(),
    stack: [],
    vars: [],
    synthesize: options.synthesize,
    overrides: new Map(),
  };
  if (ctx.loader.kind(root, dir) !== 'dir') throw new KustomizeError(`must build at directory: '${dir}' is not a directory`, dir);
  let top = loadKustomization(ctx, root);
  if (options.adjustTop) {
    top = options.adjustTop(top);
    ctx.overrides.set(root, top);
  }
  const ra = accumulateDirectory(ctx, root, top.kind === 'Component');
  return finish(ra, ctx, top, options.order ?? 'auto');
}

/** Prints objects as `kustomize build` does: YAML documents separated by `---`. */
export function renderKustomizeYaml(objects: readonly JsonObject[]): string {
  return objects.map((o) => encodeYamlDocument(o)).join('---\n');
}
