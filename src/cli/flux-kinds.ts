import type { KubeObject } from '../cluster/client/index.js';

/** A Flux kind as the CLI names it (`kustomization`, `source git`, `image policy`) and lists it. */
export interface CliKind {
  kind: string;
  apiVersion: string;
  /** The words after the verb: `['kustomization']`, `['source', 'git']`. */
  path: string[];
  /** Other spellings of the last word (`kustomizations`, `ks`). */
  aliases: string[];
  /** Columns between NAME and the standard SUSPENDED/READY/MESSAGE ones, and how to fill them. */
  columns: Array<[header: string, value: (obj: KubeObject) => string]>;
  /** Whether the kind has `spec.suspend` (Flux shows SUSPENDED and allows suspend/resume). */
  suspendable: boolean;
}

const at = (obj: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((cur, key) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined), obj);
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const artifactRevision = (o: KubeObject): string => text(at(o, 'status', 'artifact', 'revision'));

const SOURCE = 'source.toolkit.fluxcd.io/v1';

/** Every kind the CLI knows, in the order `get all` prints them. */
export const cliKinds: CliKind[] = [
  { kind: 'GitRepository', apiVersion: SOURCE, path: ['source', 'git'], aliases: ['gitrepository', 'gitrepositories'], columns: [['revision', artifactRevision]], suspendable: true },
  { kind: 'OCIRepository', apiVersion: SOURCE, path: ['source', 'oci'], aliases: ['ocirepository', 'ocirepositories'], columns: [['revision', artifactRevision]], suspendable: true },
  { kind: 'HelmRepository', apiVersion: SOURCE, path: ['source', 'helm'], aliases: ['helmrepository', 'helmrepositories'], columns: [['revision', artifactRevision]], suspendable: true },
  { kind: 'HelmChart', apiVersion: SOURCE, path: ['source', 'chart'], aliases: ['helmchart', 'helmcharts'], columns: [['revision', artifactRevision]], suspendable: true },
  { kind: 'Bucket', apiVersion: SOURCE, path: ['source', 'bucket'], aliases: ['buckets'], columns: [['revision', artifactRevision]], suspendable: true },
  { kind: 'Kustomization', apiVersion: 'kustomize.toolkit.fluxcd.io/v1', path: ['kustomization'], aliases: ['kustomizations', 'ks'], columns: [['revision', (o) => text(at(o, 'status', 'lastAppliedRevision'))]], suspendable: true },
  {
    kind: 'HelmRelease', apiVersion: 'helm.toolkit.fluxcd.io/v2', path: ['helmrelease'], aliases: ['helmreleases', 'hr'], suspendable: true,
    columns: [['revision', (o) => text(at(o, 'status', 'history', '0', 'chartVersion') ?? at(o, 'status', 'lastAttemptedRevision'))]],
  },
  { kind: 'ImageRepository', apiVersion: 'image.toolkit.fluxcd.io/v1', path: ['image', 'repository'], aliases: ['imagerepository', 'imagerepositories'], columns: [['last scan', (o) => text(at(o, 'status', 'lastScanResult', 'scanTime'))]], suspendable: true },
  {
    kind: 'ImagePolicy', apiVersion: 'image.toolkit.fluxcd.io/v1', path: ['image', 'policy'], aliases: ['imagepolicy', 'imagepolicies'], suspendable: false,
    columns: [['latest image', (o) => {
      const ref = at(o, 'status', 'latestRef') as { name?: string; tag?: string } | undefined;
      return ref?.name ? `${ref.name}:${ref.tag ?? ''}` : text(at(o, 'status', 'latestImage'));
    }]],
  },
  { kind: 'ImageUpdateAutomation', apiVersion: 'image.toolkit.fluxcd.io/v1', path: ['image', 'update'], aliases: ['imageupdateautomation', 'imageupdateautomations'], columns: [['last run', (o) => text(at(o, 'status', 'lastAutomationRunTime'))]], suspendable: true },
  { kind: 'Receiver', apiVersion: 'notification.toolkit.fluxcd.io/v1', path: ['receiver'], aliases: ['receivers'], columns: [], suspendable: true },
  { kind: 'Alert', apiVersion: 'notification.toolkit.fluxcd.io/v1beta3', path: ['alert'], aliases: ['alerts'], columns: [], suspendable: true },
  { kind: 'Provider', apiVersion: 'notification.toolkit.fluxcd.io/v1beta3', path: ['alert-provider'], aliases: ['alert-providers', 'provider', 'providers'], columns: [], suspendable: true },
];

/** Finds a kind by the words a user typed (`ks`, `source git`, `images policy`, `Kustomization`). */
export function findCliKind(words: readonly string[]): CliKind | undefined {
  const w = words.map((x) => x.toLowerCase().replace(/^images$/, 'image').replace(/^sources$/, 'source'));
  return cliKinds.find((k) => {
    const last = w[k.path.length - 1];
    const headMatches = k.path.slice(0, -1).every((p, i) => w[i] === p);
    return headMatches && last !== undefined && (last === k.path[k.path.length - 1] || k.aliases.includes(last));
  }) ?? cliKinds.find((k) => k.kind.toLowerCase() === w[0]);
}

/** The `Ready` condition's status and message (`Unknown` and empty when the object was never reconciled). */
export function readiness(obj: KubeObject): { ready: string; message: string } {
  const conditions = (at(obj, 'status', 'conditions') as Array<{ type: string; status: string; message?: string }> | undefined) ?? [];
  const ready = conditions.find((c) => c.type === 'Ready');
  return ready ? { ready: ready.status, message: ready.message ?? '' } : { ready: 'Unknown', message: 'waiting to be reconciled' };
}
