/**
 * A checker for Kubernetes' structural-schema rules (apiextensions-apiserver `pkg/apiserver/schema`), enough to catch
 * what a real API server would refuse in a CRD's `openAPIV3Schema`. Returns violations as `path: problem` strings.
 */
type Node = Record<string, unknown>;

const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);
const FORBIDDEN = ['$ref', 'definitions', 'dependencies', 'id', '$schema', 'patternProperties', 'additionalItems', 'const'];
const JUNCTORS = ['allOf', 'anyOf', 'oneOf', 'not'];
// Inside allOf/anyOf/oneOf/not only value validations may appear (no structure, no defaults, no extensions).
const NOT_IN_JUNCTORS = ['type', 'default', 'nullable', 'additionalProperties', 'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-int-or-string', 'x-kubernetes-embedded-resource'];
const LIST_TYPES = new Set(['atomic', 'set', 'map']);

export function structuralViolations(root: Node): string[] {
  const out: string[] = [];
  if (root.type !== 'object') out.push('openAPIV3Schema: type must be object');
  const meta = (root.properties as Record<string, Node> | undefined)?.metadata;
  if (meta) checkMetadata(meta, out);
  walk(root, 'openAPIV3Schema', out, false);
  return out;
}

function checkMetadata(meta: Node, out: string[]): void {
  if (meta.type !== 'object') out.push('metadata: type must be object');
  const props = Object.keys((meta.properties as Node | undefined) ?? {});
  for (const p of props) if (p !== 'name' && p !== 'generateName') out.push(`metadata.${p}: only name and generateName may be specified`);
  if (meta.default !== undefined) out.push('metadata: default is forbidden');
}

function walk(node: Node, path: string, out: string[], inJunctor: boolean): void {
  for (const key of FORBIDDEN) if (key in node) out.push(`${path}: ${key} is forbidden`);
  if (inJunctor) {
    for (const key of NOT_IN_JUNCTORS) if (key in node) out.push(`${path}: ${key} is forbidden inside allOf/anyOf/oneOf/not`);
  } else {
    const preserve = node['x-kubernetes-preserve-unknown-fields'];
    const intOrString = node['x-kubernetes-int-or-string'] === true;
    if (preserve !== undefined && preserve !== true) out.push(`${path}: x-kubernetes-preserve-unknown-fields must be true or absent`);
    if (node.type === undefined && preserve !== true && !intOrString) out.push(`${path}: type must not be empty`);
    if (node.type !== undefined && (typeof node.type !== 'string' || !TYPES.has(node.type))) out.push(`${path}: unsupported type ${JSON.stringify(node.type)}`);
    if (intOrString && node.type !== undefined) out.push(`${path}: x-kubernetes-int-or-string must not have a type`);
  }
  if (node.uniqueItems === true) out.push(`${path}: uniqueItems cannot be true`);
  if (node.properties !== undefined && node.additionalProperties !== undefined) out.push(`${path}: additionalProperties and properties are mutually exclusive`);
  if (typeof node.additionalProperties === 'boolean') out.push(`${path}: additionalProperties must be a schema`);
  if (Array.isArray(node.items)) out.push(`${path}: items must be a single schema`);
  if (node.type === 'array' && node.items === undefined && node['x-kubernetes-preserve-unknown-fields'] !== true) out.push(`${path}: arrays must declare items`);
  if ((node.properties !== undefined || node.additionalProperties !== undefined) && node.type !== undefined && node.type !== 'object') out.push(`${path}: properties on a non-object`);
  if (node.items !== undefined && node.type !== undefined && node.type !== 'array') out.push(`${path}: items on a non-array`);
  if (Array.isArray(node.required)) for (const r of node.required as string[]) {
    const props = node.properties as Node | undefined;
    if (props && !(r in props) && node['x-kubernetes-preserve-unknown-fields'] !== true) out.push(`${path}: required field ${r} is not a property`);
  }
  if (node.enum !== undefined) checkEnum(node, path, out);
  if (node.default !== undefined && !defaultFits(node, node.default)) out.push(`${path}: default ${JSON.stringify(node.default)} does not fit the schema`);
  checkListType(node, path, out);
  for (const [k, v] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) walk(v, `${path}.properties.${k}`, out, inJunctor);
  if (node.items && typeof node.items === 'object' && !Array.isArray(node.items)) walk(node.items as Node, `${path}.items`, out, inJunctor);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties as Node, `${path}.additionalProperties`, out, inJunctor);
  for (const j of JUNCTORS) {
    const v = node[j];
    if (Array.isArray(v)) v.forEach((s, i) => walk(s as Node, `${path}.${j}[${i}]`, out, true));
    else if (v && typeof v === 'object') walk(v as Node, `${path}.${j}`, out, true);
  }
}

function checkEnum(node: Node, path: string, out: string[]): void {
  if (!Array.isArray(node.enum) || node.enum.length === 0) {
    out.push(`${path}: enum must be a non-empty list`);
    return;
  }
  for (const v of node.enum) if (!defaultFits({ type: node.type }, v)) out.push(`${path}: enum value ${JSON.stringify(v)} is not a ${String(node.type)}`);
}

function checkListType(node: Node, path: string, out: string[]): void {
  const lt = node['x-kubernetes-list-type'];
  if (lt === undefined) return;
  if (node.type !== 'array' || typeof lt !== 'string' || !LIST_TYPES.has(lt)) out.push(`${path}: x-kubernetes-list-type must be atomic, set or map on an array`);
  if (lt === 'map') {
    const keys = node['x-kubernetes-list-map-keys'];
    const items = node.items as Node | undefined;
    if (!Array.isArray(keys) || keys.length === 0) out.push(`${path}: list-type map needs x-kubernetes-list-map-keys`);
    else for (const k of keys as string[]) {
      const required = Array.isArray(items?.required) && (items?.required as string[]).includes(k);
      const prop = (items?.properties as Record<string, Node> | undefined)?.[k];
      if (!prop) out.push(`${path}: map key ${k} is not an item property`);
      else if (!required && prop.default === undefined) out.push(`${path}: map key ${k} must be required or defaulted`);
    }
  }
}

// Defaults are checked shallowly against type and enum; deep objects against their declared properties' types.
function defaultFits(node: Node, value: unknown): boolean {
  if (node['x-kubernetes-preserve-unknown-fields'] === true && node.type === undefined) return true;
  switch (node.type) {
    case 'string':
      return typeof value === 'string' && (!Array.isArray(node.enum) || node.enum.includes(value)) && (typeof node.pattern !== 'string' || new RegExp(node.pattern).test(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value) && value.every((v) => !node.items || defaultFits(node.items as Node, v));
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
      const props = (node.properties as Record<string, Node> | undefined) ?? {};
      return Object.entries(value as Node).every(([k, v]) => (props[k] ? defaultFits(props[k], v) : node.additionalProperties !== undefined));
    }
    default:
      return false;
  }
}
