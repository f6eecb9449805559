import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import { isNotFoundError } from '../cluster/client/index.js';

/** Flux's controllers as fluxion runs them, each holding the Lease `<name>-leader-election` while alive. */
export const controllerNames = ['source-controller', 'kustomize-controller'] as const;

/** One controller's liveness as read from its Lease. */
export interface ControllerLiveness {
  name: string;
  alive: boolean;
  detail: string;
}

interface LeaseSpec { holderIdentity?: string; renewTime?: string; leaseDurationSeconds?: number }

/**
 * Whether each controller is alive: its Lease in `namespace` has a holder and was renewed within its duration.
 * A missing Lease means the controllers run without `--leader-elect`, or not at all.
 */
export async function controllerLiveness(client: ClusterClient, namespace: string, now = Date.now()): Promise<ControllerLiveness[]> {
  const out: ControllerLiveness[] = [];
  for (const name of controllerNames) {
    let lease: KubeObject;
    try {
      lease = await client.get({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name: `${name}-leader-election`, namespace });
    } catch (err) {
      if (!isNotFoundError(err)) throw err;
      out.push({ name, alive: false, detail: `no Lease ${namespace}/${name}-leader-election: start the controllers with "fluxion controllers --leader-elect" or "fluxion up"` });
      continue;
    }
    const spec = (lease.spec ?? {}) as LeaseSpec;
    const renewed = spec.renewTime ? Date.parse(spec.renewTime) : NaN;
    const ageS = Math.max(0, Math.round((now - renewed) / 1000));
    const limitS = spec.leaseDurationSeconds ?? 15;
    if (!spec.holderIdentity || Number.isNaN(renewed)) out.push({ name, alive: false, detail: 'Lease has no holder' });
    else if (ageS > limitS) out.push({ name, alive: false, detail: `leader ${spec.holderIdentity} last renewed ${ageS}s ago (lease expires after ${limitS}s)` });
    else out.push({ name, alive: true, detail: `leader ${spec.holderIdentity}, renewed ${ageS}s ago` });
  }
  return out;
}
