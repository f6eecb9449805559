import type { ErrorObject } from 'ajv';
import { DURATION_PATTERN, TIMEOUT_PATTERN } from '../schema/building-blocks.js';
import { findVersionRule } from '../conversion-rules.js';
import type { FieldError } from './field-error.js';

/** Where an error was found: the object's kind and version, for rule hints in messages. */
export interface ErrorContext {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

/** `/spec/dependsOn/0/name` → `spec.dependsOn[0].name` (Kubernetes field path notation). */
export function fieldPath(pointer: string, child?: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : v !== null && typeof v === 'object' ? `"${Array.isArray(v) ? 'array' : 'object'}"` : JSON.stringify(v));

/** Turns one ajv error into a Kubernetes-style field error whose message names the path and, where known, the fix. */
export function fieldErrorFromAjv(err: ErrorObject, ctx: ErrorContext): FieldError {
  const p = err.params as Record<string, unknown>;
  const hint = (path: string): string => {
    const rule = findVersionRule(ctx.kind, ctx.version, path);
    return rule ? `: ${rule.note}` : '';
  };
  switch (err.keyword) {
    case 'required': {
      const path = fieldPath(err.instancePath, String(p.missingProperty));
      return { path, type: 'Required value', message: `${path}: Required value${hint(path)}` };
    }
    case 'additionalProperties': {
      const path = fieldPath(err.instancePath, String(p.additionalProperty));
      const h = hint(path);
      return { path, type: 'Unknown field', message: `${path}: Unknown field: not part of ${ctx.group}/${ctx.version} ${ctx.kind}${h || ' (check the spelling against the API reference)'}` };
    }
    case 'enum': {
      const path = fieldPath(err.instancePath);
      const allowed = (p.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(', ');
      return { path, type: 'Unsupported value', message: `${path}: Unsupported value: ${show(err.data)}: supported values: ${allowed}` };
    }
    case 'pattern': {
      const path = fieldPath(err.instancePath);
      const duration =
        p.pattern === DURATION_PATTERN ? ' (a Go duration such as 30s, 5m, 1h30m: units ms, s, m, h)' : p.pattern === TIMEOUT_PATTERN ? ' (a Go duration such as 30s or 5m: units ms, s, m)' : '';
      return { path, type: 'Invalid value', message: `${path}: Invalid value: ${show(err.data)}: should match '${String(p.pattern)}'${duration}` };
    }
    case 'maxLength':
      return limit(err, 'Too long', `may not be longer than ${String(p.limit)}`);
    case 'maxItems':
      return limit(err, 'Too many', `must have at most ${String(p.limit)} items`);
    case 'x-kubernetes-validations': {
      const path = fieldPath(err.instancePath);
      return { path, type: 'Invalid value', message: `${path}: Invalid value: "object": ${err.message ?? 'failed a validation rule'}` };
    }
    default: {
      const path = fieldPath(err.instancePath);
      return { path, type: 'Invalid value', message: `${path}: Invalid value: ${show(err.data)}: ${err.message ?? err.keyword}` };
    }
  }
}

function limit(err: ErrorObject, type: 'Too long' | 'Too many', text: string): FieldError {
  const path = fieldPath(err.instancePath);
  return { path, type, message: `${path}: ${type}: ${text}` };
}
