import type { Command } from 'commander';
import type { ClusterClient, KubeObject } from '../../cluster/client/index.js';
import { cliIO, interruptSignal } from '../cli-io.js';
import { connect } from '../connect.js';
import { globalFlags, type GlobalFlags } from '../global-flags.js';
import { Messages } from '../output/messages.js';
import { renderTable } from '../output/table.js';
import { watchUntilAborted } from '../watch-until-aborted.js';

interface CoreEvent extends KubeObject {
  type?: string;
  reason?: string;
  message?: string;
  lastTimestamp?: string;
  eventTime?: string;
  firstTimestamp?: string;
  involvedObject?: { kind?: string; name?: string; namespace?: string };
}

const whenOf = (e: CoreEvent): string => e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? '';

function age(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (Number.isNaN(s)) return '<unknown>';
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.floor(s / 60)}m`;
  return s < 172800 ? `${Math.floor(s / 3600)}h` : `${Math.floor(s / 86400)}d`;
}

function parseFor(value: string | undefined): { kind: string; name: string } | undefined {
  if (!value) return undefined;
  const [kind, name] = value.split('/', 2);
  if (!kind || !name) throw new Error(`--for ${value}: expected Kind/name, e.g. Kustomization/infrastructure`);
  return { kind: kind.toLowerCase(), name };
}

function row(e: CoreEvent, allNamespaces: boolean, now: number): string[] {
  const obj = `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`;
  const cells = [age(whenOf(e), now), e.type ?? '', e.reason ?? '', obj, (e.message ?? '').replaceAll('\n', ' ')];
  return allNamespaces ? [e.metadata.namespace ?? '', ...cells] : cells;
}

async function listEvents(client: ClusterClient, g: GlobalFlags, target: { kind: string; name: string } | undefined): Promise<CoreEvent[]> {
  const list = await client.list<CoreEvent>({ apiVersion: 'v1', kind: 'Event', ...(g.allNamespaces ? {} : { namespace: g.namespace }) });
  return list.items
    .filter((e) => !target || (e.involvedObject?.kind?.toLowerCase() === target.kind && e.involvedObject?.name === target.name))
    .sort((a, b) => whenOf(a).localeCompare(whenOf(b)));
}

/** `fluxion events [--for Kind/name] [-A] [--watch]`: the Kubernetes Events of Flux objects, oldest first. */
export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('display Kubernetes events for Flux resources')
    .option('--for <Kind/name>', 'only events of this object, e.g. Kustomization/infrastructure')
    .option('-w, --watch', 'keep printing new events')
    .action(async (flags: { for?: string; watch?: boolean }, cmd: Command) => {
      const g = globalFlags(cmd);
      const target = parseFor(flags.for);
      const io = cliIO(cmd);
      const client = await connect(g);
      const header = [...(g.allNamespaces ? ['namespace'] : []), 'last seen', 'type', 'reason', 'object', 'message'];
      try {
        const events = await listEvents(client, g, target);
        const now = Date.now();
        if (events.length === 0 && !flags.watch) {
          new Messages(io.stderr).failure(`no events found${target ? ` for ${flags.for}` : ''} in ${g.allNamespaces ? 'any' : `"${g.namespace}"`} namespace`);
          return;
        }
        io.stdout.write(renderTable(header, events.map((e) => row(e, g.allNamespaces, now))));
        if (!flags.watch) return;
        const stop = interruptSignal(cmd);
        const seen = new Set(events.map((e) => `${e.metadata.uid}/${e.metadata.resourceVersion}`));
        try {
          for await (const ev of watchUntilAborted<CoreEvent>(client, { apiVersion: 'v1', kind: 'Event', ...(g.allNamespaces ? {} : { namespace: g.namespace }) }, stop.signal)) {
            const e = ev.object;
            if (ev.type === 'BOOKMARK' || ev.type === 'DELETED' || seen.has(`${e.metadata.uid}/${e.metadata.resourceVersion}`)) continue;
            if (target && (e.involvedObject?.kind?.toLowerCase() !== target.kind || e.involvedObject?.name !== target.name)) continue;
            io.stdout.write(renderTable(header, [row(e, g.allNamespaces, Date.now())]).split('\n')[1] + '\n');
          }
        } catch (err) {
          if (!stop.signal.aborted) throw err;
        } finally {
          stop.dispose();
        }
      } finally {
        client.close();
      }
    });
}
