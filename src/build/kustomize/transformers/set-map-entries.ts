import { isJsonObject, type JsonObject } from '../../../lib/strategic-merge/index.js';
import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from '../field-spec.js';
import type { Resource } from '../resource.js';

/**
 * Sets `entries` in the map found at each applicable field spec of `r` (labels, selectors, annotations), creating the
 * map where the spec says `create`.
 */
export function setMapEntries(r: Resource, specs: readonly FieldSpec[], entries: Record<string, string>): void {
  const gvk = r.id;
  for (const fs of specs) {
    if (!fieldSpecApplies(fs, gvk)) continue;
    visitFieldPath(r.obj, splitFieldPath(fs.path), fs.create === true, (parent, key) => {
      let m = parent[key];
      if (m === undefined || m === null) {
        if (!fs.create) return;
        m = {};
        parent[key] = m;
      }
      if (!isJsonObject(m)) return;
      const target = m as JsonObject;
      for (const [k, v] of Object.entries(entries)) target[k] = v;
    });
  }
}
