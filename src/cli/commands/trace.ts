import type { Command } from 'commander';
import type { ClusterClient, KubeObject } from '../../cluster/client/index.js';
import { cliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { findCliKind } from '../flux-kinds.js';
import { globalFlags } from '../global-flags.js';
import { apiVersionForKind } from '../kind-lookup.js';
import { conditionOf, revisionOf } from '../object-status.js';

const NAME_LABEL = 'kustomize.toolkit.fluxcd.io/name';
const NAMESPACE_LABEL = 'kustomize.toolkit.fluxcd.io/namespace';

function section(rows: Array<[string, string | undefined]>): string {
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${`${k}:`.padEnd(width)}${v}`).join('\n') + '\n';
}

function statusRows(obj: KubeObject): Array<[string, string | undefined]> {
  const ready = conditionOf(obj, 'Ready');
  const status = ready?.status === 'True' ? `Last reconciled at ${ready.lastTransitionTime ?? ''}` : ready ? `Not ready (${ready.reason ?? ''})` : 'Unknown';
  return [['Revision', revisionOf(obj)], ['Status', status], ['Message', ready?.message]];
}

async function traceSource(client: ClusterClient, owner: KubeObject): Promise<string> {
  const ref = (owner.spec as { sourceRef?: { kind: string; name: string; namespace?: string } } | undefined)?.sourceRef;
  const kind = ref && findCliKind([ref.kind]);
  if (!ref || !kind) return '';
  const src = await client.get({ apiVersion: kind.apiVersion, kind: kind.kind, name: ref.name, namespace: ref.namespace ?? owner.metadata.namespace ?? '' });
  const spec = (src.spec ?? {}) as { url?: string; ref?: Record<string, string> };
  const refText = spec.ref ? Object.entries(spec.ref).map(([k, v]) => `${k[0]!.toUpperCase()}${k.slice(1)}: ${v}`).join(', ') : undefined;
  return '---\n' + section([[src.kind, src.metadata.name], ['Namespace', src.metadata.namespace], ['URL', spec.url], ['Ref', refText], ...statusRows(src)]);
}

/** `fluxion trace KIND NAME` (or `KIND/NAME`): which Kustomization manages an object, and from which source revision. */
export function registerTrace(program: Command): void {
  program
    .command('trace')
    .description('trace an object to the Kustomization and source revision that manage it')
    .argument('<object...>', 'KIND NAME, KIND/NAME, or NAME with --kind')
    .option('--kind <kind>', 'the object\'s kind')
    .option('--api-version <v>', 'the object\'s apiVersion (for custom kinds)')
    .action(async (words: string[], flags: { kind?: string; apiVersion?: string }, cmd: Command) => {
      const g = globalFlags(cmd);
      const [first = '', second] = words;
      const [kindWord, name] = first.includes('/') ? first.split('/', 2) : second ? [first, second] : [flags.kind ?? '', first];
      if (!kindWord || !name) throw new Error('trace: give KIND NAME, KIND/NAME or NAME --kind KIND');
      const resolved = flags.apiVersion ? { apiVersion: flags.apiVersion, kind: kindWord } : apiVersionForKind(kindWord);
      if (!resolved) throw new Error(`trace: unknown kind ${JSON.stringify(kindWord)}; pass --api-version for custom kinds`);
      const client = await connect(g);
      try {
        // A cluster-scoped kind ignores the namespace.
        let obj = await client.get({ ...resolved, name, namespace: g.namespace });
        let out = section([['Object', `${obj.kind}/${obj.metadata.name}`], ['Namespace', obj.metadata.namespace]]);
        const labels = obj.metadata.labels ?? {};
        const ksName = labels[NAME_LABEL];
        if (obj.kind === 'Kustomization' && !ksName) {
          out += (await traceSource(client, obj)).replace(/^---\n/, 'Status:    Managed by itself\n---\n');
        } else if (!ksName) {
          out += 'Status:    Not managed by Flux\n';
        } else {
          out += 'Status:    Managed by Flux\n';
          obj = await client.get({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name: ksName, namespace: labels[NAMESPACE_LABEL] ?? g.namespace });
          const path = (obj.spec as { path?: string } | undefined)?.path;
          out += '---\n' + section([['Kustomization', obj.metadata.name], ['Namespace', obj.metadata.namespace], ['Path', path], ...statusRows(obj)]);
          out += await traceSource(client, obj);
        }
        cliIO(cmd).stdout.write(out);
      } finally {
        client.close();
      }
    });
}
