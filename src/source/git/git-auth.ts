import { inspect } from 'node:util';
import { GitError } from './git-error.js';
import type { GitTransport } from './git-url.js';

/** The decoded fields of a Git auth Secret; optional fields are absent rather than empty. */
export interface GitAuthFields {
  readonly username?: string;
  /** HTTP basic password, or the passphrase of `identity` for SSH (Flux uses the same key). */
  readonly password?: string;
  readonly bearerToken?: string;
  /** SSH private key (OpenSSH or PEM). */
  readonly identity?: string;
  readonly knownHosts?: string;
  /** PEM CA bundle trusted for HTTPS. */
  readonly caCert?: string;
  /** PEM client certificate and key for mutual TLS. */
  readonly tlsCert?: string;
  readonly tlsKey?: string;
}

const SECRET_FIELDS = ['password', 'bearerToken', 'identity', 'tlsKey'] as const;

/**
 * Credentials for one Git remote. Serialising or inspecting it (JSON.stringify, console.log, pino)
 * shows which fields are set but never their secret values.
 */
export class GitAuth implements GitAuthFields {
  readonly username?: string;
  readonly password?: string;
  readonly bearerToken?: string;
  readonly identity?: string;
  readonly knownHosts?: string;
  readonly caCert?: string;
  readonly tlsCert?: string;
  readonly tlsKey?: string;

  constructor(fields: GitAuthFields = {}) {
    Object.assign(this, dropEmpty(fields));
    Object.freeze(this);
  }

  /** Secret values a message must never contain; used to redact git's own output. */
  secretValues(): string[] {
    return SECRET_FIELDS.map((k) => this[k]).filter((v): v is string => typeof v === 'string' && v.length >= 3);
  }

  toJSON(): Record<string, string | boolean> {
    const out: Record<string, string | boolean> = {};
    for (const [k, v] of Object.entries(this)) {
      if (typeof v === 'string') out[k] = (SECRET_FIELDS as readonly string[]).includes(k) ? '<redacted>' : k === 'username' ? v : true;
    }
    return out;
  }

  [inspect.custom](): string {
    return `GitAuth ${JSON.stringify(this.toJSON())}`;
  }
}

function dropEmpty(fields: GitAuthFields): GitAuthFields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string' && v !== '')) as GitAuthFields;
}

/** Secret data as found in `Secret.data` (base64 strings) or already decoded bytes. */
export type SecretData = Readonly<Record<string, string | Uint8Array>>;

function field(data: SecretData | undefined, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = data?.[k];
    if (v === undefined) continue;
    return typeof v === 'string' ? Buffer.from(v, 'base64').toString('utf8') : Buffer.from(v).toString('utf8');
  }
  return undefined;
}

/**
 * Turns a GitRepository's `spec.secretRef` Secret data (and optionally `spec.certSecretRef` data) into
 * a {@link GitAuth}: `username`/`password`, `bearerToken`, `identity` (+`password` passphrase),
 * `known_hosts`, `ca.crt` (or legacy `caFile`), `tls.crt`/`tls.key`. `ca.crt` in the secretRef wins.
 */
export function loadGitAuth(secretData?: SecretData, certSecretData?: SecretData): GitAuth {
  return new GitAuth({
    username: field(secretData, 'username'),
    password: field(secretData, 'password'),
    bearerToken: field(secretData, 'bearerToken'),
    identity: field(secretData, 'identity'),
    knownHosts: field(secretData, 'known_hosts'),
    caCert: field(secretData, 'ca.crt', 'caFile') ?? field(certSecretData, 'ca.crt', 'caFile'),
    tlsCert: field(secretData, 'tls.crt', 'certFile') ?? field(certSecretData, 'tls.crt', 'certFile'),
    tlsKey: field(secretData, 'tls.key', 'keyFile') ?? field(certSecretData, 'tls.key', 'keyFile'),
  });
}

/**
 * Checks that the credentials fit the transport, with messages naming the Secret key to fix:
 * SSH needs `known_hosts` (host keys are always verified), mTLS needs both halves, a bearer token
 * and basic auth exclude each other.
 */
export function validateGitAuth(auth: GitAuth, transport: GitTransport): void {
  const bad = (msg: string): never => {
    throw new GitError('InvalidAuth', msg);
  };
  if (transport === 'ssh') {
    if (!auth.knownHosts) bad("invalid 'ssh' auth option: secret key 'known_hosts' is required (host keys are verified)");
    return;
  }
  if (transport === 'file') return;
  if (auth.bearerToken && auth.username) bad("secret keys 'bearerToken' and 'username' cannot be used together");
  if (auth.password && !auth.username) bad("secret key 'password' needs 'username' for basic authentication");
  if (Boolean(auth.tlsCert) !== Boolean(auth.tlsKey)) bad("secret keys 'tls.crt' and 'tls.key' must be set together");
}
