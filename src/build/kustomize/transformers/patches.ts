import { applyJsonPatch, isJsonPatchError, type JsonPatchOperation } from '../../../lib/json-patch.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../../lib/strategic-merge/index.js';
import { KustomizeError } from '../kustomize-error.js';
import type { PatchEntry } from '../kustomization.js';
import type { Loader } from '../loader.js';
import { resIdString, sameId, splitApiVersion, type ResId } from '../res-id.js';
import type { ResMap } from '../res-map.js';
import { selectResources } from '../select-resources.js';
import { decodeYamlDocuments } from '../yaml/decode-yaml.js';
import { applySmpToResource } from './apply-smp.js';

/** Where a kustomization lives: its directory and file (for paths and messages). */
export interface KustomizationPlace { dir: string; file: string }

function patchText(entry: PatchEntry, place: KustomizationPlace, loader: Loader, label: string): { text: string; where: string } {
  if (entry.path && entry.patch) throw new KustomizeError(`${place.file}: ${label}: patch and path can't be set at the same time`, place.file);
  if (entry.path) {
    const { path, text } = loader.readFile(place.dir, entry.path, place.file, 'patch');
    return { text, where: path };
  }
  if (typeof entry.patch === 'string') return { text: entry.patch, where: `${place.file} (${label})` };
  throw new KustomizeError(`${place.file}: ${label}: must specify one of patch and path`, place.file);
}

function patchId(doc: JsonObject): ResId {
  const meta = isJsonObject(doc.metadata) ? doc.metadata : {};
  const { group, version } = splitApiVersion(typeof doc.apiVersion === 'string' ? doc.apiVersion : '');
  return {
    group, version, kind: typeof doc.kind === 'string' ? doc.kind : '',
    name: typeof meta.name === 'string' ? meta.name : '', namespace: typeof meta.namespace === 'string' ? meta.namespace : '',
  };
}

function applyJson6902(rm: ResMap, ops: JsonValue[], entry: PatchEntry, where: string, file: string): void {
  if (!entry.target) throw new KustomizeError(`${file}: ${where}: must specify a target for JSON patch`, file);
  for (const r of selectResources(rm, entry.target, file)) {
    try {
      const out = applyJsonPatch(r.obj, ops as unknown as JsonPatchOperation[], { ensurePathExistsOnAdd: true });
      if (!isJsonObject(out)) throw new KustomizeError(`${file}: ${where}: JSON patch must leave an object`, file);
      r.obj = out;
    } catch (err) {
      if (isJsonPatchError(err)) throw new KustomizeError(`${file}: ${where}: unable to apply JSON patch to ${resIdString(r.id)}: ${err.message}`, file);
      throw err;
    }
  }
}

function applySmpDocs(rm: ResMap, docs: JsonObject[], entry: PatchEntry, where: string, file: string): void {
  const options = entry.options ?? {};
  if (entry.target) {
    for (const r of selectResources(rm, entry.target, file)) for (const d of docs) applySmpToResource(rm, r, d, options, where);
    return;
  }
  for (const d of docs) {
    const id = patchId(d);
    const matches = rm.list.filter((r) => r.allIds.some((x) => sameId(x, id)));
    if (matches.length !== 1) {
      const s = resIdString(id);
      const why = matches.length === 0 ? `no matches for Id ${s}` : `multiple matches for Id ${s}`;
      throw new KustomizeError(`${file}: no resource matches strategic merge patch "${s}" (${where}): ${why}; failed to find unique target for patch ${s}`, file);
    }
    applySmpToResource(rm, matches[0]!, d, options, where);
  }
}

/**
 * Applies one `patches` entry: a JSON 6902 patch (a list of operations) to every resource its target selects, or
 * strategic merge patch documents to the selected resources or, without a target, to the resource each names.
 */
export function applyPatchEntry(rm: ResMap, entry: PatchEntry, place: KustomizationPlace, loader: Loader, label: string): void {
  const { text, where } = patchText(entry, place, loader, label);
  const docs = decodeYamlDocuments(text, where).map((d) => d.value);
  if (docs.length === 0) return;
  if (Array.isArray(docs[0])) {
    applyJson6902(rm, docs[0], entry, where, place.file);
    return;
  }
  const objs = docs.filter(isJsonObject);
  applySmpDocs(rm, objs, entry, where, place.file);
}

/** A `patchesStrategicMerge` item is a file path unless it is inline YAML. */
export function smpEntryFromLegacy(item: string): PatchEntry {
  return !item.includes('\n') && !/^\s*[{[]/.test(item) && !/:\s/.test(item) ? { path: item.trim() } : { patch: item };
}
