import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The artifact server's port for a state dir: chosen once and kept in `<stateDir>/artifact-port`, so the artifact
 * URLs stored in GitRepository statuses stay valid across restarts. `fresh` picks (and keeps) a new one.
 */
export async function artifactPort(stateDir: string, fresh = false): Promise<number> {
  const file = join(stateDir, 'artifact-port');
  if (!fresh && existsSync(file)) {
    const saved = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(saved) && saved > 0 && saved < 65536) return saved;
  }
  const port = await freePort();
  writeFileSync(file, `${port}\n`);
  return port;
}
