import { Type, type Static } from '@sinclair/typebox';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { Duration, StringEnum, Timeout, withRules, type CelRule } from '../../schema/building-blocks.js';
import { fluxObjectWithoutStatus } from '../../schema/flux-object.js';

/** Provider types Flux accepts. */
export const providerTypes = [
  'slack', 'discord', 'msteams', 'rocket', 'generic', 'generic-hmac', 'github', 'gitlab', 'gitea', 'bitbucketserver', 'bitbucket',
  'azuredevops', 'googlechat', 'googlepubsub', 'webex', 'sentry', 'azureeventhub', 'telegram', 'lark', 'matrix', 'opsgenie',
  'alertmanager', 'grafana', 'githubdispatch', 'pagerduty', 'datadog', 'nats',
] as const;

/** CEL rules Flux puts on Provider v1beta3 `spec`. */
export const providerSpecRules: readonly CelRule[] = [
  {
    rule: "self.type == 'github' || self.type == 'gitlab' || self.type == 'gitea' || self.type == 'bitbucketserver' || self.type == 'bitbucket' || self.type == 'azuredevops' || !has(self.commitStatusExpr)",
    message: "spec.commitStatusExpr is only supported for the 'github', 'gitlab', 'gitea', 'bitbucketserver', 'bitbucket', 'azuredevops' provider types",
  },
];

/** Provider spec fields shared with v1beta2. */
export const providerSpecFields = {
  type: StringEnum(providerTypes, { description: 'Type specifies which Provider implementation to use.' }),
  interval: Type.Optional(Duration({ description: 'Deprecated and not used in v1beta3.' })),
  channel: Type.Optional(Type.String({ maxLength: 2048 })),
  username: Type.Optional(Type.String({ maxLength: 2048 })),
  address: Type.Optional(Type.String({ maxLength: 2048 })),
  timeout: Type.Optional(Timeout({ description: 'Timeout for sending alerts to the Provider (15s when unset).' })),
  proxy: Type.Optional(Type.String({ maxLength: 2048, pattern: '^(http|https)://.*$' })),
  secretRef: Type.Optional(LocalObjectReferenceSchema),
  certSecretRef: Type.Optional(LocalObjectReferenceSchema),
  suspend: Type.Optional(Type.Boolean()),
};

/** Provider v1beta3 `spec`. */
export const ProviderSpecSchema = withRules(
  Type.Object({
    ...providerSpecFields,
    proxySecretRef: Type.Optional(LocalObjectReferenceSchema),
    serviceAccountName: Type.Optional(Type.String()),
    commitStatusExpr: Type.Optional(Type.String()),
  }),
  providerSpecRules,
);
/** Provider spec as the controllers read it. */
export type ProviderSpec = Static<typeof ProviderSpecSchema>;

/** `notification.toolkit.fluxcd.io/v1beta3` Provider (no status: v1beta3 objects are static). */
export const ProviderSchema = fluxObjectWithoutStatus('Provider is the Schema for the providers API', ProviderSpecSchema);
/** A Provider at the current version. */
export type Provider = Static<typeof ProviderSchema>;
