import { chmod, writeFile } from 'node:fs/promises';
import { GitError } from './git-error.js';
import { runGit } from './run-git.js';

/** Whether a private key (OpenSSH or PEM) is protected by a passphrase. */
export function isEncryptedKey(key: string): boolean {
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(key)) return true;
  const m = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(key);
  if (!m) return false;
  const raw = Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64');
  const magic = 'openssh-key-v1\0';
  if (raw.subarray(0, magic.length).toString('latin1') !== magic) return false;
  const len = raw.readUInt32BE(magic.length);
  return raw.subarray(magic.length + 4, magic.length + 4 + len).toString('latin1') !== 'none';
}

/** Where the session keeps its files and how it runs helper programs. */
export interface IdentityContext {
  readonly dir: string;
  readonly askpassPath: string;
  readonly baseEnv: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

/**
 * Writes the identity to `<dir>/identity` (mode 0600) and, when it is passphrase-protected, decrypts
 * it in place with `ssh-keygen -p`, the passphrase reaching ssh-keygen through SSH_ASKPASS, never argv.
 */
export async function writeSshIdentity(key: string, passphrase: string | undefined, ctx: IdentityContext): Promise<string> {
  const path = `${ctx.dir}/identity`;
  await writeFile(path, key.endsWith('\n') ? key : key + '\n', { mode: 0o600 });
  await chmod(path, 0o600);
  if (!isEncryptedKey(key)) return path;
  if (!passphrase) {
    throw new GitError('InvalidAuth', "the SSH identity is passphrase-protected: set the passphrase as secret key 'password'");
  }
  const res = await runGit(['-p', '-N', '', '-f', path], {
    gitPath: 'ssh-keygen',
    env: { ...ctx.baseEnv, SSH_ASKPASS: ctx.askpassPath, SSH_ASKPASS_REQUIRE: 'force', DISPLAY: ':0', FLUXION_GIT_PASSWORD: passphrase },
    timeoutMs: ctx.timeoutMs,
  });
  if (res.code !== 0) {
    const why = /incorrect passphrase|bad passphrase/i.test(res.stderr) ? "incorrect passphrase in secret key 'password'" : 'invalid key';
    throw new GitError('InvalidAuth', `unable to decrypt the SSH identity: ${why}`);
  }
  return path;
}
