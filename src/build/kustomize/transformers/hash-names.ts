import { createHash } from 'node:crypto';
import { isJsonObject, type JsonObject, type JsonValue } from '../../../lib/strategic-merge/index.js';
import { goJson } from '../go-json.js';
import type { ResMap } from '../res-map.js';
import type { Resource } from '../resource.js';

function field(obj: JsonObject, name: string): JsonValue {
  const v = obj[name];
  return v === undefined ? '' : v;
}

/** kustomize's content hash of a ConfigMap or Secret (api/hasher): 10 hex digits with look-alike letters swapped. */
export function contentHash(r: Resource): string {
  let m: JsonObject;
  // kustomize looks the name up as a single field literally called "metadata/name", so it always hashes "".
  if (r.kind === 'ConfigMap') {
    m = { kind: 'ConfigMap', name: '', data: field(r.obj, 'data') };
    if (isJsonObject(r.obj.binaryData)) m.binaryData = r.obj.binaryData;
  } else if (r.kind === 'Secret') {
    m = { kind: 'Secret', type: field(r.obj, 'type'), name: '', data: field(r.obj, 'data') };
    if (isJsonObject(r.obj.stringData)) m.stringData = r.obj.stringData;
  } else m = r.obj;
  const hex = createHash('sha256').update(goJson(m)).digest('hex').slice(0, 10);
  return hex.replace(/[013ae]/g, (c) => ({ 0: 'g', 1: 'h', 3: 'k', a: 'm', e: 't' } as Record<string, string>)[c]!);
}

/** Appends `-<hash>` to the names of generated objects that want it (done once, after all layers). */
export function applyHashSuffixes(rm: ResMap): void {
  for (const r of rm.list) {
    if (!r.needsHash) continue;
    const h = contentHash(r);
    r.storePreviousId();
    r.name = `${r.name}-${h}`;
  }
}
