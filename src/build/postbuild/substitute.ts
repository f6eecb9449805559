import { parse, stringify } from 'yaml';
import { envsubst, VariableNotSetError } from './envsubst.js';
import { EnvsubstSyntaxError } from './envsubst-parser.js';

/** A Kubernetes object as plain JSON. */
export type KubeObject = Record<string, unknown> & { apiVersion?: string; kind?: string; metadata?: Record<string, unknown> };

/** Objects that carry this label or annotation with value `disabled` are left as built. */
export const SUBSTITUTE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/substitute';

/** A post-build substitution that failed; names the object and the cause. Maps to Flux's BuildFailed. */
export class SubstitutionError extends Error {
  override name = 'SubstitutionError';
  readonly reason = 'BuildFailed';
  constructor(readonly object: string, message: string, readonly variable?: string) {
    super(`${object}: ${message}`);
  }
}

// Flux's rule for variable names: '^[_[:alpha:]][_[:alpha:][:digit:]]*$'.
const VAR_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;

/** Checks every variable name as Flux does before substituting; throws naming the first invalid one. */
export function validateVariableNames(vars: ReadonlyMap<string, string>): void {
  for (const name of vars.keys()) {
    if (!VAR_NAME.test(name)) {
      throw new SubstitutionError('postBuild', `'${name}' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'`);
    }
  }
}

function objectId(obj: KubeObject): string {
  const md = obj.metadata ?? {};
  const ns = typeof md.namespace === 'string' && md.namespace ? `${md.namespace}/` : '';
  return `${obj.kind ?? 'object'}/${ns}${String(md.name ?? '')}`;
}

function isDisabled(obj: KubeObject): boolean {
  const md = obj.metadata ?? {};
  const labels = (md.labels ?? {}) as Record<string, unknown>;
  const annotations = (md.annotations ?? {}) as Record<string, unknown>;
  return labels[SUBSTITUTE_ANNOTATION] === 'disabled' || annotations[SUBSTITUTE_ANNOTATION] === 'disabled';
}

/**
 * Applies `postBuild` substitution to built objects as kustomize-controller does: each object is rendered to
 * YAML, expanded, and parsed back (so `replicas: ${N}` becomes a number). Returns new objects; inputs are not
 * changed. With no variables at all, objects pass through unchanged, as in Flux.
 */
export function substituteObjects(objects: readonly KubeObject[], vars: ReadonlyMap<string, string>, options: { strict: boolean }): KubeObject[] {
  if (vars.size === 0) return [...objects];
  validateVariableNames(vars);
  const lookup = (name: string): string | undefined => vars.get(name);
  return objects.map((obj) => {
    if (isDisabled(obj)) return obj;
    const id = objectId(obj);
    let text: string;
    try {
      text = envsubst(stringify(obj, { lineWidth: 0 }), lookup, options);
    } catch (err) {
      if (err instanceof VariableNotSetError) throw new SubstitutionError(id, err.message, err.variable);
      if (err instanceof EnvsubstSyntaxError) throw new SubstitutionError(id, `variable substitution failed: ${err.message}`);
      throw err;
    }
    try {
      return parse(text) as KubeObject;
    } catch (err) {
      throw new SubstitutionError(id, `YAML after substitution is invalid: ${(err as Error).message.split('\n')[0]}`);
    }
  });
}
