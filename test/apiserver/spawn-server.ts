import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const childScript = fileURLToPath(new URL(`./server-child.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url));

/** An API server running in its own process (so client and server do not share an event loop, and kill -9 works). */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  kubeconfigPath: string;
}

/** Starts the API server in a child process on `stateDir` (port 0 = any) and resolves once it listens. */
export async function spawnServer(stateDir: string, port = 0): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...process.execArgv.filter((a) => !a.startsWith('--test')), childScript, stateDir, String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0] ?? '');
    });
    child.stderr?.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code) => reject(new Error(`server exited ${String(code)}: ${err}`)));
  });
  const info = JSON.parse(line) as { url: string; kubeconfigPath: string };
  return { child, ...info };
}

/** Stops a server process with a signal and waits for it to exit. */
export async function stopServer(p: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill(signal);
  await exited;
}
