import type { ClusterClient, KubeObject } from '../../cluster/client/index.js';
import { isAlreadyExistsError, isConflictError, isNotFoundError } from '../../cluster/client/index.js';
import { abortableSleep } from '../abortable-sleep.js';

/**
 * Where the Lease lives, who we are, and client-go's timings (controller-runtime defaults: lease 15 s, renew
 * deadline 10 s, retry 2 s; tests shorten them).
 */
export interface LeaderElectionOptions {
  namespace: string;
  name: string;
  identity: string;
  leaseDurationMs?: number;
  renewDeadlineMs?: number;
  retryPeriodMs?: number;
}

interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
  leaseTransitions?: number;
}

type Lease = KubeObject & { spec?: LeaseSpec };

/**
 * Leader election on a coordination.k8s.io/v1 Lease, as client-go's LeaderElector: a candidate takes the lease
 * when it is free or when its holder has not renewed it for a lease duration of *our* clock (no clock-skew
 * trust), the leader renews every retry period and gives up after the renew deadline, and releases on stop.
 */
export class LeaseElector {
  private readonly leaseMs: number;
  private readonly renewDeadlineMs: number;
  private readonly retryMs: number;
  private observed = '';
  private observedAt = 0;
  private leader = false;
  private renewTimer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> | undefined;

  constructor(private readonly client: ClusterClient, private readonly options: LeaderElectionOptions) {
    this.leaseMs = options.leaseDurationMs ?? 15_000;
    this.renewDeadlineMs = options.renewDeadlineMs ?? 10_000;
    this.retryMs = options.retryPeriodMs ?? 2_000;
  }

  /** Whether this instance holds the lease right now. */
  get isLeader(): boolean {
    return this.leader;
  }

  /**
   * Resolves true once this instance holds the lease, retrying every retry period, or false if `signal` aborts
   * first. `onStandby` is called once, after the first attempt finds the lease held by someone else.
   */
  async acquire(signal: AbortSignal, onStandby?: () => void): Promise<boolean> {
    while (!signal.aborted) {
      if (await this.tryAcquireOrRenew().catch(() => false)) {
        this.leader = true;
        return true;
      }
      onStandby?.();
      onStandby = undefined;
      await abortableSleep(this.retryMs, signal);
    }
    return false;
  }

  /** Renews every retry period; calls `onLost` once if no renewal succeeded within the renew deadline. */
  hold(onLost: () => void): void {
    let lastRenew = Date.now();
    const tick = async () => {
      const ok = await this.tryAcquireOrRenew().catch(() => false);
      if (!this.leader) return; // released meanwhile
      if (ok) lastRenew = Date.now();
      if (!ok && Date.now() - lastRenew >= this.renewDeadlineMs) {
        this.leader = false;
        this.renewTimer = undefined;
        onLost();
        return;
      }
      this.renewTimer = setTimeout(() => (this.renewing = tick()), this.retryMs);
    };
    this.renewTimer = setTimeout(() => (this.renewing = tick()), this.retryMs);
  }

  /** Stops renewing and, if leader, frees the lease so another replica takes over at once. */
  async release(): Promise<void> {
    clearTimeout(this.renewTimer);
    this.renewTimer = undefined;
    if (!this.leader) return;
    this.leader = false;
    // A renewal in flight would race with the release and win; let it land first.
    await this.renewing;
    for (let attempt = 0; attempt < 3; attempt++) {
      const lease = await this.get().catch(() => undefined);
      if (!lease || lease.spec?.holderIdentity !== this.options.identity) return;
      const now = microTime(Date.now());
      const spec: LeaseSpec = { holderIdentity: '', leaseDurationSeconds: 1, acquireTime: now, renewTime: now, leaseTransitions: lease.spec.leaseTransitions ?? 0 };
      if (await this.client.update({ ...lease, spec }).then(() => true, () => false)) return;
    }
  }

  private async tryAcquireOrRenew(): Promise<boolean> {
    const now = Date.now();
    const lease = await this.get();
    const me = this.options.identity;
    const spec: LeaseSpec = { holderIdentity: me, leaseDurationSeconds: Math.max(1, Math.ceil(this.leaseMs / 1000)), renewTime: microTime(now) };
    if (!lease) {
      spec.acquireTime = spec.renewTime;
      spec.leaseTransitions = 0;
      return this.write(() => this.client.create(this.newLease(spec)), spec, now);
    }
    const current = lease.spec ?? {};
    const record = JSON.stringify(current);
    if (record !== this.observed) {
      this.observed = record;
      this.observedAt = now;
    }
    const heldByOther = !!current.holderIdentity && current.holderIdentity !== me;
    if (heldByOther && this.observedAt + (current.leaseDurationSeconds ?? 15) * 1000 > now) return false;
    spec.acquireTime = current.holderIdentity === me ? current.acquireTime : spec.renewTime;
    spec.leaseTransitions = (current.leaseTransitions ?? 0) + (current.holderIdentity === me ? 0 : 1);
    return this.write(() => this.client.update({ ...lease, spec }), spec, now);
  }

  private async write(send: () => Promise<KubeObject>, spec: LeaseSpec, now: number): Promise<boolean> {
    try {
      await send();
    } catch (err) {
      if (isConflictError(err) || isAlreadyExistsError(err)) return false;
      throw err;
    }
    this.observed = JSON.stringify(spec);
    this.observedAt = now;
    return true;
  }

  private async get(): Promise<Lease | undefined> {
    const { namespace, name } = this.options;
    try {
      return await this.client.get<Lease>({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', namespace, name });
    } catch (err) {
      if (isNotFoundError(err)) return undefined;
      throw err;
    }
  }

  private newLease(spec: LeaseSpec): Lease {
    const { namespace, name } = this.options;
    return { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name, namespace }, spec };
  }
}

// metav1.MicroTime: RFC 3339 with microseconds.
function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
