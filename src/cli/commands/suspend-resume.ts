import type { Command } from 'commander';
import type { ClusterClient, ObjectRef } from '../../cluster/client/index.js';
import { cliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { ExitError } from '../exit-error.js';
import { globalFlags } from '../global-flags.js';
import { conditionOf, revisionOf } from '../object-status.js';
import { Messages } from '../output/messages.js';
import { requestReconcile, waitForReconcile } from '../reconcile-wait.js';
import { parseKindTarget } from '../target-args.js';

async function targets(client: ClusterClient, words: string[], all: boolean, namespace: string, verb: string): Promise<ObjectRef[]> {
  const { kind, name } = parseKindTarget(words, verb);
  if (!kind.suspendable) throw new Error(`${verb}: ${kind.kind} cannot be suspended`);
  if (name) return [{ apiVersion: kind.apiVersion, kind: kind.kind, name, namespace }];
  if (!all) throw new Error(`${verb} ${kind.path.join(' ')}: give a name or --all`);
  const list = await client.list({ apiVersion: kind.apiVersion, kind: kind.kind, namespace });
  return list.items.map((o) => ({ apiVersion: kind.apiVersion, kind: kind.kind, name: o.metadata.name ?? '', namespace }));
}

/** `fluxion suspend KIND NAME|--all`: sets `spec.suspend: true` so the controller stops reconciling. */
export function registerSuspend(program: Command): void {
  program
    .command('suspend')
    .description('suspend reconciliation of Flux resources')
    .argument('<target...>', 'kind and name: kustomization NAME, source git NAME, …')
    .option('--all', 'suspend every object of the kind in the namespace')
    .action(async (words: string[], flags: { all?: boolean }, cmd: Command) => {
      const g = globalFlags(cmd);
      const say = new Messages(cliIO(cmd).stderr);
      const client = await connect(g);
      try {
        for (const ref of await targets(client, words, !!flags.all, g.namespace, 'suspend')) {
          say.action(`suspending ${ref.kind} ${ref.name} in ${ref.namespace} namespace`);
          await client.patch(ref, { spec: { suspend: true } });
          say.success(`${ref.kind} suspended`);
        }
      } finally {
        client.close();
      }
    });
}

/** `fluxion resume KIND NAME|--all`: clears `spec.suspend`, asks for a reconcile and waits for it. */
export function registerResume(program: Command): void {
  program
    .command('resume')
    .description('resume suspended Flux resources and wait for them to reconcile')
    .argument('<target...>', 'kind and name: kustomization NAME, source git NAME, …')
    .option('--all', 'resume every object of the kind in the namespace')
    .option('--wait', 'wait for the resources to become ready (default true)', true)
    .action(async (words: string[], flags: { all?: boolean; wait?: boolean }, cmd: Command) => {
      const g = globalFlags(cmd);
      const say = new Messages(cliIO(cmd).stderr);
      const client = await connect(g);
      let failed = false;
      try {
        const refs = await targets(client, words, !!flags.all, g.namespace, 'resume');
        const tokens = new Map<ObjectRef, string>();
        for (const ref of refs) {
          say.action(`resuming ${ref.kind} ${ref.name} in ${ref.namespace} namespace`);
          tokens.set(ref, await requestReconcile(client, ref, { suspend: false }));
          say.success(`${ref.kind} resumed`);
        }
        if (flags.wait === false) return;
        for (const ref of refs) {
          say.waiting(`waiting for ${ref.kind} ${ref.name} reconciliation`);
          const obj = await waitForReconcile(client, ref, tokens.get(ref), g.timeout);
          const ready = conditionOf(obj, 'Ready');
          if (ready?.status === 'True') say.success(`${ref.kind} ${ref.name} reconciliation completed (revision ${revisionOf(obj)})`);
          else {
            failed = true;
            say.failure(`${ref.kind} ${ref.name} reconciliation failed: ${ready?.message ?? 'not ready'}`);
          }
        }
      } finally {
        client.close();
      }
      if (failed) throw new ExitError(1);
    });
}
