import {
  isInvalidError, isNoKindMatchError, isNotFoundError, type ClusterClient, type KubeObject, type ObjectRef,
} from '../client/index.js';
import { ApplyError, type ObjectFailure } from './apply-error.js';
import { applyStages, isCrd } from './apply-stages.js';
import { changeOf, subjectOf, type ChangeSet } from './change-set.js';
import { hasDrifted } from './drift.js';
import { applyPolicyOf, isForceEnabled, isPruneDisabled } from './policy.js';
import { waitForCrdsEstablished } from './wait-for-crds.js';

/** How a ResourceManager writes: the field manager (Flux: `kustomize-controller`) and request parallelism. */
export interface ResourceManagerOptions {
  fieldManager: string;
  concurrency?: number;
}

/** Per-apply options: `force` recreates objects whose immutable fields changed (Flux's `spec.force`). */
export interface StagedApplyOptions {
  force: boolean;
  signal?: AbortSignal;
  crdTimeoutMs?: number;
}

/** Per-delete options: only objects carrying all `ownerLabels` are deleted (objects someone else took over stay). */
export interface DeleteAllOptions {
  ownerLabels: Record<string, string>;
  signal?: AbortSignal;
}

interface Planned {
  obj: KubeObject;
  live: KubeObject | undefined;
  dryRun?: KubeObject;
  recreate?: boolean;
  skip?: boolean;
}

/**
 * Server-side apply in Flux's stages with a dry run first: each stage is dry-run whole, and one refused object
 * means nothing of that stage is written. Objects already as desired are not written again. Returns the
 * ChangeSet (`created | configured | unchanged | deleted | skipped` per object).
 */
export class ResourceManager {
  private readonly concurrency: number;

  constructor(private readonly client: ClusterClient, private readonly options: ResourceManagerOptions) {
    this.concurrency = options.concurrency ?? 8;
  }

  /** Applies all objects stage by stage, waiting for CRDs to be Established before later stages. */
  async applyAllStaged(objects: readonly KubeObject[], options: StagedApplyOptions): Promise<ChangeSet> {
    const changes: ChangeSet = [];
    for (const stage of applyStages(objects)) {
      changes.push(...(await this.applyStage(stage, options)));
      const crds = stage.filter(isCrd);
      if (crds.length > 0) {
        await waitForCrdsEstablished(this.client, crds, { timeoutMs: options.crdTimeoutMs ?? 30_000, signal: options.signal });
        this.client.invalidateDiscovery();
      }
    }
    return changes;
  }

  /** Dry-runs then applies one stage; throws ApplyError naming every refused object and writes nothing then. */
  async applyStage(objects: readonly KubeObject[], options: StagedApplyOptions): Promise<ChangeSet> {
    const plans = await this.map(objects, (obj) => this.plan(obj, options));
    const failures = plans.filter((p): p is ObjectFailure => 'message' in p);
    if (failures.length > 0) throw new ApplyError(failures, true);
    const planned = plans as Planned[];
    return this.map(planned, async (p) => {
      if (p.skip) return changeOf(p.obj, 'skipped');
      if (p.live && !p.recreate && p.dryRun && !hasDrifted(p.live, p.dryRun)) return changeOf(p.obj, 'unchanged', p.live);
      let stored: KubeObject;
      try {
        if (p.recreate) await this.deleteAndWait(p.obj, options.signal);
        stored = await this.client.apply(p.obj, { fieldManager: this.options.fieldManager, force: true, signal: options.signal });
      } catch (err) {
        throw new ApplyError([{ subject: subjectOf(p.obj), message: (err as Error).message }], false);
      }
      return changeOf(p.obj, p.live && !p.recreate ? 'configured' : 'created', stored);
    });
  }

  /** Deletes objects that are still owned (carry the owner labels) and not marked `prune: disabled`. */
  async deleteAll(refs: readonly ObjectRef[], options: DeleteAllOptions): Promise<ChangeSet> {
    const results = await this.map(refs, async (ref) => {
      const live = await this.getLive(ref, options.signal);
      const like = { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, namespace: ref.namespace } };
      if (!live) return undefined;
      const owned = Object.entries(options.ownerLabels).every(([k, v]) => live.metadata.labels?.[k] === v);
      if (!owned || isPruneDisabled(live)) return changeOf(like, 'skipped');
      try {
        await this.client.delete(ref, { propagationPolicy: 'Background', signal: options.signal });
      } catch (err) {
        if (!isNotFoundError(err)) throw err;
      }
      return changeOf(like, 'deleted');
    });
    return results.filter((c) => c !== undefined);
  }

  private async plan(obj: KubeObject, options: StagedApplyOptions): Promise<Planned | ObjectFailure> {
    const subject = subjectOf(obj);
    try {
      const policy = applyPolicyOf(obj);
      if (policy === 'skip') return { obj, live: undefined, skip: true };
      const live = await this.getLive(obj, options.signal);
      if (policy === 'ifNotPresent' && live) return { obj, live, skip: true };
      try {
        const dryRun = await this.client.apply(obj, { fieldManager: this.options.fieldManager, force: true, dryRun: true, signal: options.signal });
        return { obj, live, dryRun };
      } catch (err) {
        const immutable = isInvalidError(err) && /immutable|may not change|cannot be changed/i.test(err.message);
        if (immutable && live && (options.force || isForceEnabled(obj))) return { obj, live, recreate: true };
        throw err;
      }
    } catch (err) {
      if (isNoKindMatchError(err)) {
        return {
          subject,
          message: `no matches for kind "${obj.kind}" in version "${obj.apiVersion}": its CustomResourceDefinition is not installed; ` +
            'if another Kustomization installs it, list that Kustomization in spec.dependsOn',
        };
      }
      return { subject, message: (err as Error).message };
    }
  }

  private async getLive(ref: ObjectRef | KubeObject, signal: AbortSignal | undefined): Promise<KubeObject | undefined> {
    const r: ObjectRef = 'metadata' in ref
      ? { apiVersion: ref.apiVersion, kind: ref.kind, name: ref.metadata.name ?? '', ...(ref.metadata.namespace ? { namespace: ref.metadata.namespace } : {}) }
      : ref;
    try {
      return await this.client.get(r, { signal });
    } catch (err) {
      if (isNotFoundError(err)) return undefined;
      throw err;
    }
  }

  private async deleteAndWait(obj: KubeObject, signal: AbortSignal | undefined): Promise<void> {
    const ref = { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name ?? '', ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}) };
    await this.client.delete(ref, { propagationPolicy: 'Foreground', signal });
    for (let i = 0; i < 300 && (await this.getLive(ref, signal)); i++) await sleep(100, signal);
  }

  // Runs `fn` over items with bounded parallelism, keeping results in input order.
  private async map<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
    const results = new Array<R>(items.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, items.length) }, worker));
    return results;
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
  });
}
