import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { toCrdSchema } from '../crd-schema.js';
import { findFluxKind, fluxKinds } from '../kinds.js';
import { celChecks } from './cel-checks.js';
import type { FieldError } from './field-error.js';
import { fieldErrorFromAjv } from './field-errors-from-ajv.js';
import { strictSchema } from './strict-schema.js';

type Obj = Record<string, unknown>;
type CelRuleEntry = { rule: string; message: string };

/**
 * Validates Flux objects against the schema of the version they are written in, as the API server does: defaults
 * first, then the schema (with unknown fields refused), then the CEL rules. Holds compiled validators; one per process
 * is enough, and it is safe to share.
 */
export class FluxValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true, verbose: true });
    const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (a: Ajv) => void;
    addFormats(this.ajv);
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
    this.ajv.addVocabulary(['x-kubernetes-preserve-unknown-fields', 'x-kubernetes-int-or-string', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys']);
    this.ajv.addKeyword({ keyword: 'x-kubernetes-validations', schemaType: 'array', errors: true, validate: celKeyword });
  }

  /** Field errors of `obj` (empty when valid); paths like `spec.sourceRef.kind`. */
  validate(obj: unknown): FieldError[] {
    return this.run(obj).errors;
  }

  /** A copy of `obj` with the schema defaults of its version applied (as the API server stores it). */
  withDefaults<T>(obj: T): T {
    return this.run(obj).defaulted as T;
  }

  private run(obj: unknown): { errors: FieldError[]; defaulted: unknown } {
    const copy = structuredClone(obj);
    if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) {
      return { errors: [{ path: '', type: 'Invalid value', message: 'object: Invalid value: expected a Kubernetes object (a YAML mapping)' }], defaulted: copy };
    }
    const o = copy as Obj;
    const head = headerErrors(o);
    if (head.length > 0) return { errors: head, defaulted: copy };
    const apiVersion = String(o.apiVersion);
    const kindName = String(o.kind);
    const found = findFluxKind(apiVersion, kindName);
    if (!found) return { errors: [unsupported(apiVersion, kindName)], defaulted: copy };
    const key = `${apiVersion}/${kindName}`;
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile(strictSchema(toCrdSchema(found.version.schema)));
      this.compiled.set(key, fn);
    }
    const ok = fn(copy);
    const ctx = { group: found.kind.group, version: found.version.name, kind: kindName };
    const errors = ok ? [] : dedupe((fn.errors ?? []).map((e) => fieldErrorFromAjv(e, ctx)));
    return { errors: [...metadataErrors(o), ...errors], defaulted: copy };
  }
}

function celKeyword(rules: CelRuleEntry[], data: unknown): boolean {
  if (data === null || typeof data !== 'object') return true;
  const failed = rules.filter((r) => {
    const check = celChecks[r.rule];
    if (!check) throw new Error(`no JavaScript check for CEL rule ${JSON.stringify(r.rule)} (add it to cel-checks.ts)`);
    return !check(data as Obj);
  });
  (celKeyword as unknown as { errors: Partial<ErrorObject>[] }).errors = failed.map((r) => ({ keyword: 'x-kubernetes-validations', message: r.message, params: { rule: r.rule } }));
  return failed.length === 0;
}

function headerErrors(o: Obj): FieldError[] {
  const out: FieldError[] = [];
  if (typeof o.apiVersion !== 'string' || o.apiVersion === '') out.push({ path: 'apiVersion', type: 'Required value', message: 'apiVersion: Required value' });
  if (typeof o.kind !== 'string' || o.kind === '') out.push({ path: 'kind', type: 'Required value', message: 'kind: Required value' });
  return out;
}

function metadataErrors(o: Obj): FieldError[] {
  const meta = o.metadata as Obj | undefined;
  if (meta && (typeof meta.name === 'string' || typeof meta.generateName === 'string')) return [];
  return [{ path: 'metadata.name', type: 'Required value', message: 'metadata.name: Required value: name or generateName is required' }];
}

function unsupported(apiVersion: string, kindName: string): FieldError {
  const k = fluxKinds.find((x) => x.kind === kindName && apiVersion.startsWith(`${x.group}/`));
  if (!k) return { path: 'kind', type: 'Unsupported value', message: `kind: Unsupported value: ${JSON.stringify(kindName)}: not a Flux kind of ${apiVersion}` };
  const served = k.versions.map((v) => JSON.stringify(`${k.group}/${v.name}`)).join(', ');
  return { path: 'apiVersion', type: 'Unsupported value', message: `apiVersion: Unsupported value: ${JSON.stringify(apiVersion)}: supported values: ${served}` };
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.message) ? false : (seen.add(e.message), true)));
}
