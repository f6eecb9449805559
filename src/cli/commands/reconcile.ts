import type { Command } from 'commander';
import type { ClusterClient, KubeObject, ObjectRef } from '../../cluster/client/index.js';
import { cliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { findCliKind } from '../flux-kinds.js';
import { globalFlags } from '../global-flags.js';
import { conditionOf, revisionOf } from '../object-status.js';
import { Messages } from '../output/messages.js';
import { requestReconcile, waitForReconcile } from '../reconcile-wait.js';
import { parseKindTarget } from '../target-args.js';

async function reconcileOne(client: ClusterClient, ref: ObjectRef, timeout: string, say: Messages): Promise<KubeObject> {
  const current = await client.get(ref);
  if ((current.spec as { suspend?: boolean } | undefined)?.suspend) throw new Error(`${ref.kind} ${ref.namespace}/${ref.name} is suspended: resume it first (fluxion resume …)`);
  say.action(`annotating ${ref.kind} ${ref.name} in ${ref.namespace} namespace`);
  const token = await requestReconcile(client, ref);
  say.success(`${ref.kind} annotated`);
  say.waiting(`waiting for ${ref.kind} reconciliation`);
  const obj = await waitForReconcile(client, ref, token, timeout);
  const ready = conditionOf(obj, 'Ready');
  if (ready?.status !== 'True') throw new Error(`${ref.kind} reconciliation failed: ${ready?.message ?? 'not ready'}`);
  return obj;
}

/** `fluxion reconcile KIND NAME [--with-source]`: asks for a reconcile now, waits for it, prints the outcome. */
export function registerReconcile(program: Command): void {
  program
    .command('reconcile')
    .description('trigger a reconciliation of a Flux resource and wait for it to finish')
    .argument('<target...>', 'kind and name: kustomization NAME, source git NAME, helmrelease NAME, …')
    .option('--with-source', 'reconcile the source (sourceRef) first')
    .action(async (words: string[], flags: { withSource?: boolean }, cmd: Command) => {
      const g = globalFlags(cmd);
      const { kind, name } = parseKindTarget(words, 'reconcile');
      if (!name) throw new Error(`reconcile ${kind.path.join(' ')}: a name is required`);
      const say = new Messages(cliIO(cmd).stderr);
      const client = await connect(g);
      try {
        const ref = { apiVersion: kind.apiVersion, kind: kind.kind, name, namespace: g.namespace };
        if (flags.withSource) {
          const obj = await client.get(ref);
          const src = (obj.spec as { sourceRef?: { kind: string; name: string; namespace?: string } } | undefined)?.sourceRef
            ?? (obj.spec as { chart?: { spec?: { sourceRef?: { kind: string; name: string; namespace?: string } } } } | undefined)?.chart?.spec?.sourceRef;
          const srcKind = src && findCliKind([src.kind]);
          if (src && srcKind) {
            const srcObj = await reconcileOne(client, { apiVersion: srcKind.apiVersion, kind: src.kind, name: src.name, namespace: src.namespace ?? g.namespace }, g.timeout, say);
            say.success(`fetched revision ${revisionOf(srcObj)}`);
          }
        }
        const obj = await reconcileOne(client, ref, g.timeout, say);
        const what = kind.kind === 'Kustomization' || kind.kind === 'HelmRelease' ? 'applied revision' : 'fetched revision';
        say.success(`${what} ${revisionOf(obj)}`);
      } finally {
        client.close();
      }
    });
}
