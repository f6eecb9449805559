import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from '../../../lib/strategic-merge/index.js';
import { findSpots, setSpot, spotValue, splitDottedPath } from '../dotted-path.js';
import { KustomizeError } from '../kustomize-error.js';
import type { Selector } from '../kustomization.js';
import type { Loader } from '../loader.js';
import type { ResMap } from '../res-map.js';
import { selectResources } from '../select-resources.js';
import { decodeYamlDocuments } from '../yaml/decode-yaml.js';

interface Options { delimiter?: string; index?: number; create?: boolean }
interface Target { select?: Selector; reject?: Selector[]; fieldPaths?: string[]; options?: Options }
interface Replacement { source?: Selector & { fieldPath?: string; options?: Options }; targets?: Target[] }

function selectorOf(raw: JsonObject | undefined): Selector {
  if (!raw) return {};
  const s = raw as unknown as Selector & { apiVersion?: string };
  const out: Selector = { ...s };
  if (s.apiVersion) {
    const i = s.apiVersion.lastIndexOf('/');
    out.group = i < 0 ? '' : s.apiVersion.slice(0, i);
    out.version = i < 0 ? s.apiVersion : s.apiVersion.slice(i + 1);
  }
  return out;
}

function sourceValue(rm: ResMap, rep: Replacement, file: string): JsonValue {
  const src = rep.source;
  if (!src) throw new KustomizeError(`${file}: replacements: a replacement needs a source`, file);
  const matches = selectResources(rm, selectorOf(src as unknown as JsonObject), file);
  if (matches.length !== 1) {
    throw new KustomizeError(`${file}: replacements: ${matches.length === 0 ? 'nothing selected by' : 'multiple matches for'} source ${JSON.stringify(src)}`, file);
  }
  const spots = findSpots(matches[0]!.obj, splitDottedPath(src.fieldPath ?? 'metadata.name'), false);
  if (spots.length === 0) throw new KustomizeError(`${file}: replacements: fieldPath "${src.fieldPath ?? 'metadata.name'}" is missing from the source`, file);
  let v = cloneJson(spotValue(spots[0]!) ?? null);
  const o = src.options;
  if (o?.delimiter !== undefined && typeof v === 'string') {
    const parts = v.split(o.delimiter);
    const i = o.index ?? 0;
    if (i < 0 || i >= parts.length) throw new KustomizeError(`${file}: replacements: options.index ${i} is out of bounds for value ${v}`, file);
    v = parts[i]!;
  }
  return v;
}

/** kustomize copies a scalar's text into the target node, which keeps its own type (a created node is a string). */
function asTargetType(old: JsonValue | undefined, v: JsonValue): JsonValue {
  if (v === null || typeof v === 'object') return cloneJson(v);
  const text = String(v);
  if (typeof old === 'number' && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (typeof old === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return old === undefined || typeof old === 'string' ? text : v;
}

function write(old: JsonValue | undefined, v: JsonValue, o: Options | undefined): JsonValue {
  if (o?.delimiter === undefined || typeof old !== 'string') return asTargetType(old, v);
  const parts = old.split(o.delimiter);
  const i = o.index ?? 0;
  if (i >= parts.length) parts.push(String(v));
  else if (i < 0) parts.unshift(String(v));
  else parts[i] = String(v);
  return parts.join(o.delimiter);
}

/** Loads `replacements` entries (inline, or `path:` files holding one or more). */
export function loadReplacements(entries: readonly JsonValue[], dir: string, file: string, loader: Loader): Replacement[] {
  const out: Replacement[] = [];
  for (const e of entries) {
    if (isJsonObject(e) && typeof e.path === 'string') {
      const { path, text } = loader.readFile(dir, e.path, file, 'replacement file');
      for (const d of decodeYamlDocuments(text, path)) {
        for (const x of Array.isArray(d.value) ? d.value : [d.value]) out.push(x as unknown as Replacement);
      }
    } else out.push(e as unknown as Replacement);
  }
  return out;
}

/** kustomize's ReplacementTransformer: copies a field of one object into fields of the selected targets. */
export function applyReplacements(rm: ResMap, reps: readonly Replacement[], file: string): void {
  for (const rep of reps) {
    const value = sourceValue(rm, rep, file);
    for (const t of rep.targets ?? []) {
      let targets = selectResources(rm, selectorOf(t.select as unknown as JsonObject), file);
      for (const rej of t.reject ?? []) {
        const out = new Set(selectResources(rm, selectorOf(rej as unknown as JsonObject), file));
        targets = targets.filter((r) => !out.has(r));
      }
      for (const r of targets) {
        for (const fp of t.fieldPaths ?? ['metadata.name']) {
          const spots = findSpots(r.obj, splitDottedPath(fp), t.options?.create === true);
          if (spots.length === 0 && !fp.includes('*')) {
            throw new KustomizeError(`${file}: replacements: unable to find field "${fp}" in replacement target ${r.kind}/${r.name}`, file);
          }
          for (const s of spots) setSpot(s, write(spotValue(s), value, t.options));
        }
      }
    }
  }
}
