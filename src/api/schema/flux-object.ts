import { Type, type TSchema } from '@sinclair/typebox';
import { ObjectMetaSchema } from '../meta/object-meta.js';

/**
 * Builds a kind's top-level schema the way controller-gen lays out Flux's CRDs: `apiVersion`/`kind` strings, `metadata`
 * as a bare object, `spec` optional, and `status` defaulting to `{observedGeneration: -1}` when the kind has one.
 */
export function fluxObject<S extends TSchema, St extends TSchema>(description: string, spec: S, status?: St) {
  const props = {
    apiVersion: Type.String({ description: 'APIVersion defines the versioned schema of this representation of an object.' }),
    kind: Type.String({ description: 'Kind is a string value representing the REST resource this object represents.' }),
    metadata: Type.Optional(ObjectMetaSchema()),
    spec: Type.Optional(spec),
  };
  if (!status) return Type.Object(props, { description });
  return Type.Object({ ...props, status: Type.Optional({ ...status, default: { observedGeneration: -1 } } as St) }, { description });
}
