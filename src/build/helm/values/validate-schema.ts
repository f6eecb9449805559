import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Chart, Values } from '../chart/chart.js';
import { goJsonStringify } from '../yaml/go-json.js';
import { SchemaValidationError } from './schema-validation-error.js';

type AjvModule = typeof import('ajv');
type FormatsPlugin = (ajv: InstanceType<AjvModule['Ajv']>) => unknown;

/** ajv is loaded on first use: most charts have no schema, and loading it costs as much as a small render. */
const requireLazy = createRequire(import.meta.url);

/**
 * Helm's ValidateAgainstSchema over the chart and its subcharts (each with its own scope of the values); throws
 * {@link SchemaValidationError} worded as Helm 3 (gojsonschema): `- field: message` lines per failing chart.
 */
export function validateValuesAgainstSchemas(chart: Chart, values: Values): void {
  const text = schemaFailures(chart, values);
  if (text !== '') {
    throw new SchemaValidationError(`values don't meet the specifications of the schema(s) in the following chart(s):\n${text}`);
  }
}

function schemaFailures(chart: Chart, values: Values): string {
  let out = '';
  if (chart.schema) {
    const lines = validateOne(values, chart.schema);
    if (lines !== '') out += `${chart.metadata.name}:\n${lines}`;
  }
  for (const sub of chart.dependencies) {
    const subValues = values[sub.metadata.name];
    out += schemaFailures(sub, (subValues ?? {}) as Values);
  }
  return out;
}

function validateOne(values: Values, schemaData: Buffer): string {
  let schema: Record<string, unknown>;
  try {
    schema = JSON.parse(schemaData.toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    return `- (root): ${(err as Error).message}\n`;
  }
  delete schema.$schema;
  const { Ajv } = requireLazy('ajv') as AjvModule;
  const formats = requireLazy('ajv-formats') as FormatsPlugin & { default?: FormatsPlugin };
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false, logger: false });
  (formats.default ?? formats)(ajv);
  const validate = ajv.compile(schema);
  const data = JSON.parse(goJsonStringify(values)) as unknown;
  if (validate(data ?? {})) return '';
  return gojsonschemaOrder(validate.errors ?? []).map((e) => `- ${describe(e, data)}\n`).join('');
}

/** gojsonschema reports a failed anyOf/oneOf first, then only the errors of its best (first fewest-error) branch. */
function gojsonschemaOrder(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') { out.push(e); continue; }
    const prefix = `${e.schemaPath}/`;
    const branchErrors = out.filter((x) => x.schemaPath.startsWith(prefix));
    const kept = out.filter((x) => !x.schemaPath.startsWith(prefix));
    const byBranch = new Map<string, ErrorObject[]>();
    for (const x of branchErrors) {
      const b = x.schemaPath.slice(prefix.length).split('/')[0]!;
      byBranch.set(b, [...(byBranch.get(b) ?? []), x]);
    }
    const best = [...byBranch.values()].sort((a, b) => a.length - b.length)[0] ?? [];
    out.length = 0;
    out.push(...kept, e, ...best);
  }
  return out;
}

/** One ajv error in gojsonschema's words: `field: message`, field dotted from the root or `(root)`. */
function describe(e: ErrorObject, root: unknown): string {
  const segs = e.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const field = segs.length === 0 ? '(root)' : segs.join('.');
  const p = e.params as Record<string, unknown>;
  const msg = ((): string => {
    switch (e.keyword) {
      case 'required': return `${String(p.missingProperty)} is required`;
      case 'type': return `Invalid type. Expected: ${typeList(e.schema)}, given: ${jsonType(at(root, segs))}`;
      case 'additionalProperties': return `Additional property ${String(p.additionalProperty)} is not allowed`;
      case 'minLength': return `String length must be greater than or equal to ${String(p.limit)}`;
      case 'maxLength': return `String length must be less than or equal to ${String(p.limit)}`;
      case 'pattern': return `Does not match pattern '${String(p.pattern)}'`;
      case 'format': return `Does not match format '${String(p.format)}'`;
      case 'enum': return `${field} must be one of the following: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      case 'const': return `${field} does not match: ${JSON.stringify(p.allowedValue)}`;
      case 'minimum': return `Must be greater than or equal to ${String(p.limit)}`;
      case 'maximum': return `Must be less than or equal to ${String(p.limit)}`;
      case 'exclusiveMinimum': return `Must be greater than ${String(p.limit)}`;
      case 'exclusiveMaximum': return `Must be less than ${String(p.limit)}`;
      case 'multipleOf': return `Must be a multiple of ${String(p.multipleOf)}`;
      case 'minItems': return `Array must have at least ${String(p.limit)} items`;
      case 'maxItems': return `Array must have at most ${String(p.limit)} items`;
      case 'uniqueItems': return `array items[${Math.min(Number(p.i), Number(p.j))},${Math.max(Number(p.i), Number(p.j))}] must be unique`;
      case 'contains': return 'At least one of the items must match';
      case 'minProperties': return `Must have at least ${String(p.limit)} properties`;
      case 'maxProperties': return `Must have at most ${String(p.limit)} properties`;
      case 'anyOf': return 'Must validate at least one schema (anyOf)';
      case 'oneOf': return 'Must validate one and only one schema (oneOf)';
      case 'not': return 'Must not validate the schema (not)';
      case 'if': return `Must validate "${String(p.failingKeyword)}" as "if" was ${p.failingKeyword === 'then' ? 'valid' : 'not valid'}`;
      case 'dependencies': return `Has a dependency on ${String(p.missingProperty)}`;
      case 'propertyNames': return `Property name of "${String(p.propertyName)}" does not match`;
      case 'additionalItems': return 'No additional items allowed on array';
      default: return e.message ?? e.keyword;
    }
  })();
  return `${field}: ${msg}`;
}

function typeList(t: unknown): string {
  return Array.isArray(t) ? `[${t.join(',')}]` : String(t);
}

function at(root: unknown, segs: string[]): unknown {
  let cur = root;
  for (const s of segs) cur = (cur as Record<string, unknown> | undefined)?.[s];
  return cur;
}

function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'boolean') return 'boolean';
  return typeof v === 'string' ? 'string' : 'object';
}
