import { celEnv, isCelError, parse, plan, type CelInput } from '@bufbuild/cel';
import type { StatusCause } from '../api-error.js';
import { isPlainObject } from '../kube-object.js';
import type { CrdSchemaNode } from './crd-schema-node.js';

type Program = (bindings: Record<string, CelInput>) => unknown;

/** Compiled CEL programs of one CRD version, by rule text; rules that do not compile are skipped. */
export type CelCache = Map<string, Program | null>;

function toCel(value: unknown): CelInput {
  if (Array.isArray(value)) return value.map(toCel);
  if (value !== null && typeof value === 'object') return new Map(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return value as CelInput;
}

function compile(cache: CelCache, rule: string): Program | null {
  if (!cache.has(rule)) {
    try {
      cache.set(rule, plan(celEnv(), parse(rule)) as Program);
    } catch {
      cache.set(rule, null);
    }
  }
  return cache.get(rule) ?? null;
}

function shown(v: unknown): string {
  if (Array.isArray(v)) return '"array"';
  if (isPlainObject(v)) return '"object"';
  return JSON.stringify(v);
}

/**
 * Evaluates a CRD schema's `x-kubernetes-validations` (CEL) rules against an object, with `self` bound to each
 * value that carries rules and `oldSelf` to its previous value on update (rules using `oldSelf` are skipped on
 * create). A rule that is false yields a cause naming the field and the rule's message, as Kubernetes words it.
 */
export function celRuleCauses(value: unknown, schema: CrdSchemaNode, old: unknown, path: string, cache: CelCache): StatusCause[] {
  const causes: StatusCause[] = [];
  visit(value, schema, old, path, cache, causes);
  return causes;
}

function visit(v: unknown, s: CrdSchemaNode, old: unknown, path: string, cache: CelCache, causes: StatusCause[]): void {
  if (v === undefined || v === null) return;
  for (const r of s['x-kubernetes-validations'] ?? []) {
    const usesOld = /\boldSelf\b/.test(r.rule);
    if (usesOld && old === undefined) continue;
    const program = compile(cache, r.rule);
    if (!program) continue;
    const bindings: Record<string, CelInput> = { self: toCel(v) };
    if (usesOld) bindings.oldSelf = toCel(old);
    const result = program(bindings);
    if (isCelError(result) || result === true) continue;
    const field = r.fieldPath ? `${path}${r.fieldPath.startsWith('.') ? '' : '.'}${r.fieldPath}`.replace(/^\./, '') : path;
    const message = r.message ?? `failed rule: ${r.rule}`;
    const reason = r.reason ?? 'FieldValueInvalid';
    causes.push({ reason, field, message: reason === 'FieldValueInvalid' ? `Invalid value: ${shown(v)}: ${message}` : message });
  }
  if (Array.isArray(v)) {
    if (s.items) v.forEach((item, i) => visit(item, s.items as CrdSchemaNode, undefined, `${path}[${i}]`, cache, causes));
    return;
  }
  if (!isPlainObject(v)) return;
  const before = isPlainObject(old) ? old : undefined;
  for (const [k, child] of Object.entries(v)) {
    const prop = s.properties?.[k] ?? (isPlainObject(s.additionalProperties) ? s.additionalProperties : undefined);
    if (prop) visit(child, prop, before?.[k], `${path}.${k}`, cache, causes);
  }
}
