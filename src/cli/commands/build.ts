import type { Command } from 'commander';
import { renderKustomizeYaml } from '../../build/kustomize/index.js';
import type { JsonObject } from '../../lib/strategic-merge/index.js';
import type { ClusterClient } from '../../cluster/client/index.js';
import type { KustomizationObject } from '../../controllers/kustomization/kustomization-object.js';
import { cliIO, interruptSignal } from '../cli-io.js';
import { connect } from '../connect.js';
import { globalFlags } from '../global-flags.js';
import { buildLocal, kustomizationFromFile } from '../local-build.js';

const KS = 'kustomize.toolkit.fluxcd.io/v1';

interface BuildFlags { path: string; kustomizationFile?: string; dryRun?: boolean }

/** The Kustomization to build for: from `--kustomization-file`, else from the cluster. */
export async function loadKustomization(client: ClusterClient | undefined, name: string, namespace: string, file: string | undefined): Promise<KustomizationObject> {
  if (file) return kustomizationFromFile(file, name);
  if (!client) throw new Error('--dry-run needs --kustomization-file: without a cluster the Kustomization must come from a file');
  return client.get<KustomizationObject>({ apiVersion: KS, kind: 'Kustomization', name, namespace });
}

/** Checks the `kustomization NAME` words of build and diff. */
export function kustomizationName(kind: string, name: string, verb: string): string {
  if (!['kustomization', 'kustomizations', 'ks'].includes(kind.toLowerCase())) throw new Error(`${verb}: only kustomization is supported, not ${JSON.stringify(kind)}`);
  return name;
}

/**
 * `fluxion build kustomization NAME --path DIR`: builds a local directory exactly as the controller would for
 * that Kustomization (its overlay, the cluster's substitutions, Flux's labels) and prints the YAML.
 */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build a Kustomization from a local directory as the controller would, and print the YAML')
    .argument('<kind>', 'kustomization')
    .argument('<name>', 'the Kustomization whose spec is used')
    .requiredOption('--path <dir>', 'the local directory to build (in place of spec.path)')
    .option('--kustomization-file <file>', 'read the Kustomization from this file instead of the cluster')
    .option('--dry-run', 'do not contact the cluster (needs --kustomization-file; no substituteFrom)')
    .action(async (kind: string, name: string, flags: BuildFlags, cmd: Command) => {
      kustomizationName(kind, name, 'build');
      const g = globalFlags(cmd);
      const client = flags.dryRun ? undefined : await connect(g);
      const stop = interruptSignal(cmd);
      try {
        const ks = await loadKustomization(client, name, g.namespace, flags.kustomizationFile);
        const objects = await buildLocal(ks, flags.path, client, stop.signal);
        cliIO(cmd).stdout.write(renderKustomizeYaml(objects as unknown as JsonObject[]));
      } finally {
        stop.dispose();
        client?.close();
      }
    });
}
