import { isJsonObject, type JsonValue } from '../../lib/strategic-merge/index.js';
import type { NameReference, TransformerConfig } from './builtin-configs.js';
import type { FieldSpec } from './field-spec.js';
import { KustomizeError } from './kustomize-error.js';
import type { Loader } from './loader.js';
import { decodeYamlDocuments } from './yaml/decode-yaml.js';

type SpecListKey = 'commonLabels' | 'templateLabels' | 'commonAnnotations' | 'namespace' | 'varReference' | 'replicas' | 'images';
const SPEC_LISTS: SpecListKey[] = ['commonLabels', 'templateLabels', 'commonAnnotations', 'namespace', 'varReference', 'replicas', 'images'];
const IGNORED = new Set(['namePrefix', 'nameSuffix']);

function specs(v: JsonValue | undefined, where: string): FieldSpec[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => !isJsonObject(x) || typeof x.path !== 'string')) {
    throw new KustomizeError(`${where}: field specs must be a list of objects with a path`, where);
  }
  return v as unknown as FieldSpec[];
}

const sameSpec = (a: FieldSpec, b: FieldSpec): boolean =>
  a.path === b.path && (a.kind ?? '') === (b.kind ?? '') && (a.group ?? '') === (b.group ?? '') && (a.version ?? '') === (b.version ?? '');

function addSpecs(into: FieldSpec[], more: FieldSpec[]): void {
  for (const s of more) if (!into.some((x) => sameSpec(x, s))) into.push(s);
}

/**
 * Reads `configurations:` files (kustomize's transformer configs) into the build's config: extra field specs for
 * labels, annotations, namespace, vars, replicas and images, and extra name references.
 */
export function mergeConfigurations(config: TransformerConfig, files: readonly string[], dir: string, kfile: string, loader: Loader): void {
  for (const ref of files) {
    const { path, text } = loader.readFile(dir, ref, kfile, 'configuration');
    for (const { value } of decodeYamlDocuments(text, path)) {
      if (!isJsonObject(value)) throw new KustomizeError(`${path}: a transformer configuration must be a mapping`, path);
      for (const [key, v] of Object.entries(value)) {
        if (key === 'nameReference') {
          for (const ref2 of Array.isArray(v) ? v : []) {
            if (!isJsonObject(ref2) || typeof ref2.kind !== 'string') throw new KustomizeError(`${path}: nameReference entries need a kind`, path);
            const nr = ref2 as unknown as NameReference;
            const existing = config.nameReference.find((x) => x.kind === nr.kind && (x.group ?? '') === (nr.group ?? '') && (x.version ?? '') === (nr.version ?? ''));
            if (existing) addSpecs(existing.fieldSpecs, specs(ref2.fieldSpecs, path));
            else config.nameReference.push({ ...nr, fieldSpecs: specs(ref2.fieldSpecs, path) });
          }
        } else if ((SPEC_LISTS as string[]).includes(key)) addSpecs(config[key as SpecListKey], specs(v, path));
        else if (!IGNORED.has(key)) throw new KustomizeError(`${path}: unknown transformer configuration field "${key}"`, path);
      }
    }
  }
}
