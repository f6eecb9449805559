import { Type, type Static } from '@sinclair/typebox';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { NamespacedObjectReferenceSchema } from '../../meta/references.js';
import { Duration, Int64, StringEnum, withRules, type CelRule } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';

/** CEL rules Flux puts on ImagePolicy v1 `spec`. */
export const imagePolicySpecRules: readonly CelRule[] = [
  { rule: "!has(self.interval) || (has(self.digestReflectionPolicy) && self.digestReflectionPolicy == 'Always')", message: "spec.interval is only accepted when spec.digestReflectionPolicy is set to 'Always'" },
  { rule: "has(self.interval) || !has(self.digestReflectionPolicy) || self.digestReflectionPolicy != 'Always'", message: "spec.interval must be set when spec.digestReflectionPolicy is set to 'Always'" },
];

const order = () => Type.Optional(StringEnum(['asc', 'desc'] as const, { default: 'asc' }));

/** `spec.policy`: exactly one of semver, alphabetical, numerical. */
export const ImagePolicyChoiceSchema = Type.Object({
  semver: Type.Optional(Type.Object({ range: Type.String({ description: "Range gives a semver range for the image tag; the highest version within the range that's a tag yields the latest image." }) })),
  alphabetical: Type.Optional(Type.Object({ order: order() })),
  numerical: Type.Optional(Type.Object({ order: order() })),
});

/** `spec.filterTags`: a regex keeping some tags, and an optional `$group` to extract before ordering. */
export const TagFilterSchema = Type.Object({
  pattern: Type.Optional(Type.String({ description: 'Pattern specifies a regular expression pattern used to filter for image tags.' })),
  extract: Type.Optional(Type.String({ description: 'Extract allows a capture group to be extracted from the specified regular expression pattern, useful before tag evaluation.' })),
});

/** An image reference in status (`latestRef`, `observedPreviousRef`). */
export const ImageRefSchema = Type.Object({ name: Type.String(), tag: Type.String(), digest: Type.Optional(Type.String()) });
/** An image name, tag and optional digest. */
export type ImageRef = Static<typeof ImageRefSchema>;

/** ImagePolicy v1 `spec`. */
export const ImagePolicySpecSchema = withRules(
  Type.Object({
    imageRepositoryRef: NamespacedObjectReferenceSchema,
    policy: ImagePolicyChoiceSchema,
    filterTags: Type.Optional(TagFilterSchema),
    digestReflectionPolicy: Type.Optional(StringEnum(['Always', 'IfNotPresent', 'Never'] as const, { default: 'Never' })),
    interval: Type.Optional(Duration()),
    suspend: Type.Optional(Type.Boolean()),
  }),
  imagePolicySpecRules,
);
/** ImagePolicy spec as the controllers read it. */
export type ImagePolicySpec = Static<typeof ImagePolicySpecSchema>;

/** ImagePolicy v1 `status`. */
export const ImagePolicyStatusSchema = Type.Object({
  latestRef: Type.Optional(ImageRefSchema),
  observedPreviousRef: Type.Optional(ImageRefSchema),
  observedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  ...reconcileRequestStatusFields,
});

/** `image.toolkit.fluxcd.io/v1` ImagePolicy. */
export const ImagePolicySchema = fluxObject('ImagePolicy is the Schema for the imagepolicies API', ImagePolicySpecSchema, ImagePolicyStatusSchema);
/** An ImagePolicy at the current version. */
export type ImagePolicy = Static<typeof ImagePolicySchema>;
