import type { Command } from 'commander';
import { stringify } from 'yaml';
import { isNotFoundError } from '../../cluster/client/index.js';
import { cliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { globalFlags } from '../global-flags.js';
import { installManifests } from '../install-manifests.js';
import { Messages } from '../output/messages.js';
import { cliVersion as version } from '../cli-version.js';
import { applyObjects } from '../apply-objects.js';

/** `fluxion install [--export]`: CRDs, namespace, RBAC and the controllers' Deployment, printed or applied. */
export function registerInstall(program: Command): void {
  program
    .command('install')
    .description('install the Flux CRDs and the Fluxion controllers in a cluster (or print them with --export)')
    .option('--export', 'print the manifests as YAML instead of applying them')
    .option('--image <ref>', 'the controllers\' container image', `ghcr.io/fluxion-dev/fluxion:v${version()}`)
    .action(async (flags: { export?: boolean; image: string }, cmd: Command) => {
      const g = globalFlags(cmd);
      const objects = installManifests({ namespace: g.namespace, image: flags.image, version: version() });
      if (flags.export) {
        for (const o of objects) cliIO(cmd).stdout.write(`---\n${stringify(o, { lineWidth: 0 })}`);
        return;
      }
      const say = new Messages(cliIO(cmd).stderr);
      const client = await connect(g);
      try {
        say.action('installing components in ' + g.namespace + ' namespace');
        await applyObjects(client, objects);
        say.success(`installed ${objects.length} objects`);
      } finally {
        client.close();
      }
    });
}

/** `fluxion uninstall`: removes the controllers, RBAC and namespace; with --crds also the CRDs (and every Flux object). */
export function registerUninstall(program: Command): void {
  program
    .command('uninstall')
    .description('remove the Fluxion controllers from a cluster')
    .option('--crds', 'also delete the Flux CRDs, and with them every Flux object')
    .action(async (flags: { crds?: boolean }, cmd: Command) => {
      const g = globalFlags(cmd);
      const say = new Messages(cliIO(cmd).stderr);
      const client = await connect(g);
      try {
        const objects = installManifests({ namespace: g.namespace, image: 'unused', version: version() })
          .filter((o) => flags.crds || o.kind !== 'CustomResourceDefinition')
          .reverse();
        for (const o of objects) {
          const ref = { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name ?? '', ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}) };
          await client.delete(ref).then(() => say.success(`${o.kind}/${ref.name} deleted`), (err) => { if (!isNotFoundError(err)) throw err; });
        }
        say.success('uninstall finished');
      } finally {
        client.close();
      }
    });
}
