import type { Command } from 'commander';
import { parseInventoryEntry } from '../../api/inventory.js';
import { isNoKindMatchError, isNotFoundError, type ClusterClient, type KubeObject } from '../../cluster/client/index.js';
import { FIELD_MANAGER } from '../../controllers/kustomization/steps/apply-and-prune.js';
import type { KustomizationObject } from '../../controllers/kustomization/kustomization-object.js';
import { cliIO, interruptSignal } from '../cli-io.js';
import { connect } from '../connect.js';
import { ExitError } from '../exit-error.js';
import { globalFlags } from '../global-flags.js';
import { buildLocal } from '../local-build.js';
import { objectDiff, renderDiff } from '../object-diff.js';
import { kustomizationName, loadKustomization } from './build.js';

const subject = (o: { kind: string; namespace?: string; name: string }): string => `${o.kind}/${o.namespace ? `${o.namespace}/` : ''}${o.name}`;

async function liveOf(client: ClusterClient, obj: KubeObject, signal: AbortSignal): Promise<KubeObject | undefined> {
  try {
    return await client.get({ apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name ?? '', ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}) }, { signal });
  } catch (err) {
    if (isNotFoundError(err) || isNoKindMatchError(err)) return undefined;
    throw err;
  }
}

/** Prints what applying the objects would change; returns whether anything would. */
async function diffObjects(client: ClusterClient, ks: KustomizationObject, objects: KubeObject[], write: (s: string) => void, signal: AbortSignal): Promise<boolean> {
  let changed = false;
  for (const obj of objects) {
    const name = subject({ kind: obj.kind, namespace: obj.metadata.namespace, name: obj.metadata.name ?? '' });
    const live = await liveOf(client, obj, signal);
    if (!live) {
      write(`► ${name} created\n`);
      changed = true;
      continue;
    }
    const desired = await client.apply(obj, { fieldManager: FIELD_MANAGER, force: true, dryRun: true, signal });
    const changes = objectDiff(live, desired);
    if (changes.length === 0) continue;
    changed = true;
    write(`► ${name} drifted\n\n${renderDiff(changes)}\n`);
  }
  if (ks.spec.prune) {
    const built = new Set(objects.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`));
    for (const entry of ks.status?.inventory?.entries ?? []) {
      const ref = parseInventoryEntry(entry);
      if (built.has(`${ref.kind}/${ref.namespace}/${ref.name}`)) continue;
      write(`► ${subject(ref)} deleted\n`);
      changed = true;
    }
  }
  return changed;
}

/**
 * `fluxion diff kustomization NAME --path DIR`: builds DIR as the controller would, server-side dry-runs each
 * object and prints what would be created, drifted (field by field, Secret values masked) or pruned. Exits 1 when
 * anything would change, 0 when nothing would.
 */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('show what applying a local directory through a Kustomization would change (exit 1 on changes)')
    .argument('<kind>', 'kustomization')
    .argument('<name>', 'the Kustomization whose spec is used')
    .requiredOption('--path <dir>', 'the local directory to build (in place of spec.path)')
    .option('--kustomization-file <file>', 'read the Kustomization from this file instead of the cluster')
    .action(async (kind: string, name: string, flags: { path: string; kustomizationFile?: string }, cmd: Command) => {
      kustomizationName(kind, name, 'diff');
      const g = globalFlags(cmd);
      const client = await connect(g);
      const stop = interruptSignal(cmd);
      let changed: boolean;
      try {
        const ks = await loadKustomization(client, name, g.namespace, flags.kustomizationFile);
        const objects = await buildLocal(ks, flags.path, client, stop.signal);
        const out = cliIO(cmd).stdout;
        changed = await diffObjects(client, ks, objects, (s) => void out.write(s), stop.signal);
      } finally {
        stop.dispose();
        client.close();
      }
      if (changed) throw new ExitError(1);
    });
}
