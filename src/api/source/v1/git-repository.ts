import { Type, type Static } from '@sinclair/typebox';
import { ArtifactSchema } from '../../meta/artifact.js';
import { ConditionsSchema } from '../../meta/condition.js';
import { reconcileRequestStatusFields } from '../../meta/reconcile-request.js';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { Duration, Int64, StringEnum, Timeout, withRules, type CelRule } from '../../schema/building-blocks.js';
import { fluxObject } from '../../schema/flux-object.js';

/** CEL rules Flux puts on GitRepository v1 `spec`. */
export const gitRepositorySpecRules: readonly CelRule[] = [
  {
    rule: "!has(self.serviceAccountName) || (has(self.provider) && (self.provider == 'azure' || self.provider == 'aws'))",
    message: "serviceAccountName can only be set when provider is 'azure' or 'aws'",
  },
];

/** `spec.ref`: what to check out; with nothing set Flux uses branch `master`. */
export const GitRepositoryRefSchema = Type.Object({
  branch: Type.Optional(Type.String({ description: "Branch to check out, defaults to 'master' if no other field is defined." })),
  tag: Type.Optional(Type.String({ description: 'Tag to check out, takes precedence over Branch.' })),
  semver: Type.Optional(Type.String({ description: 'SemVer tag expression to check out, takes precedence over Tag.' })),
  name: Type.Optional(Type.String({ description: 'Name of the reference to check out; takes precedence over Branch, Tag and SemVer.' })),
  commit: Type.Optional(Type.String({ description: 'Commit SHA to check out, takes precedence over all reference fields.' })),
});
/** A Git reference to resolve. */
export type GitRepositoryRef = Static<typeof GitRepositoryRefSchema>;

/** `spec.include` entry: another GitRepository's artifact copied into this one. */
export const GitRepositoryIncludeSchema = Type.Object({
  repository: LocalObjectReferenceSchema,
  fromPath: Type.Optional(Type.String({ description: 'FromPath specifies the path to copy contents from, defaults to the root of the Artifact.' })),
  toPath: Type.Optional(Type.String({ description: 'ToPath specifies the path to copy contents to, defaults to the name of the GitRepositoryRef.' })),
});

/** `spec.verify`: commit/tag signature verification. */
export const GitRepositoryVerificationSchema = Type.Object({
  mode: Type.Optional(StringEnum(['head', 'HEAD', 'Tag', 'TagAndHEAD'] as const, { default: 'HEAD', description: 'Mode specifies which Git object(s) should be verified.' })),
  secretRef: LocalObjectReferenceSchema,
});

/** The v1 spec fields, shared with the v1beta2 schema. */
export const gitRepositorySpecFields = {
  url: Type.String({ pattern: '^((http|https|ssh|file)://.*|[A-Za-z0-9._-]+@[^:/\\s]+:.+)$', description: 'URL specifies the Git repository URL, it can be an HTTP/S or SSH address; Fluxion also accepts file:// (local repositories) and scp-like git@host:path.' }),
  secretRef: Type.Optional(LocalObjectReferenceSchema),
  interval: Duration({ description: 'Interval at which the GitRepository URL is checked for updates.' }),
  timeout: Type.Optional(Timeout({ default: '60s', description: 'Timeout for Git operations like cloning, defaults to 60s.' })),
  ref: Type.Optional(GitRepositoryRefSchema),
  verify: Type.Optional(GitRepositoryVerificationSchema),
  proxySecretRef: Type.Optional(LocalObjectReferenceSchema),
  ignore: Type.Optional(Type.String({ description: 'Ignore overrides the set of excluded patterns in the .sourceignore format.' })),
  suspend: Type.Optional(Type.Boolean({ description: 'Suspend tells the controller to suspend the reconciliation of this GitRepository.' })),
  recurseSubmodules: Type.Optional(Type.Boolean({ description: 'RecurseSubmodules enables the initialization of all submodules within the GitRepository.' })),
  include: Type.Optional(Type.Array(GitRepositoryIncludeSchema)),
  certSecretRef: Type.Optional({
    ...LocalObjectReferenceSchema,
    description:
      "Fluxion extension (not in Flux): a Secret with 'ca.crt' (and optionally 'tls.crt'/'tls.key') for HTTPS. Flux v1 reads these keys from spec.secretRef; Fluxion reads them from both, this Secret winning.",
  }),
};

/** GitRepository v1 `spec`. */
export const GitRepositorySpecSchema = withRules(
  Type.Object({
    ...gitRepositorySpecFields,
    provider: Type.Optional(StringEnum(['generic', 'aws', 'azure', 'github'] as const, { description: "Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'." })),
    serviceAccountName: Type.Optional(Type.String({ description: "ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate to the GitRepository. Only for 'azure' and 'aws' providers." })),
    sparseCheckout: Type.Optional(Type.Array(Type.String(), { description: 'SparseCheckout specifies a list of directories to checkout when cloning the repository.' })),
  }),
  gitRepositorySpecRules,
);
/** GitRepository spec as the controllers read it. */
export type GitRepositorySpec = Static<typeof GitRepositorySpecSchema>;

/** GitRepository v1 `status`. */
export const GitRepositoryStatusSchema = Type.Object({
  observedGeneration: Type.Optional(Int64()),
  conditions: Type.Optional(ConditionsSchema()),
  artifact: Type.Optional(ArtifactSchema),
  includedArtifacts: Type.Optional(Type.Array(ArtifactSchema)),
  observedIgnore: Type.Optional(Type.String()),
  observedRecurseSubmodules: Type.Optional(Type.Boolean()),
  observedInclude: Type.Optional(Type.Array(GitRepositoryIncludeSchema)),
  observedSparseCheckout: Type.Optional(Type.Array(Type.String())),
  sourceVerificationMode: Type.Optional(Type.String()),
  ...reconcileRequestStatusFields,
});

/** `source.toolkit.fluxcd.io/v1` GitRepository. */
export const GitRepositorySchema = fluxObject('GitRepository is the Schema for the gitrepositories API.', GitRepositorySpecSchema, GitRepositoryStatusSchema);
/** A GitRepository at the current version. */
export type GitRepository = Static<typeof GitRepositorySchema>;
