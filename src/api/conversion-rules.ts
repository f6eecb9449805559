/** What Fluxion does with a field of an older version, or a field Flux never had in that place. */
export type RuleAction =
  /** moved or rewritten into the current version's field named in `becomes` */
  | 'converted'
  /** kept as written and acted on (a Fluxion extension field, or a deprecated field the controller still reads) */
  | 'honoured'
  /** accepted, has no effect (as in Flux); kept or dropped as the note says, and always reported in the conversion notes */
  | 'ignored'
  /** refused by validation with the `instead` advice */
  | 'rejected';

/** One row of the version/field rules table. */
export interface VersionRule {
  readonly id: string;
  readonly kind: string;
  /** Versions in which the field can be written (`*` = every served version). */
  readonly versions: readonly string[];
  /** Field path, `[]` standing for any list index. */
  readonly field: string;
  readonly action: RuleAction;
  /** Where the value lands in the current version (for `converted`). */
  readonly becomes?: string;
  /** What Fluxion does, in one sentence; for `rejected`, what to write instead. */
  readonly note: string;
}

/**
 * THE table of every version and field rule Fluxion applies on top of Flux's own schemas. Conversions
 * (`convert/*.ts`) cite these ids in their notes, and validation quotes `note` for rejected fields.
 */
export const versionRules: readonly VersionRule[] = [
  // GitRepository
  { id: 'gitrepo-cert-secret-ref', kind: 'GitRepository', versions: ['*'], field: 'spec.certSecretRef', action: 'honoured', note: "Fluxion extension: the git client trusts 'ca.crt' and presents 'tls.crt'/'tls.key' from this Secret (overriding the same keys in spec.secretRef, where Flux v1 reads them)." },
  { id: 'gitrepo-git-implementation', kind: 'GitRepository', versions: ['v1beta2'], field: 'spec.gitImplementation', action: 'ignored', note: 'Flux removed libgit2; there is one Git implementation, so the value has no effect. Delete the field.' },
  { id: 'gitrepo-git-implementation-v1', kind: 'GitRepository', versions: ['v1'], field: 'spec.gitImplementation', action: 'rejected', note: 'removed in source.toolkit.fluxcd.io/v1: delete spec.gitImplementation (there is one Git implementation).' },
  { id: 'gitrepo-access-from', kind: 'GitRepository', versions: ['v1beta2'], field: 'spec.accessFrom', action: 'ignored', note: 'never implemented by Flux; cross-namespace access is governed by the controllers\' --no-cross-namespace-refs flag.' },
  { id: 'gitrepo-access-from-v1', kind: 'GitRepository', versions: ['v1'], field: 'spec.accessFrom', action: 'rejected', note: 'removed in source.toolkit.fluxcd.io/v1 (it was never implemented): delete spec.accessFrom.' },
  { id: 'gitrepo-verify-mode-head', kind: 'GitRepository', versions: ['v1beta2', 'v1'], field: 'spec.verify.mode', action: 'converted', becomes: 'spec.verify.mode', note: "'head' is written 'HEAD' in v1 (same meaning)." },
  { id: 'source-artifact-checksum', kind: 'GitRepository|HelmRepository|HelmChart|Bucket|OCIRepository', versions: ['v1beta2'], field: 'status.artifact.checksum', action: 'converted', becomes: 'status.artifact.digest', note: "a v1beta2 sha256 checksum becomes the v1 digest 'sha256:<checksum>'." },
  { id: 'source-url-status', kind: 'GitRepository|HelmRepository|HelmChart|Bucket|OCIRepository', versions: ['v1beta2'], field: 'status.contentConfigChecksum', action: 'ignored', note: 'v1beta2 bookkeeping the v1 controllers no longer read; dropped from the converted status (the controller recomputes what it needs).' },
  { id: 'bucket-access-from', kind: 'Bucket', versions: ['v1beta2'], field: 'spec.accessFrom', action: 'ignored', note: 'never implemented by Flux; removed in v1. Delete the field.' },
  // HelmChart / HelmRelease
  { id: 'helmchart-values-file', kind: 'HelmChart', versions: ['*'], field: 'spec.valuesFile', action: 'converted', becomes: 'spec.valuesFiles[0]', note: 'merged first, before the valuesFiles items, as Flux does.' },
  { id: 'hr-values-file', kind: 'HelmRelease', versions: ['*'], field: 'spec.chart.spec.valuesFile', action: 'converted', becomes: 'spec.chart.spec.valuesFiles[0]', note: 'removed in helm.toolkit.fluxcd.io/v2; moved to the front of valuesFiles (merged first, as Flux v2beta1 did). Prefer valuesFiles.' },
  { id: 'hr-post-renderer-smp', kind: 'HelmRelease', versions: ['*'], field: 'spec.postRenderers[].kustomize.patchesStrategicMerge[]', action: 'converted', becomes: 'spec.postRenderers[].kustomize.patches[]', note: 'removed in helm.toolkit.fluxcd.io/v2; each strategic-merge patch becomes a patches entry without target (kustomize finds the target from the patch itself).' },
  { id: 'hr-post-renderer-json6902', kind: 'HelmRelease', versions: ['*'], field: 'spec.postRenderers[].kustomize.patchesJson6902[]', action: 'converted', becomes: 'spec.postRenderers[].kustomize.patches[]', note: 'removed in helm.toolkit.fluxcd.io/v2; each JSON6902 patch becomes a patches entry with the same target and its operations as the patch text.' },
  { id: 'hr-skip-crds', kind: 'HelmRelease', versions: ['*'], field: 'spec.install.skipCRDs', action: 'converted', becomes: 'spec.install.crds', note: "skipCRDs: true becomes crds: Skip when crds is unset (Flux's rule)." },
  { id: 'hr-v2beta1-status', kind: 'HelmRelease', versions: ['v2beta1'], field: 'status.lastReleaseRevision', action: 'honoured', note: 'v2beta1 status fields are kept; v2 still declares them (deprecated) and the controller rebuilds status.history.' },
  // Kustomization
  { id: 'ks-patches-smp', kind: 'Kustomization', versions: ['*'], field: 'spec.patchesStrategicMerge[]', action: 'converted', becomes: 'spec.patches[]', note: 'each strategic-merge patch becomes a patches entry without target (kustomize finds the target from the patch itself).' },
  { id: 'ks-patches-json6902', kind: 'Kustomization', versions: ['*'], field: 'spec.patchesJson6902[]', action: 'converted', becomes: 'spec.patches[]', note: 'each JSON6902 patch becomes a patches entry with the same target and its operations as the patch text.' },
  { id: 'ks-validation', kind: 'Kustomization', versions: ['*'], field: 'spec.validation', action: 'ignored', note: 'Flux ignores it since v1beta2: every apply is validated by a server-side dry-run, which is stricter than client validation. Kept as written; delete it to silence the warning.' },
  { id: 'ks-required-prune', kind: 'Kustomization', versions: ['*'], field: 'spec.prune', action: 'rejected', note: 'required by Flux: write prune: true to delete objects removed from the source, or prune: false to keep them.' },
  { id: 'ks-required-interval', kind: 'Kustomization', versions: ['*'], field: 'spec.interval', action: 'rejected', note: 'required by Flux: write an interval such as interval: 10m.' },
  { id: 'ks-required-source-ref', kind: 'Kustomization', versions: ['*'], field: 'spec.sourceRef', action: 'rejected', note: 'required by Flux: write the source to build from, e.g. sourceRef: {kind: GitRepository, name: flux-system}.' },
  // Image automation
  { id: 'imagepolicy-latest-image', kind: 'ImagePolicy', versions: ['v1beta1', 'v1beta2'], field: 'status.latestImage', action: 'converted', becomes: 'status.latestRef', note: "'<name>:<tag>' is split into latestRef {name, tag} (observedPreviousImage likewise into observedPreviousRef)." },
  { id: 'imagepolicy-local-repo-ref', kind: 'ImagePolicy', versions: ['v1beta1'], field: 'spec.imageRepositoryRef', action: 'converted', becomes: 'spec.imageRepositoryRef', note: 'a v1beta1 local reference is a v1 namespaced reference with no namespace (same meaning).' },
  { id: 'iua-updated-template', kind: 'ImageUpdateAutomation', versions: ['v1beta1', 'v1beta2'], field: 'spec.git.commit.messageTemplate', action: 'honoured', note: 'templates written for v1beta1 read .Updated (Files, Objects, Images); the automation controller provides .Updated alongside v1\'s .Changed, so they render as written.' },
  // Notification
  { id: 'notification-v1beta2-status', kind: 'Provider|Alert', versions: ['v1beta2'], field: 'status', action: 'ignored', note: 'v1beta3 Providers and Alerts have no status (Flux reports problems as events); the v1beta2 status is not carried over.' },
  { id: 'provider-interval', kind: 'Provider', versions: ['*'], field: 'spec.interval', action: 'ignored', note: 'deprecated and not used since v1beta3 (as in Flux).' },
  { id: 'receiver-status-url', kind: 'Receiver', versions: ['v1beta2'], field: 'status.url', action: 'converted', becomes: 'status.webhookPath', note: 'the deprecated v1beta2 status.url held the same path as webhookPath.' },
];

/** The rule for a field of a kind at a version (indices in `path` are written `[]`), if any. */
export function findVersionRule(kind: string, version: string, path: string): VersionRule | undefined {
  const field = path.replace(/\[\d+\]/g, '[]');
  return versionRules.find((r) => r.kind.split('|').includes(kind) && r.field === field && (r.versions.includes('*') || r.versions.includes(version)));
}
