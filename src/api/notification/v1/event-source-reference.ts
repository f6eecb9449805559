import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, StringMap } from '../../schema/building-blocks.js';

/** Kinds an Alert may watch or a Receiver may trigger (notification v1 `CrossNamespaceObjectReference.kind`). */
export const notificationObjectKinds = [
  'Bucket',
  'GitRepository',
  'Kustomization',
  'HelmRelease',
  'HelmChart',
  'HelmRepository',
  'ImageRepository',
  'ImagePolicy',
  'ImageUpdateAutomation',
  'OCIRepository',
  'ArtifactGenerator',
  'ExternalArtifact',
] as const;

/** notification `CrossNamespaceObjectReference`: an Alert event source or a Receiver resource; `name: '*'` matches all. */
export const CrossNamespaceObjectReferenceSchema = Type.Object({
  apiVersion: Type.Optional(Type.String()),
  kind: StringEnum(notificationObjectKinds, { description: 'Kind of the referent.' }),
  name: Type.String({ minLength: 1, maxLength: 253, description: "Name of the referent. If multiple resources are targeted `*` may be set." }),
  namespace: Type.Optional(Type.String({ minLength: 1, maxLength: 253, description: 'Namespace of the referent. If multiple resources across all namespaces are targeted `*` may be set, which requires the name to also be set to `*`.' })),
  matchLabels: Type.Optional(StringMap({ description: 'MatchLabels requires the name to be set to `*` in order to select all resources.' })),
});
/** An event source / receiver target. */
export type CrossNamespaceObjectReference = Static<typeof CrossNamespaceObjectReferenceSchema>;
