import { sanitizeUrlsIn } from '../../lib/url-sanitize.js';
import { GitError, type GitErrorKind } from './git-error.js';
import type { GitProcessResult } from './run-git.js';

/** What the failed git process was doing, for the message. */
export interface FailureContext {
  /** e.g. "unable to clone 'https://host/repo'" (URL already sanitized). */
  readonly action: string;
  readonly timeoutMs: number;
  /** Values to blank out of git's output before it is quoted. */
  readonly secrets: readonly string[];
  /** Over HTTPS a connection dropped during the handshake is a TLS problem, not an unreachable host. */
  readonly tls?: boolean;
}

const TLS_DROPPED = /getpeername\(\) failed|Recv failure|Send failure|Connection reset by peer|unexpected eof|handshake/i;

const RULES: ReadonlyArray<readonly [GitErrorKind, RegExp, string]> = [
  ['RefNotFound', /couldn't find remote ref|Remote branch .* not found|unknown revision|not our ref/i, ''],
  [
    'HostKeyVerificationFailed',
    /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key .* (?:is not known|mismatch)/i,
    "SSH host key verification failed: the server's host key does not match 'known_hosts' in the secret",
  ],
  [
    'TlsFailure',
    /SSL certificate problem|certificate verify failed|server certificate verification failed|unable to get local issuer|self[- ]signed certificate|SSL_connect|SSL_read|gnutls_handshake|tlsv1\d? alert|alert (?:handshake failure|bad certificate|certificate required|unknown ca)|GnuTLS|TLS (?:fatal )?alert|unable to set private key file|could not load PEM client certificate|error setting certificate/i,
    "TLS failure: the server's certificate is not trusted or the client certificate was refused (check 'ca.crt', 'tls.crt', 'tls.key')",
  ],
  [
    'AuthenticationFailed',
    /Authentication failed|Access denied|Permission denied \(|returned error: 40[13]|could not read (?:Username|Password)|terminal prompts disabled|Invalid username or password|incorrect passphrase|HTTP Basic/i,
    'authentication failed: the server refused the credentials in the secret',
  ],
  [
    'HostUnreachable',
    /Could not resolve host|Could not resolve hostname|Failed to connect to|Connection refused|Connection timed out|No route to host|Network is unreachable|connect to host|Connection reset|Connection closed by|Empty reply from server|unable to access/i,
    'host unreachable',
  ],
  [
    'RepositoryNotFound',
    /Repository not found|returned error: 404|does not appear to be a git repository|repository .* not found|No such file or directory/i,
    'repository not found',
  ],
];

/** Git's first meaningful output line, with URLs stripped of credentials and secret values blanked. */
export function gitDetail(stderr: string, secrets: readonly string[]): string {
  let text = stderr;
  for (const s of secrets) text = text.split(s).join('***');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('hint:') && !l.startsWith('Cloning into') && !l.startsWith('From '));
  const fatal = lines.find((l) => /^(fatal|error|ssh|remote):/i.test(l)) ?? lines[0] ?? '';
  return sanitizeUrlsIn(fatal.replace(/^fatal:\s*/i, '')).slice(0, 300);
}

/** Turns a failed git process into a {@link GitError} whose kind and message tell the user what to fix. */
export function classifyGitFailure(result: GitProcessResult, ctx: FailureContext): GitError {
  if (result.timedOut) {
    return new GitError('Timeout', `${ctx.action}: timed out after ${formatMs(ctx.timeoutMs)} (spec.timeout)`);
  }
  if (result.aborted) return new GitError('Canceled', `${ctx.action}: canceled`);
  const detail = gitDetail(result.stderr, ctx.secrets);
  if (ctx.tls && TLS_DROPPED.test(result.stderr) && !/Failed to connect|Could not resolve/i.test(result.stderr)) {
    return new GitError('TlsFailure', `${ctx.action}: TLS failure: the server closed the connection during the TLS handshake; it may require a client certificate ('tls.crt', 'tls.key') (${detail})`);
  }
  for (const [kind, re, text] of RULES) {
    if (!re.test(result.stderr)) continue;
    return new GitError(kind, text ? `${ctx.action}: ${text} (${detail})` : `${ctx.action}: ${detail}`);
  }
  return new GitError('GitFailed', `${ctx.action}: ${detail || `git exited with code ${String(result.code)}`}`);
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
