import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from '../schema/building-blocks.js';

/** `meta.LocalObjectReference`: a `name` in the referrer's namespace (e.g. `secretRef`). */
export const LocalObjectReferenceSchema = Type.Object(
  { name: Type.String({ description: 'Name of the referent.' }) },
  { description: 'LocalObjectReference contains enough information to locate the referenced Kubernetes resource object.' },
);
/** A reference to an object in the same namespace. */
export type LocalObjectReference = Static<typeof LocalObjectReferenceSchema>;

/** `meta.NamespacedObjectReference` (e.g. HelmRelease `dependsOn`): name, and namespace defaulting to the referrer's. */
export const NamespacedObjectReferenceSchema = Type.Object(
  {
    name: Type.String({ description: 'Name of the referent.' }),
    namespace: Type.Optional(Type.String({ description: 'Namespace of the referent, when not specified it acts as LocalObjectReference.' })),
  },
  { description: 'NamespacedObjectReference contains enough information to locate the referenced Kubernetes resource object in any namespace.' },
);
/** A reference to an object in any namespace. */
export type NamespacedObjectReference = Static<typeof NamespacedObjectReferenceSchema>;

/** `meta.NamespacedObjectKindReference` (Kustomization `healthChecks`). */
export const NamespacedObjectKindReferenceSchema = Type.Object({
  apiVersion: Type.Optional(Type.String({ description: 'API version of the referent, if not specified the Kubernetes preferred version will be used.' })),
  kind: Type.String({ description: 'Kind of the referent.' }),
  name: Type.String({ description: 'Name of the referent.' }),
  namespace: Type.Optional(Type.String({ description: 'Namespace of the referent, when not specified it acts as LocalObjectReference.' })),
});
/** A typed reference to an object in any namespace. */
export type NamespacedObjectKindReference = Static<typeof NamespacedObjectKindReferenceSchema>;

/** `meta.SecretKeyReference`: one key of a Secret in the referrer's namespace. */
export const SecretKeyReferenceSchema = Type.Object({
  name: Type.String({ description: 'Name of the Secret.' }),
  key: Type.Optional(Type.String({ description: 'Key in the Secret, when not specified an implementation-specific default key is used.' })),
});
/** A reference to one key of a Secret. */
export type SecretKeyReference = Static<typeof SecretKeyReferenceSchema>;

/** `meta.KubeConfigReference`: where to find a kubeconfig for a remote cluster. */
export const KubeConfigReferenceSchema = Type.Object({
  secretRef: Type.Optional(SecretKeyReferenceSchema),
  configMapRef: Type.Optional(LocalObjectReferenceSchema),
});
/** A kubeconfig reference for acting on a remote cluster. */
export type KubeConfigReference = Static<typeof KubeConfigReferenceSchema>;

/** A `sourceRef` whose kind is one of `kinds` (Kustomization: GitRepository, OCIRepository, Bucket, …). */
export function CrossNamespaceSourceReferenceSchema<const K extends readonly string[]>(kinds: K, options: { defaultKind?: K[number]; namespaceLimits?: boolean } = {}) {
  const limits = options.namespaceLimits ? { minLength: 1, maxLength: 63 } : {};
  return Type.Object({
    apiVersion: Type.Optional(Type.String({ description: 'API version of the referent.' })),
    kind: StringEnum(kinds, { description: 'Kind of the referent.', ...(options.defaultKind ? { default: options.defaultKind } : {}) }),
    name: Type.String({ description: 'Name of the referent.', ...(options.namespaceLimits ? { minLength: 1, maxLength: 253 } : {}) }),
    namespace: Type.Optional(Type.String({ description: 'Namespace of the referent, defaults to the namespace of the Kubernetes resource object that contains the reference.', ...limits })),
  });
}

/** A source reference (`sourceRef`) as the controllers read it. */
export interface CrossNamespaceSourceReference {
  apiVersion?: string;
  kind: string;
  name: string;
  namespace?: string;
}
