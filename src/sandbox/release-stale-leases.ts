import { hostname } from 'node:os';
import { isConflictError, isNotFoundError, type ClusterClient } from '../cluster/client/index.js';

interface LeaseSpec { holderIdentity?: string }

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the controllers' Leases when their holder was a process on this host that no longer runs (a sandbox
 * stopped with kill -9), so a restarted sandbox leads at once instead of waiting for the lease to expire.
 * Leases held by live processes or other hosts are left alone.
 */
export async function releaseStaleLeases(client: ClusterClient, namespace: string, names: readonly string[]): Promise<string[]> {
  const released: string[] = [];
  const prefix = `${hostname()}_`;
  for (const name of names) {
    const ref = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name, namespace };
    try {
      const lease = await client.get(ref);
      const holder = ((lease.spec ?? {}) as LeaseSpec).holderIdentity ?? '';
      const pid = Number(holder.slice(prefix.length));
      if (!holder.startsWith(prefix) || !Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
      await client.delete(ref, { preconditions: { resourceVersion: lease.metadata.resourceVersion ?? '' } });
      released.push(name);
    } catch (err) {
      // Gone already, or renewed meanwhile (its holder is alive after all).
      if (!isNotFoundError(err) && !isConflictError(err)) throw err;
    }
  }
  return released;
}
