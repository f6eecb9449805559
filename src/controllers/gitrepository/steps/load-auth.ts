import { isNotFoundError, type ClusterClient } from '../../../cluster/client/index.js';
import { loadGitAuth, type GitAuth, type SecretData } from '../../../source/git/git-auth.js';
import { ReconcileError } from '../../../runtime/errors/reconcile-error.js';
import type { GitRepositoryObject } from '../git-repository-object.js';

async function secretData(client: ClusterClient, namespace: string, name: string, field: string, signal: AbortSignal): Promise<SecretData> {
  try {
    const secret = await client.get({ apiVersion: 'v1', kind: 'Secret', name, namespace }, { signal });
    const data = (secret.data ?? {}) as Record<string, string>;
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64')]));
  } catch (err) {
    if (isNotFoundError(err)) throw new ReconcileError('AuthenticationFailed', `${field}: secret '${namespace}/${name}' not found`);
    throw err;
  }
}

/**
 * Credentials from `spec.secretRef` (basic auth, bearer token, SSH identity + known_hosts, ca.crt, mTLS) and,
 * where seed 000 puts the CA, `spec.certSecretRef`. Values are never logged or put in messages.
 */
export async function loadAuth(client: ClusterClient, repo: GitRepositoryObject, signal: AbortSignal): Promise<GitAuth> {
  const namespace = repo.metadata.namespace ?? '';
  const main = repo.spec.secretRef ? await secretData(client, namespace, repo.spec.secretRef.name, 'spec.secretRef', signal) : undefined;
  const certs = repo.spec.certSecretRef ? await secretData(client, namespace, repo.spec.certSecretRef.name, 'spec.certSecretRef', signal) : undefined;
  try {
    return loadGitAuth(main, certs);
  } catch (err) {
    throw new ReconcileError('AuthenticationFailed', (err as Error).message);
  }
}
