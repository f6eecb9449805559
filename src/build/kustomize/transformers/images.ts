import { isJsonObject, type JsonValue } from '../../../lib/strategic-merge/index.js';
import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from '../field-spec.js';
import type { ImageEntry } from '../kustomization.js';
import type { ResMap } from '../res-map.js';

/** Splits an image reference into name, tag and digest as kustomize's image.Split does (a registry port is not a tag). */
export function splitImage(image: string): { name: string; tag: string; digest: string } {
  const slash = image.indexOf('/');
  const offset = slash > 0 ? slash : 0;
  const search = image.slice(offset);
  let at = search.indexOf('@');
  let colon = search.indexOf(':');
  if (colon < 0 && at < 0) return { name: image, tag: '', digest: '' };
  if (at >= 0 && (at < colon || colon < 0)) {
    at += offset;
    return { name: image.slice(0, at), tag: '', digest: image.slice(at + 1) };
  }
  colon += offset;
  if (at >= 0) {
    at += offset;
    return { name: image.slice(0, colon), tag: image.slice(colon + 1, at), digest: image.slice(at + 1) };
  }
  return { name: image.slice(0, colon), tag: image.slice(colon + 1), digest: '' };
}

function updatedImage(value: string, entry: ImageEntry, matcher: RegExp): string | undefined {
  if (!matcher.test(value)) return undefined;
  let { name, tag, digest } = splitImage(value);
  if (entry.newName) name = entry.newName;
  if (entry.newTag && entry.digest) { tag = entry.newTag; digest = entry.digest; }
  else if (entry.newTag) { tag = entry.newTag; digest = ''; }
  else if (entry.digest) { tag = ''; digest = entry.digest; }
  if (entry.tagSuffix) tag = `${tag}${entry.tagSuffix}`;
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

function walk(node: JsonValue, entry: ImageEntry, matcher: RegExp): void {
  if (Array.isArray(node)) { for (const x of node) walk(x, entry, matcher); return; }
  if (!isJsonObject(node)) return;
  for (const [k, v] of Object.entries(node)) {
    if ((k === 'containers' || k === 'initContainers') && Array.isArray(v)) {
      for (const c of v) {
        if (isJsonObject(c) && typeof c.image === 'string') {
          const next = updatedImage(c.image, entry, matcher);
          if (next !== undefined) c.image = next;
        }
      }
    }
    walk(v, entry, matcher);
  }
}

/**
 * kustomize's ImageTagTransformer: every `image` of `containers` / `initContainers` lists anywhere in an object
 * (CRDs excepted) whose name matches gets the new name, tag and/or digest.
 */
export function applyImages(rm: ResMap, images: readonly ImageEntry[], specs: readonly FieldSpec[] = []): void {
  // The default specs all point into containers lists, which the walk covers; custom ones (configurations) may not.
  const custom = specs.filter((fs) => !/(^|\/)(containers|initContainers)(\[\])?\/image$/.test(fs.path));
  for (const entry of images) {
    if (!entry.name) continue;
    const matcher = new RegExp(`^${entry.name}(@sha256)?(:[a-zA-Z0-9_.{}-]*)?$`);
    for (const r of rm.list) {
      if (r.kind === 'CustomResourceDefinition') continue;
      walk(r.obj, entry, matcher);
      for (const fs of custom) {
        if (!fieldSpecApplies(fs, r.id)) continue;
        visitFieldPath(r.obj, splitFieldPath(fs.path), false, (parent, key) => {
          const v = parent[key];
          if (typeof v !== 'string') return;
          const next = updatedImage(v, entry, matcher);
          if (next !== undefined) parent[key] = next;
        });
      }
    }
  }
}
