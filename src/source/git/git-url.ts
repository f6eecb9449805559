import { GitError } from './git-error.js';

/** How git will reach a repository. */
export type GitTransport = 'http' | 'https' | 'ssh' | 'file';

/** A repository address split into what git is given (no userinfo) and the credentials it carried. */
export interface ParsedGitUrl {
  /** The address passed to git: userinfo removed so nothing secret reaches argv. */
  readonly url: string;
  readonly transport: GitTransport;
  /** `user` of `ssh://user@host` or `user:pass@` of an HTTP URL, if present. */
  readonly username?: string;
  readonly password?: string;
}

const SCP_LIKE = /^(?:([^@/:]+)@)?([^@/:]+):(?!\/\/)(.+)$/;

/**
 * Parses `https://`, `http://`, `ssh://`, scp-like `git@host:path` and `file://` addresses; throws a
 * GitError (GitOperationFailed) naming the field for anything else (e.g. `ext::` or a bare path).
 */
export function parseGitUrl(raw: string): ParsedGitUrl {
  const text = raw.trim();
  if (/^[A-Za-z0-9+.-]+::/.test(text)) {
    throw new GitError('InvalidUrl', `spec.url: remote helper addresses like '${text.split('::')[0]}::' are not supported`);
  }
  const scp = SCP_LIKE.exec(text);
  if (scp && !text.includes('://')) {
    const [, user, host, path] = scp;
    if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/.test(host!) || user?.startsWith('-')) {
      throw new GitError('InvalidUrl', `spec.url: '${redactedForMessage(text)}' is not a valid Git URL`);
    }
    return { url: `${user ? user + '@' : ''}${host}:${path}`, transport: 'ssh', ...(user ? { username: user } : {}) };
  }
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new GitError('InvalidUrl', `spec.url: '${redactedForMessage(text)}' is not a valid Git URL`);
  }
  const scheme = u.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'ssh' && scheme !== 'file') {
    throw new GitError('InvalidUrl', `spec.url: unsupported scheme '${scheme}' (use https://, http://, ssh:// or file://)`);
  }
  if (u.hostname.startsWith('-') || u.username.startsWith('-')) {
    throw new GitError('InvalidUrl', `spec.url: '${redactedForMessage(text)}' is not a valid Git URL`);
  }
  const username = u.username ? decodeURIComponent(u.username) : undefined;
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  if (scheme === 'ssh') {
    u.password = '';
    return { url: u.toString(), transport: 'ssh', ...(username ? { username } : {}) };
  }
  u.username = '';
  u.password = '';
  return {
    url: u.toString(),
    transport: scheme,
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
  };
}

function redactedForMessage(text: string): string {
  return text.replace(/\/\/[^/@]*@/, '//');
}
