import type { Command } from 'commander';
import type { ClusterClient, KubeObject } from '../../cluster/client/index.js';
import { cliIO, interruptSignal, type CliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { cliKinds, findCliKind, readiness, type CliKind } from '../flux-kinds.js';
import { globalFlags, type GlobalFlags } from '../global-flags.js';
import { Messages } from '../output/messages.js';
import { renderTable } from '../output/table.js';
import { watchUntilAborted } from '../watch-until-aborted.js';

interface GetFlags { watch?: boolean; statusSelector?: string; header?: boolean }

/** Which kinds a `get` names: one kind, `all`, `sources all`, `images all`; and the object name if given. */
export function resolveGetTarget(words: readonly string[]): { kinds: CliKind[]; name?: string; prefixed: boolean } {
  const [first = '', second] = words.map((w) => w.toLowerCase());
  const group = first === 'sources' || first === 'source' ? 'source' : first === 'images' || first === 'image' ? 'image' : undefined;
  if (first === 'all') return { kinds: cliKinds.filter((k) => k.path[0] !== 'image'), prefixed: true };
  if (group && second === 'all') return { kinds: cliKinds.filter((k) => k.path[0] === group), prefixed: true };
  const kind = findCliKind(words);
  if (!kind) throw new Error(`unknown kind ${JSON.stringify(words.join(' '))}: try kustomizations, sources git, helmreleases, images policy, all`);
  const name = words[kind.path.length];
  return name ? { kinds: [kind], name, prefixed: false } : { kinds: [kind], prefixed: false };
}

/** One table row for an object, as `flux get` prints it. */
export function rowOf(kind: CliKind, obj: KubeObject, opts: { allNamespaces: boolean; prefixed: boolean }): string[] {
  const { ready, message } = readiness(obj);
  const name = opts.prefixed ? `${kind.kind.toLowerCase()}/${obj.metadata.name}` : String(obj.metadata.name);
  const suspended = (obj.spec as { suspend?: boolean } | undefined)?.suspend === true ? 'True' : 'False';
  const cells = [name, ...kind.columns.map(([, value]) => value(obj)), ...(kind.suspendable ? [suspended] : []), ready, message.replaceAll('\n', ' ')];
  return opts.allNamespaces ? [String(obj.metadata.namespace ?? ''), ...cells] : cells;
}

/** The header matching rowOf. */
export function headerOf(kind: CliKind, allNamespaces: boolean): string[] {
  const cells = ['name', ...kind.columns.map(([h]) => h), ...(kind.suspendable ? ['suspended'] : []), 'ready', 'message'];
  return allNamespaces ? ['namespace', ...cells] : cells;
}

function matchesSelector(obj: KubeObject, selector: string | undefined): boolean {
  if (!selector) return true;
  const [key, want] = selector.split('=', 2);
  if (key?.toLowerCase() !== 'ready' || want === undefined) throw new Error(`--status-selector ${selector}: expected ready=true|false|unknown`);
  return readiness(obj).ready.toLowerCase() === want.toLowerCase();
}

async function listKind(client: ClusterClient, kind: CliKind, g: GlobalFlags, name?: string): Promise<KubeObject[]> {
  const namespace = g.allNamespaces ? undefined : g.namespace;
  if (name) return [await client.get({ apiVersion: kind.apiVersion, kind: kind.kind, name, namespace: g.namespace })];
  const list = await client.list({ apiVersion: kind.apiVersion, kind: kind.kind, ...(namespace ? { namespace } : {}) });
  return list.items.sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
}

async function printOnce(client: ClusterClient, target: ReturnType<typeof resolveGetTarget>, g: GlobalFlags, flags: GetFlags, io: CliIO): Promise<void> {
  const sections: string[] = [];
  for (const kind of target.kinds) {
    let objects: KubeObject[];
    try {
      objects = (await listKind(client, kind, g, target.name)).filter((o) => matchesSelector(o, flags.statusSelector));
    } catch (err) {
      // `get all` on a cluster without some CRDs (no image automation installed) skips those kinds.
      if (target.kinds.length > 1 && (err as Error).name === 'NoKindMatchError') continue;
      throw err;
    }
    if (objects.length === 0) continue;
    const rows = objects.map((o) => rowOf(kind, o, { allNamespaces: g.allNamespaces, prefixed: target.prefixed }));
    const table = renderTable(headerOf(kind, g.allNamespaces), rows);
    sections.push(flags.header === false ? table.slice(table.indexOf('\n') + 1) : table);
  }
  if (sections.length === 0) {
    const what = target.kinds.length === 1 ? `${target.kinds[0]!.kind} objects` : 'objects';
    new Messages(io.stderr).failure(g.allNamespaces ? `no ${what} found in any namespace` : `no ${what} found in "${g.namespace}" namespace`);
    return;
  }
  io.stdout.write(sections.join('\n'));
}

async function watchKind(client: ClusterClient, kind: CliKind, g: GlobalFlags, flags: GetFlags, cmd: Command): Promise<void> {
  const io = cliIO(cmd);
  const header = headerOf(kind, g.allNamespaces);
  io.stdout.write(renderTable(header, []));
  const stop = interruptSignal(cmd);
  const namespace = g.allNamespaces ? undefined : g.namespace;
  try {
    for await (const ev of watchUntilAborted(client, { apiVersion: kind.apiVersion, kind: kind.kind, ...(namespace ? { namespace } : {}) }, stop.signal)) {
      if (ev.type === 'BOOKMARK' || ev.type === 'DELETED' || !matchesSelector(ev.object, flags.statusSelector)) continue;
      const row = rowOf(kind, ev.object, { allNamespaces: g.allNamespaces, prefixed: false });
      io.stdout.write(renderTable(header, [row]).split('\n')[1] + '\n');
    }
  } catch (err) {
    if (!stop.signal.aborted) throw err;
  } finally {
    stop.dispose();
  }
}

/** `fluxion get …`: Flux's tables of sources, Kustomizations, HelmReleases, image automation and notifications. */
export function registerGet(program: Command): void {
  program
    .command('get')
    .description('get the status of Flux resources (kustomizations, sources git, helmreleases, all, …)')
    .argument('<kind...>', 'kind (and optional name): kustomizations [NAME], sources git, sources all, helmreleases, images policy, all')
    .option('-w, --watch', 'after listing, watch for changes')
    .option('--status-selector <sel>', 'only objects whose condition matches, e.g. ready=false')
    .option('--no-header', 'omit the table header')
    .action(async (words: string[], flags: GetFlags, cmd: Command) => {
      const g = globalFlags(cmd);
      const target = resolveGetTarget(words);
      const client = await connect(g);
      try {
        if (flags.watch && target.kinds.length === 1 && !target.name) await watchKind(client, target.kinds[0]!, g, flags, cmd);
        else await printOnce(client, target, g, flags, cliIO(cmd));
      } finally {
        client.close();
      }
    });
}
