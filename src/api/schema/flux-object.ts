import { Type, type TSchema } from '@sinclair/typebox';
import { ObjectMetaSchema } from '../meta/object-meta.js';

const header = () => ({
  apiVersion: Type.String({ description: 'APIVersion defines the versioned schema of this representation of an object.' }),
  kind: Type.String({ description: 'Kind is a string value representing the REST resource this object represents.' }),
  metadata: Type.Optional(ObjectMetaSchema()),
});

/**
 * Builds a kind's top-level schema the way controller-gen lays out Flux's CRDs: `apiVersion`/`kind` strings, `metadata`
 * as a bare object, `spec` optional, and `status` defaulting to `{observedGeneration: -1}`.
 */
export function fluxObject<S extends TSchema, St extends TSchema>(description: string, spec: S, status: St) {
  return Type.Object({ ...header(), spec: Type.Optional(spec), status: Type.Optional({ ...status, default: { observedGeneration: -1 } } as St) }, { description });
}

/** Like {@link fluxObject} for kinds without a status (notification v1beta3 Provider and Alert). */
export function fluxObjectWithoutStatus<S extends TSchema>(description: string, spec: S) {
  return Type.Object({ ...header(), spec: Type.Optional(spec) }, { description });
}
