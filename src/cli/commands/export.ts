import type { Command } from 'commander';
import { stringify } from 'yaml';
import { cliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { exportable } from '../export-object.js';
import { globalFlags } from '../global-flags.js';
import { parseKindTarget } from '../target-args.js';

/** `fluxion export KIND NAME|--all`: clean YAML (no status, no server fields) ready to commit to Git. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export Flux resources as YAML without status, ready for Git')
    .argument('<target...>', 'kind and name: kustomization NAME, source git NAME, …')
    .option('--all', 'export every object of the kind in the namespace')
    .action(async (words: string[], flags: { all?: boolean }, cmd: Command) => {
      const g = globalFlags(cmd);
      const { kind, name } = parseKindTarget(words, 'export');
      if (!name && !flags.all) throw new Error(`export ${kind.path.join(' ')}: give a name or --all`);
      const client = await connect(g);
      try {
        const objects = name
          ? [await client.get({ apiVersion: kind.apiVersion, kind: kind.kind, name, namespace: g.namespace })]
          : (await client.list({ apiVersion: kind.apiVersion, kind: kind.kind, ...(g.allNamespaces ? {} : { namespace: g.namespace }) })).items
            .sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
        for (const obj of objects) cliIO(cmd).stdout.write(`---\n${stringify(exportable(obj), { lineWidth: 0 })}`);
      } finally {
        client.close();
      }
    });
}
