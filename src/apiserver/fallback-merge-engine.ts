import { parse as parseYaml } from 'yaml';
import { ApiError } from './api-error.js';
import { cloneJson, isPlainObject, type KubeObject } from './kube-object.js';
import type { MergeEngine, MergeRequest } from './merge-engine.js';

/**
 * A stand-in used only when the real merge machinery (`merge/index.ts`) cannot be loaded: RFC 7386 merge patch for
 * merge, strategic and apply bodies (no managedFields, no conflicts) and RFC 6902 JSON patch without `test`.
 */
export function fallbackMergeEngine(): MergeEngine {
  return {
    applyPatch: (req) => applyFallback(req),
    recordUpdate: (_old, next) => next,
    defaultFieldManager: (ua) => (ua ?? '').split('/')[0] ?? '',
  };
}

function applyFallback(req: MergeRequest): KubeObject {
  const text = req.body;
  if (req.contentType === 'application/json-patch+json') {
    if (!req.current) throw new ApiError(404, 'NotFound', 'object not found');
    return jsonPatch(cloneJson(req.current), JSON.parse(text) as Array<{ op: string; path: string; value?: unknown }>);
  }
  const patch = (req.contentType.includes('yaml') ? parseYaml(text) : JSON.parse(text)) as unknown;
  return mergePatch(req.current ? cloneJson(req.current) : {}, patch) as KubeObject;
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = isPlainObject(target) ? target : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function jsonPatch(doc: KubeObject, ops: Array<{ op: string; path: string; value?: unknown }>): KubeObject {
  for (const op of ops) {
    const segs = op.path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = segs.pop() ?? '';
    let parent: unknown = doc;
    for (const s of segs) parent = (parent as Record<string, unknown>)[s];
    if (typeof parent !== 'object' || parent === null) throw new ApiError(422, 'Invalid', `path ${op.path} not found`);
    const p = parent as Record<string, unknown> & unknown[];
    if (op.op === 'remove') {
      if (Array.isArray(p)) p.splice(Number(last), 1);
      else delete p[last];
    } else if (op.op === 'add' && Array.isArray(p)) {
      p.splice(last === '-' ? p.length : Number(last), 0, op.value);
    } else p[last] = op.value;
  }
  return doc;
}
