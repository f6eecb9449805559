import { isJsonObject, type JsonValue } from '../../../lib/strategic-merge/index.js';
import { findSpots, spotValue, splitDottedPath } from '../dotted-path.js';
import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from '../field-spec.js';
import { KustomizeError } from '../kustomize-error.js';
import { gvkSelected, splitApiVersion } from '../res-id.js';
import type { ResMap } from '../res-map.js';

/** A legacy `vars` entry. */
export interface VarEntry {
  name: string;
  objref: { apiVersion?: string; group?: string; version?: string; kind?: string; name?: string; namespace?: string };
  fieldref?: { fieldpath?: string };
  file: string;
}

/** Checks and collects `vars` of one kustomization into the build's list; a repeated name is an error. */
export function collectVars(into: VarEntry[], raw: readonly JsonValue[], file: string): void {
  for (const v of raw) {
    if (!isJsonObject(v) || typeof v.name !== 'string' || !isJsonObject(v.objref)) throw new KustomizeError(`${file}: vars: each var needs a name and an objref`, file);
    if (into.some((x) => x.name === v.name)) throw new KustomizeError(`${file}: var '${v.name}' already encountered`, file);
    into.push({ ...(v as unknown as VarEntry), file });
  }
}

function varValue(rm: ResMap, v: VarEntry): JsonValue {
  const ref = v.objref;
  const av = ref.apiVersion ? splitApiVersion(ref.apiVersion) : { group: ref.group ?? '', version: ref.version ?? '' };
  const matches = rm.list.filter((r) => r.allIds.some((id) => id.name === ref.name && gvkSelected(id, { ...av, kind: ref.kind })
    && (!ref.namespace || id.namespace === ref.namespace)));
  if (matches.length !== 1) {
    throw new KustomizeError(`${v.file}: var '${v.name}' cannot be mapped to a field in the set of known resources (${matches.length} matches)`, v.file);
  }
  const path = v.fieldref?.fieldpath ?? 'metadata.name';
  const spots = findSpots(matches[0]!.obj, splitDottedPath(path.replace(/\[(\d+)\]/g, '.$1')), false);
  if (spots.length === 0) throw new KustomizeError(`${v.file}: var '${v.name}': field ${path} not found`, v.file);
  return spotValue(spots[0]!) ?? null;
}

function expand(s: string, values: Map<string, JsonValue>, used: Set<string>): JsonValue {
  const whole = /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(s);
  if (whole && values.has(whole[1]!)) { used.add(whole[1]!); return values.get(whole[1]!)!; }
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    if (name && values.has(name)) { used.add(name); const v = values.get(name)!; return typeof v === 'string' ? v : JSON.stringify(v); }
    return m;
  });
}

/** Resolves legacy vars: replaces `$(NAME)` in the fields of the varReference config with each var's value. */
export function resolveVars(rm: ResMap, vars: readonly VarEntry[], specs: readonly FieldSpec[]): void {
  if (vars.length === 0) return;
  const values = new Map<string, JsonValue>();
  for (const v of vars) values.set(v.name, varValue(rm, v));
  const used = new Set<string>();
  for (const r of rm.list) {
    for (const fs of specs) {
      if (!fieldSpecApplies(fs, r.id)) continue;
      visitFieldPath(r.obj, splitFieldPath(fs.path), false, (parent, key) => {
        const cur = parent[key];
        if (typeof cur === 'string') parent[key] = expand(cur, values, used);
        else if (Array.isArray(cur)) cur.forEach((x, i) => { if (typeof x === 'string') cur[i] = expand(x, values, used); });
        else if (isJsonObject(cur)) for (const [k, x] of Object.entries(cur)) if (typeof x === 'string') cur[k] = expand(x, values, used);
      });
    }
  }
}
