import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitAuth } from './git-auth.js';
import type { ParsedGitUrl } from './git-url.js';
import { writeSshIdentity } from './ssh-identity.js';

/** Process-level settings for git, given by the composition root. */
export interface GitProcessOptions {
  /** git executable; default `git` looked up on `pathEnv`. */
  readonly gitPath?: string;
  /** PATH for git and its helpers; the parent's environment is never inherited. */
  readonly pathEnv?: string;
  /** Extra variables (e.g. HTTPS_PROXY) passed to git. */
  readonly extraEnv?: Readonly<Record<string, string>>;
  /** Parent of the private temporary HOME; default the OS temp dir. */
  readonly tmpDir?: string;
}

/** A prepared environment for running git against one remote; `dispose` removes every file it wrote. */
export interface GitSession {
  readonly env: Readonly<Record<string, string>>;
  readonly gitPath: string;
  readonly secrets: readonly string[];
  /** Whether the remote is reached over HTTPS. */
  readonly tls: boolean;
  dispose(): Promise<void>;
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

// git and ssh call this with their prompt as $1; the answers come from the environment, never argv.
const ASKPASS = `#!/bin/sh
case "$1" in
  Username*|username*) printf '%s\\n' "$FLUXION_GIT_USERNAME" ;;
  *) printf '%s\\n' "$FLUXION_GIT_PASSWORD" ;;
esac
`;

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function configEnv(pairs: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(pairs.length) };
  pairs.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  return env;
}

/**
 * Creates a private HOME (mode 0700) holding the askpass script and any key, known_hosts or
 * certificate files (none when there are no credentials), and the environment that makes git use
 * them: no system or global config, no prompts, no hooks, only the protocols the URL needs
 * (file:// only for a file:// URL).
 */
export async function openGitSession(target: ParsedGitUrl, auth: GitAuth, timeoutMs: number, opts: GitProcessOptions = {}): Promise<GitSession> {
  // Anonymous HTTP(S)/file access needs no files: skipping the temp dir keeps the no-change check cheap.
  const needsFiles = target.transport === 'ssh' || Object.keys(auth.toJSON()).length > 0 || target.username || target.password;
  if (!needsFiles) return prepare(undefined, target, auth, timeoutMs, opts);
  const dir = await mkdtemp(join(opts.tmpDir ?? tmpdir(), 'fluxion-git-home-'));
  try {
    return await prepare(dir, target, auth, timeoutMs, opts);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

// Without a private HOME, git gets one that cannot exist (and that no other user can create).
const NO_HOME = '/nonexistent';

async function prepare(dir: string | undefined, target: ParsedGitUrl, auth: GitAuth, timeoutMs: number, opts: GitProcessOptions): Promise<GitSession> {
  const askpassPath = dir ? join(dir, 'askpass.sh') : undefined;
  if (askpassPath) await writeFile(askpassPath, ASKPASS, { mode: 0o700 });
  const home = dir ?? NO_HOME;
  const baseEnv: Record<string, string> = {
    PATH: opts.pathEnv ?? DEFAULT_PATH,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    LANG: 'C',
    LC_ALL: 'C',
    ...opts.extraEnv,
  };
  const config: Array<readonly [string, string]> = [
    ['core.hooksPath', '/dev/null'],
    ['core.fsmonitor', 'false'],
    ['credential.helper', ''],
    ['protocol.allow', 'never'],
    ['protocol.https.allow', 'always'],
    ['protocol.http.allow', 'always'],
    ['protocol.ssh.allow', 'always'],
    ['protocol.file.allow', target.transport === 'file' ? 'always' : 'never'],
    ['init.defaultBranch', 'master'],
    ['advice.detachedHead', 'false'],
    ['gc.auto', '0'],
    ['maintenance.auto', 'false'],
    ['fetch.recurseSubmodules', 'false'],
  ];
  const env: Record<string, string> = {
    ...baseEnv,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
  };
  if (askpassPath) {
    Object.assign(env, {
      GIT_ASKPASS: askpassPath,
      SSH_ASKPASS: askpassPath,
      FLUXION_GIT_USERNAME: auth.username ?? target.username ?? '',
      // Over SSH `password` is the key's passphrase, used only to decrypt the key file, never sent.
      FLUXION_GIT_PASSWORD: target.transport === 'ssh' ? '' : (auth.password ?? target.password ?? ''),
    });
  }
  if (auth.bearerToken) config.push(['http.extraHeader', `Authorization: Bearer ${auth.bearerToken}`]);
  if (dir && auth.caCert) config.push(['http.sslCAInfo', await writePrivate(dir, 'ca.crt', auth.caCert)]);
  if (dir && auth.tlsCert && auth.tlsKey) {
    config.push(['http.sslCert', await writePrivate(dir, 'tls.crt', auth.tlsCert)]);
    config.push(['http.sslKey', await writePrivate(dir, 'tls.key', auth.tlsKey)]);
  }
  if (dir && askpassPath && target.transport === 'ssh') env.GIT_SSH_COMMAND = await sshCommand(dir, auth, askpassPath, baseEnv, timeoutMs);
  return {
    env: { ...env, ...configEnv(config) },
    gitPath: opts.gitPath ?? 'git',
    secrets: [...auth.secretValues(), ...(target.password && target.password.length >= 3 ? [target.password] : [])],
    tls: target.transport === 'https',
    dispose: async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

async function writePrivate(dir: string, name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content.endsWith('\n') ? content : content + '\n', { mode: 0o600 });
  return path;
}

async function sshCommand(dir: string, auth: GitAuth, askpassPath: string, baseEnv: Record<string, string>, timeoutMs: number): Promise<string> {
  const knownHosts = await writePrivate(dir, 'known_hosts', auth.knownHosts ?? '');
  const parts = [
    'ssh',
    '-F /dev/null',
    `-o UserKnownHostsFile=${shellQuote(knownHosts)}`,
    '-o GlobalKnownHostsFile=/dev/null',
    '-o StrictHostKeyChecking=yes',
    '-o UpdateHostKeys=no',
    '-o IdentitiesOnly=yes',
    '-o IdentityAgent=none',
    '-o BatchMode=yes',
    '-o PasswordAuthentication=no',
    '-o KbdInteractiveAuthentication=no',
    `-o ConnectTimeout=${Math.max(1, Math.ceil(timeoutMs / 1000))}`,
    '-o LogLevel=ERROR',
  ];
  if (auth.identity) {
    const key = await writeSshIdentity(auth.identity, auth.password, { dir, askpassPath, baseEnv, timeoutMs });
    parts.push(`-i ${shellQuote(key)}`);
  } else {
    parts.push('-i /dev/null');
  }
  return parts.join(' ');
}
