import { isJsonObject, type JsonObject, type JsonValue } from '../../lib/strategic-merge/index.js';
import { KustomizeError } from './kustomize-error.js';

/** A `target` selecting resources for a patch or replacement (kustomize's Selector). */
export interface Selector {
  group?: string; version?: string; kind?: string; name?: string; namespace?: string;
  labelSelector?: string; annotationSelector?: string;
}

/** One entry of `patches` (or a converted `patchesJson6902` / `patchesStrategicMerge` entry). */
export interface PatchEntry {
  path?: string;
  patch?: string;
  target?: Selector;
  options?: { allowNameChange?: boolean; allowKindChange?: boolean };
}

/** `configMapGenerator` / `secretGenerator` entry. */
export interface GeneratorArgs {
  name?: string; namespace?: string; behavior?: string; type?: string;
  literals?: string[]; files?: string[]; envs?: string[]; env?: string;
  options?: GeneratorOptions;
}

/** `generatorOptions`, or per-generator `options`. */
export interface GeneratorOptions {
  labels?: Record<string, string>; annotations?: Record<string, string>;
  disableNameSuffixHash?: boolean; immutable?: boolean;
}

/** An `images` entry. */
export interface ImageEntry { name?: string; newName?: string; newTag?: string; digest?: string; tagSuffix?: string }

/** A `labels` entry. */
export interface LabelEntry { pairs?: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean; fields?: unknown[] }

/** A parsed kustomization (or component) file, after kustomize's legacy-field fixes. */
export interface Kustomization {
  kind: 'Kustomization' | 'Component';
  file: string;
  raw: JsonObject;
  resources: string[];
  components: string[];
  crds: string[];
  namespace?: string;
  namePrefix?: string;
  nameSuffix?: string;
  labels: LabelEntry[];
  commonAnnotations?: Record<string, string>;
  patches: PatchEntry[];
  patchesStrategicMerge: string[];
  patchesJson6902: PatchEntry[];
  images: ImageEntry[];
  replicas: Array<{ name?: string; count?: number }>;
  configMapGenerator: GeneratorArgs[];
  secretGenerator: GeneratorArgs[];
  generatorOptions?: GeneratorOptions;
  replacements: JsonValue[];
  vars: JsonValue[];
  sortOptions?: { order?: string; legacySortOptions?: { orderFirst?: string[]; orderLast?: string[] } };
  transformers: string[];
  generators: string[];
  validators: string[];
  configurations: string[];
  openapi?: JsonObject;
  managedByLabel: boolean;
}

const KNOWN_FIELDS = new Set([
  'apiVersion', 'kind', 'metadata', 'openapi', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels', 'labels',
  'commonAnnotations', 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'images', 'imageTags', 'replacements',
  'replicas', 'vars', 'sortOptions', 'resources', 'components', 'crds', 'bases', 'configMapGenerator',
  'secretGenerator', 'helmGlobals', 'helmCharts', 'helmChartInflationGenerator', 'generatorOptions', 'configurations',
  'generators', 'transformers', 'validators', 'buildMetadata',
]);

function strings(raw: JsonObject, field: string, file: string): string[] {
  const v = raw[field];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new KustomizeError(`${file}: field "${field}" must be a list of strings`, file);
  }
  return v as string[];
}

function objects<T>(raw: JsonObject, field: string, file: string): T[] {
  const v = raw[field];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => !isJsonObject(x))) throw new KustomizeError(`${file}: field "${field}" must be a list of objects`, file);
  return v as unknown as T[];
}

function stringMap(raw: JsonObject, field: string, file: string): Record<string, string> | undefined {
  const v = raw[field];
  if (v === undefined || v === null) return undefined;
  if (!isJsonObject(v)) throw new KustomizeError(`${file}: field "${field}" must be a map of strings`, file);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string') throw new KustomizeError(`${file}: ${field}.${k}: value must be a string (quote it: YAML reads ${JSON.stringify(x)} as ${x === null ? 'null' : typeof x})`, file);
    out[k] = x;
  }
  return out;
}

function optString(raw: JsonObject, field: string, file: string): string | undefined {
  const v = raw[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new KustomizeError(`${file}: field "${field}" must be a string`, file);
  return v;
}

function checkOptions(opts: JsonValue | undefined, where: string): void {
  if (!isJsonObject(opts)) return;
  stringMap(opts, 'labels', where);
  stringMap(opts, 'annotations', where);
}

/**
 * Validates a decoded kustomization file and applies kustomize's fixes for legacy fields (`bases` join `resources`,
 * `commonLabels` become a label entry that includes selectors, `imageTags` join `images`). Unknown fields are errors.
 */
export function parseKustomization(raw: JsonValue, file: string): Kustomization {
  if (!isJsonObject(raw)) throw new KustomizeError(`${file}: a kustomization must be a YAML mapping`, file);
  for (const key of Object.keys(raw)) {
    if (!KNOWN_FIELDS.has(key)) throw new KustomizeError(`${file}: invalid Kustomization: json: unknown field "${key}"`, file);
  }
  const kind = raw.kind ?? 'Kustomization';
  if (kind !== 'Kustomization' && kind !== 'Component') throw new KustomizeError(`${file}: kind "${String(kind)}" is not Kustomization or Component`, file);
  for (const opt of Array.isArray(raw.buildMetadata) ? raw.buildMetadata : []) {
    if (opt !== 'managedByLabel') throw new KustomizeError(`${file}: buildMetadata "${String(opt)}" is not supported (only managedByLabel)`, file);
  }
  for (const f of ['helmCharts', 'helmChartInflationGenerator', 'helmGlobals']) {
    if (raw[f] !== undefined) throw new KustomizeError(`${file}: field "${f}" is not supported (Helm charts are rendered by HelmRelease)`, file);
  }
  const labels = objects<LabelEntry>(raw, 'labels', file).map((l, i) => ({ ...l, pairs: stringMap(l as unknown as JsonObject, 'pairs', `${file}: labels[${i}]`) }));
  const common = stringMap(raw, 'commonLabels', file);
  if (common) labels.push({ pairs: common, includeSelectors: true });
  const sortOptions = raw.sortOptions;
  checkOptions(raw.generatorOptions, `${file}: generatorOptions`);
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    objects<JsonObject>(raw, field, file).forEach((g, i) => checkOptions(g.options, `${file}: ${field}[${i}].options`));
  }
  return {
    kind, file, raw,
    resources: [...strings(raw, 'resources', file), ...strings(raw, 'bases', file)],
    components: strings(raw, 'components', file),
    crds: strings(raw, 'crds', file),
    namespace: optString(raw, 'namespace', file),
    namePrefix: optString(raw, 'namePrefix', file),
    nameSuffix: optString(raw, 'nameSuffix', file),
    labels,
    commonAnnotations: stringMap(raw, 'commonAnnotations', file),
    patches: objects<PatchEntry>(raw, 'patches', file),
    patchesStrategicMerge: (Array.isArray(raw.patchesStrategicMerge) ? raw.patchesStrategicMerge : []).map((x) => (typeof x === 'string' ? x : JSON.stringify(x))),
    patchesJson6902: objects<PatchEntry>(raw, 'patchesJson6902', file),
    images: [...objects<ImageEntry>(raw, 'images', file), ...objects<ImageEntry>(raw, 'imageTags', file)],
    replicas: objects<{ name?: string; count?: number }>(raw, 'replicas', file),
    configMapGenerator: objects<GeneratorArgs>(raw, 'configMapGenerator', file),
    secretGenerator: objects<GeneratorArgs>(raw, 'secretGenerator', file),
    generatorOptions: isJsonObject(raw.generatorOptions) ? (raw.generatorOptions as unknown as GeneratorOptions) : undefined,
    replacements: Array.isArray(raw.replacements) ? raw.replacements : [],
    vars: Array.isArray(raw.vars) ? raw.vars : [],
    sortOptions: isJsonObject(sortOptions) ? (sortOptions as unknown as Kustomization['sortOptions']) : undefined,
    transformers: strings(raw, 'transformers', file),
    generators: strings(raw, 'generators', file),
    validators: strings(raw, 'validators', file),
    configurations: strings(raw, 'configurations', file),
    openapi: isJsonObject(raw.openapi) ? raw.openapi : undefined,
    managedByLabel: Array.isArray(raw.buildMetadata) && raw.buildMetadata.includes('managedByLabel'),
  };
}
