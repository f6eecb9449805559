import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { closedPort } from './git-http-server.js';

/** Path of the OpenSSH daemon (.ci/run installs openssh-server). */
export const SSHD = '/usr/sbin/sshd';

/** A skip reason when sshd is missing, or false. */
export function skipUnlessSshd(): string | false {
  return existsSync(SSHD) ? false : 'sshd is not installed (.ci/run installs openssh-server)';
}

/** A key pair written by ssh-keygen (fixtures only: a passphrase on argv is fine here). */
export interface SshKeyPair {
  readonly privateKey: string;
  readonly publicKey: string;
}

/** Generates an ed25519 key pair in `dir` (optionally passphrase-protected). */
export function generateSshKey(dir: string, name: string, passphrase = ''): SshKeyPair {
  const path = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-C', name, '-f', path], { stdio: 'ignore' });
  return { privateKey: readFileSync(path, 'utf8'), publicKey: readFileSync(`${path}.pub`, 'utf8') };
}

/** A running sshd on a loopback port serving git over SSH for the current user. */
export interface GitSshServer {
  readonly port: number;
  /** known_hosts line for this server (`[127.0.0.1]:<port> ssh-ed25519 …`). */
  readonly knownHosts: string;
  /** `ssh://<user>@127.0.0.1:<port><absPath>`. */
  urlFor(absPath: string): string;
  close(): Promise<void>;
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`sshd exited: ${stderr()}`);
    const ok = await new Promise<boolean>((r) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        r(true);
      }).on('error', () => r(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`sshd did not listen on ${port}: ${stderr()}`);
}

/** Starts sshd with its own config, host key and authorized_keys in a temp dir (removed on close), accepting `authorizedKeys`. */
export async function startGitSshServer(authorizedKeys: string[]): Promise<GitSshServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fluxion-sshd-'));
  try {
    // sshd insists on its privilege-separation directory when run as root.
    mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  } catch {
    // not root: sshd runs without privilege separation
  }
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')], { stdio: 'ignore' });
  writeFileSync(join(dir, 'authorized_keys'), authorizedKeys.join('\n') + '\n', { mode: 0o600 });
  const port = await closedPort();
  const user = userInfo().username;
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      `AllowUsers ${user}`,
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  let err = '';
  const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  await waitForPort(port, child, () => err);
  const hostPub = readFileSync(join(dir, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  return {
    port,
    knownHosts: `[127.0.0.1]:${port} ${hostPub}\n`,
    urlFor: (absPath) => `ssh://${user}@127.0.0.1:${port}${absPath}`,
    close: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((r) => {
          child.once('exit', () => r());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
