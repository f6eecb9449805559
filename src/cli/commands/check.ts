import type { Command } from 'commander';
import semver from 'semver';
import { fluxCrds } from '../../api/crds.js';
import { isNotFoundError, type ClusterClient, type KubeObject } from '../../cluster/client/index.js';
import { controllerLiveness } from '../check-controllers.js';
import { cliIO } from '../cli-io.js';
import { connect, kubeconfigPath } from '../connect.js';
import { ExitError } from '../exit-error.js';
import { globalFlags, type GlobalFlags } from '../global-flags.js';
import { Messages } from '../output/messages.js';
import { serverVersion } from '../server-version.js';

/** The Kubernetes versions Flux 2.x supports (flux check's constraint). */
export const KUBERNETES_CONSTRAINT = '>=1.28.0-0';

interface Crd { metadata: { name?: string }; spec?: { versions?: Array<{ name: string; storage?: boolean }> }; status?: { conditions?: Array<{ type: string; status: string }> } }

async function checkKubernetes(g: GlobalFlags, say: Messages): Promise<boolean> {
  say.action('checking prerequisites');
  const info = await serverVersion({ path: kubeconfigPath(g), ...(g.context ? { context: g.context } : {}) });
  const version = semver.coerce(info.gitVersion)?.version;
  if (!version || !semver.satisfies(version, KUBERNETES_CONSTRAINT, { includePrerelease: true })) {
    say.failure(`Kubernetes version ${info.gitVersion} does not match ${KUBERNETES_CONSTRAINT}`);
    return false;
  }
  say.success(`Kubernetes ${version} ${KUBERNETES_CONSTRAINT}`);
  say.success('prerequisites checks passed');
  return true;
}

async function checkControllers(client: ClusterClient, namespace: string, say: Messages): Promise<boolean> {
  say.action('checking controllers');
  let ok = true;
  for (const c of await controllerLiveness(client, namespace)) {
    if (c.alive) say.success(`${c.name}: ${c.detail}`);
    else {
      ok = false;
      say.failure(`${c.name}: ${c.detail}`);
    }
  }
  return ok;
}

async function checkCrds(client: ClusterClient, say: Messages): Promise<boolean> {
  say.action('checking crds');
  let ok = true;
  for (const wanted of fluxCrds() as KubeObject[]) {
    const name = wanted.metadata.name ?? '';
    try {
      const crd = await client.get<KubeObject & Crd>({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name });
      const established = crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True');
      const storage = crd.spec?.versions?.find((v) => v.storage)?.name ?? '';
      if (established) say.success(`${name}/${storage}`);
      else {
        ok = false;
        say.failure(`${name}: not established`);
      }
    } catch (err) {
      if (!isNotFoundError(err)) throw err;
      ok = false;
      say.failure(`${name}: not found (run "fluxion install")`);
    }
  }
  return ok;
}

/**
 * `fluxion check [--pre]`: the cluster's Kubernetes version, then (without --pre) that the controllers are alive
 * and the Flux CRDs are installed and established; prints flux's ► / ✔ / ✗ lines and exits 1 on any failure.
 */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check the prerequisites and the installation: Kubernetes version, controllers, CRDs')
    .option('--pre', 'only check the prerequisites (before installing)')
    .action(async (flags: { pre?: boolean }, cmd: Command) => {
      const g = globalFlags(cmd);
      const say = new Messages(cliIO(cmd).stderr);
      const client = await connect(g);
      try {
        if (!(await checkKubernetes(g, say))) throw new ExitError(1, 'pre-install checks failed');
        if (flags.pre) return;
        const controllers = await checkControllers(client, g.namespace, say);
        const crds = await checkCrds(client, say);
        if (!controllers || !crds) throw new ExitError(1, 'check failed');
        say.success('all checks passed');
      } finally {
        client.close();
      }
    });
}
