import { Type, type Static } from '@sinclair/typebox';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { Duration, Int64, StringEnum, withRules, type CelRule } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';
import { CrossNamespaceObjectReferenceSchema } from './event-source-reference.js';

/** Receiver types (webhook senders) Flux accepts. */
export const receiverTypes = ['generic', 'generic-hmac', 'generic-oidc', 'github', 'gitlab', 'bitbucket', 'harbor', 'dockerhub', 'quay', 'gcr', 'nexus', 'acr', 'cdevents'] as const;

/** CEL rules Flux puts on Receiver v1 `spec`. */
export const receiverSpecRules: readonly CelRule[] = [
  { rule: "self.type != 'generic-oidc' || (has(self.oidcProviders) && size(self.oidcProviders) > 0)", message: 'generic-oidc receivers must define at least one oidcProvider' },
  { rule: "self.type == 'generic-oidc' || !has(self.oidcProviders) || size(self.oidcProviders) == 0", message: 'oidcProviders can only be set when type is generic-oidc' },
  { rule: "self.type == 'generic-oidc' || has(self.secretRef)", message: 'secretRef is required when type is not generic-oidc' },
];

/** Receiver spec fields shared with v1beta2. */
export const receiverSpecFields = {
  interval: Type.Optional(Duration({ default: '10m', description: 'Interval at which to reconcile the Receiver with its Secret references.' })),
  events: Type.Optional(Type.Array(Type.String())),
  resources: Type.Array(CrossNamespaceObjectReferenceSchema, { description: 'A list of resources to be notified about changes.' }),
  suspend: Type.Optional(Type.Boolean()),
};

/** Receiver v1 `spec`. */
export const ReceiverSpecSchema = withRules(
  Type.Object({
    type: StringEnum(receiverTypes, { description: 'Type of webhook sender, used to determine the validation procedure and payload deserialization.' }),
    ...receiverSpecFields,
    resourceFilter: Type.Optional(Type.String({ description: 'ResourceFilter is a CEL expression evaluated for each resource referenced in Resources.' })),
    secretRef: Type.Optional(LocalObjectReferenceSchema),
    oidcProviders: Type.Optional(
      Type.Array(
        Type.Object({
          issuerURL: Type.String({ pattern: '^https?://' }),
          audience: Type.Optional(Type.String()),
          variables: Type.Optional(Type.Array(Type.Object({ name: Type.String(), expression: Type.String() }))),
          validations: Type.Array(Type.Object({ expression: Type.String(), message: Type.String() }), { minItems: 1 }),
        }),
        { 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['issuerURL'] },
      ),
    ),
  }),
  receiverSpecRules,
);
/** Receiver spec as the controllers read it. */
export type ReceiverSpec = Static<typeof ReceiverSpecSchema>;

/** Receiver `status`. */
export const ReceiverStatusSchema = Type.Object({
  ...reconcileRequestStatusFields,
  conditions: Type.Optional(ConditionsSchema()),
  webhookPath: Type.Optional(Type.String({ description: "WebhookPath is the generated incoming webhook address in the format of '/hook/sha256sum(token+name+namespace)'." })),
  observedGeneration: Type.Optional(Int64()),
});

/** `notification.toolkit.fluxcd.io/v1` Receiver. */
export const ReceiverSchema = fluxObject('Receiver is the Schema for the receivers API.', ReceiverSpecSchema, ReceiverStatusSchema);
/** A Receiver at the current version. */
export type Receiver = Static<typeof ReceiverSchema>;
