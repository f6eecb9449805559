import type { TransformerConfig } from '../builtin-configs.js';
import type { FieldSpec } from '../field-spec.js';
import type { LabelEntry } from '../kustomization.js';
import type { ResMap } from '../res-map.js';
import { setMapEntries } from './set-map-entries.js';

/**
 * kustomize's LabelTransformer for each `labels` entry (and `commonLabels`, which include selectors): metadata
 * labels always; selectors and templates when asked.
 */
export function applyLabels(rm: ResMap, entries: readonly LabelEntry[], config: TransformerConfig): void {
  for (const entry of entries) {
    const pairs = entry.pairs ?? {};
    if (Object.keys(pairs).length === 0) continue;
    let specs: FieldSpec[];
    if (entry.includeSelectors) specs = config.commonLabels;
    else {
      specs = entry.includeTemplates ? [...config.templateLabels] : [];
      specs.push({ path: 'metadata/labels', create: true });
    }
    if (Array.isArray(entry.fields)) specs = [...specs, ...(entry.fields as FieldSpec[])];
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(pairs)) values[k] = v === null ? '' : String(v);
    for (const r of rm.list) setMapEntries(r, specs, values);
  }
}

/** kustomize's AnnotationsTransformer for `commonAnnotations`. */
export function applyAnnotations(rm: ResMap, annotations: Record<string, string> | undefined, config: TransformerConfig): void {
  if (!annotations || Object.keys(annotations).length === 0) return;
  for (const r of rm.list) setMapEntries(r, config.commonAnnotations, annotations);
}
