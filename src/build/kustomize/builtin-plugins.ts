import { isJsonObject, type JsonObject } from '../../lib/strategic-merge/index.js';
import type { TransformerConfig } from './builtin-configs.js';
import type { FieldSpec } from './field-spec.js';
import { KustomizeError } from './kustomize-error.js';
import type { ImageEntry, Kustomization, PatchEntry } from './kustomization.js';
import type { Loader } from './loader.js';
import type { ResMap } from './res-map.js';
import { applyImages } from './transformers/images.js';
import { setMapEntries } from './transformers/set-map-entries.js';
import { applyNamespace, type SubjectMode } from './transformers/namespace.js';
import { applyNameAffix } from './transformers/prefix-suffix.js';
import { applyPatchEntry } from './transformers/patches.js';
import { applyReplicas } from './transformers/replicas.js';
import { decodeYamlDocuments } from './yaml/decode-yaml.js';

function pluginConfigs(k: Kustomization, dir: string, loader: Loader): Array<{ cfg: JsonObject; where: string }> {
  const out: Array<{ cfg: JsonObject; where: string }> = [];
  for (const entry of k.transformers) {
    const inline = entry.includes('\n');
    const { text, where } = inline ? { text: entry, where: `${k.file} (inline transformer)` }
      : (() => { const f = loader.readFile(dir, entry, k.file, 'transformer config'); return { text: f.text, where: f.path }; })();
    for (const { value } of decodeYamlDocuments(text, where)) {
      if (!isJsonObject(value)) throw new KustomizeError(`${where}: a transformer config must be a mapping`, where);
      out.push({ cfg: value, where });
    }
  }
  return out;
}

const specsOf = (cfg: JsonObject, fallback: readonly FieldSpec[]): FieldSpec[] =>
  Array.isArray(cfg.fieldSpecs) ? (cfg.fieldSpecs as unknown as FieldSpec[]) : [...fallback];

const strings = (v: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(isJsonObject(v) ? v : {}).map(([a, b]) => [a, String(b)]));

/**
 * Runs `transformers:` entries that configure kustomize's built-in transformers (`apiVersion: builtin`, e.g.
 * PatchTransformer, LabelTransformer); anything else is a plugin (exec, container, Go) and is refused.
 */
export function runBuiltinTransformerConfigs(rm: ResMap, k: Kustomization, dir: string, loader: Loader, config: TransformerConfig): void {
  for (const { cfg, where } of pluginConfigs(k, dir, loader)) {
    const kind = String(cfg.kind ?? '');
    if (cfg.apiVersion !== 'builtin') {
      throw new KustomizeError(`${where}: transformer ${kind || '(no kind)'} is a plugin (apiVersion ${String(cfg.apiVersion)}): plugins (exec, container or Go) are disabled; only apiVersion builtin configs are supported`, where);
    }
    const place = { dir, file: where };
    switch (kind) {
      case 'PatchTransformer':
      case 'PatchJson6902Transformer':
        applyPatchEntry(rm, cfg as unknown as PatchEntry, place, loader, kind);
        break;
      case 'PatchStrategicMergeTransformer':
        for (const p of Array.isArray(cfg.paths) ? cfg.paths : []) applyPatchEntry(rm, { path: String(p) }, place, loader, kind);
        if (typeof cfg.patches === 'string') applyPatchEntry(rm, { patch: cfg.patches }, place, loader, kind);
        break;
      case 'LabelTransformer':
        for (const r of rm.list) setMapEntries(r, specsOf(cfg, config.commonLabels), strings(cfg.labels));
        break;
      case 'AnnotationsTransformer':
        for (const r of rm.list) setMapEntries(r, specsOf(cfg, config.commonAnnotations), strings(cfg.annotations));
        break;
      case 'NamespaceTransformer': {
        const ns = isJsonObject(cfg.metadata) ? String(cfg.metadata.namespace ?? '') : '';
        if (ns) applyNamespace(rm, ns, specsOf(cfg, config.namespace), where, cfg.unsetOnly === true, (cfg.setRoleBindingSubjects as SubjectMode | undefined) ?? 'defaultOnly');
        break;
      }
      case 'PrefixSuffixTransformer':
      case 'PrefixTransformer':
      case 'SuffixTransformer':
        if (typeof cfg.prefix === 'string') applyNameAffix(rm, cfg.prefix, 'prefix');
        if (typeof cfg.suffix === 'string') applyNameAffix(rm, cfg.suffix, 'suffix');
        break;
      case 'ImageTagTransformer':
        applyImages(rm, [cfg.imageTag as unknown as ImageEntry], specsOf(cfg, config.images));
        break;
      case 'ReplicaCountTransformer':
        applyReplicas(rm, [cfg.replica as unknown as { name: string; count: number }], specsOf(cfg, config.replicas), where);
        break;
      default:
        throw new KustomizeError(`${where}: builtin transformer ${kind} is not supported`, where);
    }
  }
}
