import type { FieldSet } from './field-set.js';
import { goJson } from './go-json.js';
import { isObject } from './json-order.js';
import type { KubeObject } from './patch-request.js';
import { toFieldSet } from './to-field-set.js';
import { compareTyped } from './typed-ops.js';
import type { TypeNode } from './type-node.js';

/** The annotation client-side `kubectl apply` keeps its last applied configuration in. */
export const lastAppliedAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';

const maxAnnotationsBytes = 256 * 1024;

function annotationsOf(obj: KubeObject): Record<string, unknown> | undefined {
  return isObject(obj.metadata) && isObject(obj.metadata.annotations) ? obj.metadata.annotations : undefined;
}

/**
 * The fields `kubectl` may take over without conflict when moving from client-side to server-side apply: those in
 * the live object's last-applied annotation whose live value still matches it. Undefined when there is no usable
 * annotation (Kubernetes' lastAppliedManager).
 */
export function allowedConflictsFromLastApplied(live: KubeObject, type: TypeNode, apiVersion: string): FieldSet | undefined {
  const text = annotationsOf(live)?.[lastAppliedAnnotation];
  if (typeof text !== 'string' || text === '') return undefined;
  let last: unknown;
  try {
    last = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(last) || last.apiVersion !== apiVersion) return undefined;
  try {
    const set = toFieldSet(last, type, true);
    const c = compareTyped(last, live, type);
    return set.difference(c.modified).difference(c.added).difference(c.removed);
  } catch {
    return undefined;
  }
}

/**
 * After a successful `kubectl` server-side apply, keeps an existing last-applied annotation in step with the config
 * (so a later client-side apply still works), as Kubernetes' lastAppliedUpdater does; objects without one are
 * returned unchanged.
 */
export function withLastApplied(result: KubeObject, config: KubeObject): KubeObject {
  const annotations = annotationsOf(result);
  if (!annotations || !(lastAppliedAnnotation in annotations)) return result;
  // Kubernetes encodes it with a json.Encoder, which ends the text with a newline.
  const value = `${goJson(withoutAnnotation(config), true)}\n`;
  const next: Record<string, unknown> = { ...annotations, [lastAppliedAnnotation]: value };
  let size = 0;
  for (const [k, v] of Object.entries(next)) size += k.length + (typeof v === 'string' ? Buffer.byteLength(v) : 0);
  if (size > maxAnnotationsBytes) delete next[lastAppliedAnnotation];
  return { ...result, metadata: { ...(result.metadata as Record<string, unknown>), annotations: next } };
}

function withoutAnnotation(config: KubeObject): KubeObject {
  const annotations = annotationsOf(config);
  if (!annotations || !(lastAppliedAnnotation in annotations)) return config;
  const { [lastAppliedAnnotation]: _drop, ...rest } = annotations;
  return { ...config, metadata: { ...(config.metadata as Record<string, unknown>), annotations: rest } };
}
