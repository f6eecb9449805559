import type { ApiContext } from '../api-context.js';
import type { StatusCause } from '../api-error.js';
import { badRequest, invalid } from '../api-errors.js';
import { admitCustomObject } from '../crd/admit-custom-object.js';
import { validateCrd } from '../crd/validate-crd.js';
import type { KubeObject } from '../kube-object.js';
import type { ResourceType } from '../registry/resource-type.js';
import { applyBuiltinDefaults } from './builtin-defaults.js';
import { immutableFieldCauses } from './immutable-fields.js';
import { pruneUnknown } from './prune-unknown.js';
import { validateBuiltin } from './validate-builtin.js';
import { validateMetadata } from './validate-metadata.js';
import { nameRuleFor, validateName } from './validate-name.js';
import type { WriteOptions } from './write-options.js';

/**
 * Defaults, prunes and validates an object about to be stored (in place), as Kubernetes' decoding, defaulting
 * and validation would: unknown fields are dropped (400 under `fieldValidation=Strict`, a warning under `Warn`),
 * and any invalid field is a 422 naming it.
 */
export function admitObject(_ctx: ApiContext, type: ResourceType, obj: KubeObject, old: KubeObject | undefined, opts: WriteOptions): void {
  const causes: StatusCause[] = [];
  if (!old) causes.push(...validateName(obj.metadata.name ?? '', nameRuleFor(type.plural)));
  causes.push(...validateMetadata(obj.metadata));
  let unknown: string[] = [];
  if (type.custom) {
    const result = admitCustomObject(type, obj, old);
    unknown = result.unknown;
    causes.push(...result.causes);
  } else {
    applyBuiltinDefaults(type.group, type.kind, obj, old === undefined);
    const schema = type.schema();
    if (schema) {
      unknown = pruneUnknown(obj, schema, false);
      const problems = validateBuiltin(obj, schema);
      if (problems.typeErrors.length > 0) {
        throw badRequest(`${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: json: ${problems.typeErrors[0] ?? ''}`);
      }
      causes.push(...problems.causes);
    }
    if (type.group === 'apiextensions.k8s.io' && type.kind === 'CustomResourceDefinition') causes.push(...validateCrd(obj, old));
    if (old) causes.push(...immutableFieldCauses(type.group, type.kind, old, obj));
  }
  if (unknown.length > 0 && opts.fieldValidation === 'Strict') {
    throw badRequest(`strict decoding error: ${unknown.map((u) => `unknown field "${u}"`).join(', ')}`);
  }
  if (opts.fieldValidation === 'Warn') for (const u of unknown) opts.warnings.push(`unknown field "${u}"`);
  if (causes.length > 0) throw invalid(type.group, type.kind, obj.metadata.name ?? '', causes);
}
