import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ClusterClient } from '../cluster/client/index.js';
import type { GlobalFlags } from './global-flags.js';

/**
 * The kubeconfig path the CLI uses: `--kubeconfig`, else the first existing file of `$KUBECONFIG`, else
 * `~/.kube/config`, as kubectl and flux choose.
 */
export function kubeconfigPath(flags: Pick<GlobalFlags, 'kubeconfig'>, env: NodeJS.ProcessEnv = process.env): string {
  if (flags.kubeconfig) return flags.kubeconfig;
  const candidates = (env.KUBECONFIG ?? '').split(':').filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? candidates[0] ?? join(homedir(), '.kube', 'config');
}

/** A cluster client for the global flags; the error names the kubeconfig when it cannot be read. */
export async function connect(flags: GlobalFlags): Promise<ClusterClient> {
  const path = kubeconfigPath(flags);
  if (!existsSync(path)) {
    throw new Error(`kubeconfig ${path} not found: pass --kubeconfig, set KUBECONFIG, or start a sandbox with "fluxion up"`);
  }
  return ClusterClient.fromKubeconfig(flags.context ? { path, context: flags.context } : { path });
}
