import type { Command } from 'commander';
import { stringify } from 'yaml';
import { parseInventoryEntry, type ResourceRef } from '../../api/inventory.js';
import type { KubeObject } from '../../cluster/client/index.js';
import { cliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { globalFlags } from '../global-flags.js';
import { renderTable } from '../output/table.js';
import { parseKindTarget } from '../target-args.js';

interface Condition { type: string; status: string; reason?: string; message?: string; lastTransitionTime?: string }

function indent(text: string, by = '  '): string {
  return text.trimEnd().split('\n').map((l) => by + l).join('\n') + '\n';
}

/**
 * `fluxion describe KIND NAME`: one page with the spec, conditions, dependencies, inventory and recent events
 * (seed 001 uses `flux describe`, which Flux never had).
 */
export function registerDescribe(program: Command): void {
  program
    .command('describe')
    .description('show a Flux resource: spec, conditions, dependencies, inventory and recent events')
    .argument('<target...>', 'kind and name: kustomization NAME, source git NAME, …')
    .action(async (words: string[], _flags: unknown, cmd: Command) => {
      const g = globalFlags(cmd);
      const { kind, name } = parseKindTarget(words, 'describe');
      if (!name) throw new Error(`describe ${kind.path.join(' ')}: a name is required`);
      const client = await connect(g);
      try {
        const obj = await client.get({ apiVersion: kind.apiVersion, kind: kind.kind, name, namespace: g.namespace });
        const status = (obj.status ?? {}) as { conditions?: Condition[]; inventory?: { entries?: ResourceRef[] }; lastAppliedRevision?: string; lastAttemptedRevision?: string; artifact?: { revision?: string; digest?: string; url?: string } };
        let out = `Name:         ${obj.metadata.name}\nNamespace:    ${obj.metadata.namespace}\nKind:         ${obj.kind}\nAPI Version:  ${obj.apiVersion}\n`;
        if (status.lastAppliedRevision) out += `Applied:      ${status.lastAppliedRevision}\n`;
        if (status.lastAttemptedRevision && status.lastAttemptedRevision !== status.lastAppliedRevision) out += `Attempted:    ${status.lastAttemptedRevision}\n`;
        if (status.artifact?.revision) out += `Artifact:     ${status.artifact.revision} (${status.artifact.digest ?? ''})\n`;
        out += 'Spec:\n' + indent(stringify(obj.spec ?? {}, { lineWidth: 0 }));
        const conditions = status.conditions ?? [];
        out += 'Conditions:\n' + (conditions.length
          ? indent(renderTable(['type', 'status', 'reason', 'since', 'message'], conditions.map((c) => [c.type, c.status, c.reason ?? '', c.lastTransitionTime ?? '', (c.message ?? '').replaceAll('\n', ' ')])))
          : '  <none>\n');
        const deps = ((obj.spec as { dependsOn?: Array<{ name: string; namespace?: string }> } | undefined)?.dependsOn) ?? [];
        if (deps.length) {
          out += 'Depends on:\n';
          for (const d of deps) {
            const ns = d.namespace ?? g.namespace;
            const dep = await client.get({ apiVersion: obj.apiVersion, kind: obj.kind, name: d.name, namespace: ns }).catch(() => undefined);
            const ready = ((dep?.status as { conditions?: Condition[] } | undefined)?.conditions ?? []).find((c) => c.type === 'Ready');
            out += `  ${ns}/${d.name}: ${dep ? `Ready=${ready?.status ?? 'Unknown'}${ready?.message ? ` (${ready.message})` : ''}` : 'not found'}\n`;
          }
        }
        const entries = status.inventory?.entries ?? [];
        if (entries.length) {
          out += `Inventory (${entries.length}):\n`;
          for (const e of entries) {
            const o = parseInventoryEntry(e);
            out += `  ${o.kind}/${o.namespace ? `${o.namespace}/` : ''}${o.name}\n`;
          }
        }
        const events = (await client.list<KubeObject & { reason?: string; message?: string; type?: string; lastTimestamp?: string; involvedObject?: { kind?: string; name?: string } }>({ apiVersion: 'v1', kind: 'Event', namespace: g.namespace })).items
          .filter((e) => e.involvedObject?.kind === obj.kind && e.involvedObject?.name === name)
          .sort((a, b) => (a.lastTimestamp ?? '').localeCompare(b.lastTimestamp ?? ''))
          .slice(-10);
        out += 'Events:\n' + (events.length
          ? indent(renderTable(['last seen', 'type', 'reason', 'message'], events.map((e) => [e.lastTimestamp ?? '', e.type ?? '', e.reason ?? '', (e.message ?? '').replaceAll('\n', ' ')])))
          : '  <none>\n');
        cliIO(cmd).stdout.write(out);
      } finally {
        client.close();
      }
    });
}
