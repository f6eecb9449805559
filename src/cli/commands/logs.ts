import type { Command } from 'commander';
import { createReadStream, existsSync, statSync, watchFile, unwatchFile } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { cliIO, interruptSignal, type OutputSink } from '../cli-io.js';
import { kubeconfigPath } from '../connect.js';
import { globalFlags, type GlobalFlags } from '../global-flags.js';

interface LogsFlags { kind?: string; name?: string; level?: string; follow?: boolean; tail?: string }
interface LogLine { level?: string; ts?: string; time?: string; msg?: string; kind?: string; name?: string; namespace?: string; controller?: string; error?: string }

const levels = ['trace', 'debug', 'info', 'warn', 'error'];

/** Whether a JSON log line passes `--kind/--name/--level` and the namespace scope. */
export function logLineMatches(line: LogLine, f: LogsFlags, g: Pick<GlobalFlags, 'namespace' | 'allNamespaces'>): boolean {
  if (f.kind && line.kind?.toLowerCase() !== f.kind.toLowerCase()) return false;
  if (f.name && line.name !== f.name) return false;
  if (!g.allNamespaces && line.namespace !== undefined && line.namespace !== g.namespace) return false;
  if (f.level && levels.indexOf(line.level ?? 'info') < levels.indexOf(f.level)) return false;
  return true;
}

/** A log line as `flux logs` prints it: `time level Kind/name.namespace - message`. */
export function formatLogLine(line: LogLine): string {
  const who = line.kind ? `${line.kind}/${line.name ?? ''}.${line.namespace ?? ''}` : (line.controller ?? 'controller');
  return `${line.ts ?? line.time ?? ''} ${line.level ?? 'info'} ${who} - ${line.msg ?? ''}${line.error ? `: ${line.error}` : ''}`;
}

function parse(text: string): LogLine | undefined {
  try {
    return JSON.parse(text) as LogLine;
  } catch {
    return undefined;
  }
}

async function printFrom(out: OutputSink, file: string, start: number, f: LogsFlags, g: GlobalFlags, tail: number | undefined): Promise<number> {
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(file, { start }) });
  for await (const text of rl) {
    const line = parse(text);
    if (line && logLineMatches(line, f, g)) lines.push(formatLogLine(line));
  }
  for (const l of tail === undefined ? lines : lines.slice(-tail)) out.write(l + '\n');
  return statSync(file).size;
}

/**
 * `fluxion logs [--kind K] [--name N] [--level L] [--follow]`: the controllers' JSON log stream, filtered. Reads
 * the log the sandbox writes next to its kubeconfig (`<state-dir>/controllers.log`).
 */
export function registerLogs(program: Command): void {
  program
    .command('logs')
    .description('display the controllers\' logs, filtered by kind, name and level')
    .option('--kind <kind>', 'only lines about objects of this kind')
    .option('--name <name>', 'only lines about objects with this name')
    .option('--level <level>', 'minimum level: debug, info, error')
    .option('-f, --follow', 'keep printing new lines')
    .option('--tail <n>', 'only the last n matching lines')
    .action(async (f: LogsFlags, cmd: Command) => {
      const g = globalFlags(cmd);
      if (f.level && !levels.includes(f.level)) throw new Error(`--level ${f.level}: expected one of ${levels.join(', ')}`);
      const file = join(dirname(kubeconfigPath(g)), 'controllers.log');
      if (!existsSync(file)) throw new Error(`no controller log at ${file}: logs are read from a sandbox's state dir (fluxion up); on a cluster use kubectl logs -n ${g.namespace} deploy/fluxion-controllers`);
      const out = cliIO(cmd).stdout;
      let offset = await printFrom(out, file, 0, f, g, f.tail ? Number(f.tail) : undefined);
      if (!f.follow) return;
      const stop = interruptSignal(cmd);
      await new Promise<void>((done) => {
        const onChange = (): void => {
          if (statSync(file).size > offset) void printFrom(out, file, offset, f, g, undefined).then((end) => { offset = end; });
        };
        watchFile(file, { interval: 250 }, onChange);
        stop.signal.addEventListener('abort', () => { unwatchFile(file, onChange); stop.dispose(); done(); }, { once: true });
      });
    });
}
