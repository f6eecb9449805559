import { Type, type Static } from '@sinclair/typebox';
import { AnyJson, StringEnum } from '../schema/building-blocks.js';

/** `kustomize.Selector`: which objects a patch or rule targets (all fields optional, ANDed). */
export const SelectorSchema = Type.Object({
  group: Type.Optional(Type.String({ description: 'Group is the API group to select resources from.' })),
  version: Type.Optional(Type.String({ description: 'Version of the API Group to select resources from.' })),
  kind: Type.Optional(Type.String({ description: 'Kind of the API Group to select resources from.' })),
  namespace: Type.Optional(Type.String({ description: 'Namespace to select resources from.' })),
  name: Type.Optional(Type.String({ description: 'Name to match resources with.' })),
  annotationSelector: Type.Optional(Type.String({ description: 'AnnotationSelector is a string that follows the label selection expression.' })),
  labelSelector: Type.Optional(Type.String({ description: 'LabelSelector is a string that follows the label selection expression.' })),
});
/** A kustomize target selector. */
export type Selector = Static<typeof SelectorSchema>;

/** `kustomize.Patch`: a strategic-merge or JSON6902 patch as inline YAML text, with an optional target. */
export const PatchSchema = Type.Object({
  patch: Type.String({ description: 'Patch contains an inline StrategicMerge patch or an inline JSON6902 patch with an array of operation objects.' }),
  target: Type.Optional(SelectorSchema),
});
/** A `patches` entry. */
export type Patch = Static<typeof PatchSchema>;

/** One RFC 6902 operation, as in the deprecated `patchesJson6902` fields. */
export const JSON6902Schema = Type.Object({
  op: StringEnum(['test', 'remove', 'add', 'replace', 'move', 'copy'] as const, { description: 'Op indicates the operation.' }),
  path: Type.String({ description: 'Path contains the JSON-pointer value that references a location within the target document.' }),
  from: Type.Optional(Type.String({ description: 'From contains a JSON-pointer value that references a location within the target document where the operation is performed.' })),
  value: Type.Optional(AnyJson({ description: 'Value contains a valid JSON structure.' })),
});
/** One JSON6902 operation. */
export type JSON6902 = Static<typeof JSON6902Schema>;

/** `kustomize.JSON6902Patch` (deprecated `patchesJson6902` entry): operations plus a required target. */
export const JSON6902PatchSchema = Type.Object({
  patch: Type.Array(JSON6902Schema, { description: 'Patch contains the JSON6902 patch document with an array of operation objects.' }),
  target: SelectorSchema,
});
/** A deprecated `patchesJson6902` entry. */
export type JSON6902Patch = Static<typeof JSON6902PatchSchema>;

/** `kustomize.Image`: an image name/tag/digest override. */
export const ImageSchema = Type.Object({
  name: Type.String({ description: 'Name is a tag-less image name.' }),
  newName: Type.Optional(Type.String({ description: 'NewName is the value used to replace the original name.' })),
  newTag: Type.Optional(Type.String({ description: 'NewTag is the value used to replace the original tag.' })),
  digest: Type.Optional(Type.String({ description: 'Digest is the value used to replace the original image tag. If digest is present NewTag value is ignored.' })),
});
/** An `images` entry. */
export type Image = Static<typeof ImageSchema>;

/** `kustomize.CustomHealthCheck`: CEL expressions deciding the health of one kind (`healthCheckExprs`). */
export const CustomHealthCheckSchema = Type.Object({
  apiVersion: Type.String({ description: 'APIVersion of the custom resource under evaluation.' }),
  kind: Type.String({ description: 'Kind of the custom resource under evaluation.' }),
  current: Type.String({ minLength: 1, description: 'Current is the CEL expression that determines if the status of the custom resource has reached the desired state.' }),
  inProgress: Type.Optional(Type.String({ description: 'InProgress is the CEL expression that determines if the status of the custom resource has not yet reached the desired state.' })),
  failed: Type.Optional(Type.String({ description: 'Failed is the CEL expression that determines if the status of the custom resource has failed to reach the desired state.' })),
});
/** A `healthCheckExprs` entry. */
export type CustomHealthCheck = Static<typeof CustomHealthCheckSchema>;
