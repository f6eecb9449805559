import { normalizeRelPath, type FileSystem } from '../fs/index.js';
import { isJsonObject, type JsonObject } from '../../lib/strategic-merge/index.js';
import { kustomizeBuild } from './build.js';
import { generateKustomization } from './flux-generate.js';
import type { ImageEntry, Kustomization, Selector } from './kustomization.js';
import { Loader } from './loader.js';

/** What a Flux Kustomization adds on top of the kustomization in its path (its spec fields). */
export interface FluxOverlay {
  targetNamespace?: string;
  namePrefix?: string;
  nameSuffix?: string;
  commonMetadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  patches?: Array<{ patch: string; target?: Selector }>;
  images?: ImageEntry[];
  components?: string[];
}

/** Options of `buildKustomization`. */
export interface FluxBuildOptions {
  /** 'flux' (default): input order unless the kustomization's sortOptions ask for legacy; 'legacy': always sorted. */
  order?: 'flux' | 'legacy';
  overlay?: FluxOverlay;
}

function applyOverlay(k: Kustomization, o: FluxOverlay): Kustomization {
  const out: Kustomization = { ...k, patches: [...k.patches], images: [...k.images], components: [...k.components] };
  if (o.targetNamespace) out.namespace = o.targetNamespace;
  if (o.namePrefix) out.namePrefix = o.namePrefix;
  if (o.nameSuffix) out.nameSuffix = o.nameSuffix;
  for (const p of o.patches ?? []) out.patches.push({ patch: p.patch, target: p.target });
  for (const img of o.images ?? []) {
    const at = out.images.findIndex((x) => x.name === img.name);
    if (at >= 0) out.images[at] = img;
    else out.images.push(img);
  }
  out.components.push(...(o.components ?? []));
  return out;
}

function setMetadata(obj: JsonObject, field: 'labels' | 'annotations', values: Record<string, string> | undefined): void {
  if (!values || Object.keys(values).length === 0) return;
  if (!isJsonObject(obj.metadata)) obj.metadata = {};
  const meta = obj.metadata as JsonObject;
  const cur = isJsonObject(meta[field]) ? (meta[field] as JsonObject) : {};
  meta[field] = { ...cur, ...values };
}

/**
 * The build the Kustomization controller runs (kustomize-controller's): `fs` is the source's root and confines every
 * read; files may be loaded from anywhere under it; `path` without a kustomization file gets a generated one; the
 * Flux overlay (targetNamespace, namePrefix/Suffix, patches, images, components) is applied to the top kustomization
 * and commonMetadata to every object. Objects come out in input order unless `order: 'legacy'`.
 */
export function buildKustomization(fs: FileSystem, path: string, options: FluxBuildOptions = {}): JsonObject[] {
  const loader = new Loader(fs, false);
  const top = normalizeRelPath(path);
  const objects = kustomizeBuild(fs, path, {
    order: options.order === 'legacy' ? 'legacy' : 'flux',
    loadRestrictions: 'none',
    synthesize: (dir) => (dir === top ? generateKustomization(loader, dir) : undefined),
    adjustTop: options.overlay ? (k) => applyOverlay(k, options.overlay!) : undefined,
  });
  for (const o of objects) {
    setMetadata(o, 'labels', options.overlay?.commonMetadata?.labels);
    setMetadata(o, 'annotations', options.overlay?.commonMetadata?.annotations);
  }
  return objects;
}
