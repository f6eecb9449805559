import type { KubeObject } from '../../cluster/client/index.js';
import type { SecondaryWatch } from '../../runtime/secondary-watch.js';
import type { KustomizationObject } from './kustomization-object.js';
import { sourceApiVersions } from './steps/fetch-source.js';

const artifactRevision = (o: KubeObject | undefined): string | undefined =>
  (o?.status as { artifact?: { revision?: string } } | undefined)?.artifact?.revision;

/** A source's new artifact queues the Kustomizations whose `spec.sourceRef` names it. */
function sourceWatch(apiVersion: string, kind: string): SecondaryWatch {
  return {
    apiVersion,
    kind,
    changed: (prev, obj) => artifactRevision(obj) !== undefined && artifactRevision(prev) !== artifactRevision(obj),
    map: (source, all) => all.filter((k) => {
      const ref = (k as KustomizationObject).spec?.sourceRef;
      return ref?.kind === kind && ref.name === source.metadata.name && (ref.namespace ?? k.metadata.namespace) === source.metadata.namespace;
    }),
  };
}

function readiness(o: KubeObject | undefined): string {
  const status = (o?.status ?? {}) as { conditions?: Array<{ type: string; status: string }>; lastAppliedRevision?: string };
  return `${status.conditions?.find((c) => c.type === 'Ready')?.status ?? ''}|${status.lastAppliedRevision ?? ''}`;
}

/** A Kustomization that becomes Ready (or applies a new revision) queues those that depend on it, so chains settle fast. */
const dependencyWatch: SecondaryWatch = {
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  kind: 'Kustomization',
  changed: (prev, obj) => readiness(prev) !== readiness(obj),
  map: (dep, all) => all.filter((k) => ((k as KustomizationObject).spec?.dependsOn ?? []).some((d) =>
    d.name === dep.metadata.name && (d.namespace ?? k.metadata.namespace) === dep.metadata.namespace)),
};

/** What the Kustomization controller watches besides Kustomizations' specs. */
export const kustomizationWatches: readonly SecondaryWatch[] = [
  ...Object.entries(sourceApiVersions).map(([kind, apiVersion]) => sourceWatch(apiVersion, kind)),
  dependencyWatch,
];
