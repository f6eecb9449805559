import type { StatusCause } from '../api-error.js';
import { invalidValue, requiredValue, unsupportedValue } from '../api-errors.js';
import { isPlainObject, type KubeObject } from '../kube-object.js';

interface CrdVersion { name?: string; served?: boolean; storage?: boolean; schema?: { openAPIV3Schema?: unknown } }
interface CrdSpec {
  group?: string; scope?: string;
  names?: { plural?: string; singular?: string; kind?: string; listKind?: string };
  versions?: CrdVersion[];
}

/**
 * Validates a CustomResourceDefinition as the apiextensions server does for what matters here: name is
 * `<plural>.<group>`, names and scope present, at least one version, exactly one storage version, a schema for
 * each version; group, plural and scope do not change on update.
 */
export function validateCrd(obj: KubeObject, old: KubeObject | undefined): StatusCause[] {
  const causes: StatusCause[] = [];
  const spec = (isPlainObject(obj.spec) ? obj.spec : {}) as CrdSpec;
  if (!spec.group) causes.push(requiredValue('spec.group'));
  if (!spec.names?.plural) causes.push(requiredValue('spec.names.plural'));
  if (!spec.names?.kind) causes.push(requiredValue('spec.names.kind'));
  const expected = `${spec.names?.plural ?? ''}.${spec.group ?? ''}`;
  if (spec.group && spec.names?.plural && obj.metadata.name !== expected) {
    causes.push(invalidValue('metadata.name', obj.metadata.name, `must be spec.names.plural+"."+spec.group`));
  }
  if (spec.scope !== 'Namespaced' && spec.scope !== 'Cluster') causes.push(unsupportedValue('spec.scope', spec.scope ?? '', ['Cluster', 'Namespaced']));
  const versions = Array.isArray(spec.versions) ? spec.versions : [];
  if (versions.length === 0) causes.push(requiredValue('spec.versions', 'must have exactly one version marked as storage version'));
  else if (versions.filter((v) => v.storage === true).length !== 1) {
    causes.push(invalidValue('spec.versions', versions.map((v) => v.name), 'must have exactly one version marked as storage version'));
  }
  versions.forEach((v, i) => {
    if (!v.name) causes.push(requiredValue(`spec.versions[${i}].name`));
    if (!isPlainObject(v.schema?.openAPIV3Schema)) causes.push(requiredValue(`spec.versions[${i}].schema.openAPIV3Schema`, 'schemas are required'));
  });
  if (old) {
    const before = (old.spec ?? {}) as CrdSpec;
    if (before.group !== spec.group) causes.push(invalidValue('spec.group', spec.group, 'field is immutable'));
    if (before.scope !== spec.scope) causes.push(invalidValue('spec.scope', spec.scope, 'field is immutable'));
  }
  return causes;
}
