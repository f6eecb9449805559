import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

/** What a kubeconfig for the embedded server holds. */
export interface KubeconfigSpec {
  server: string;
  token: string;
  caCert?: string;
}

/** Writes a kubeconfig (mode 0600) with one cluster, user and context named `fluxion`, current. */
export function writeKubeconfig(file: string, spec: KubeconfigSpec): void {
  const cluster: Record<string, string> = { server: spec.server };
  if (spec.caCert) cluster['certificate-authority-data'] = Buffer.from(spec.caCert).toString('base64');
  const doc = {
    apiVersion: 'v1', kind: 'Config', preferences: {},
    clusters: [{ name: 'fluxion', cluster }],
    users: [{ name: 'fluxion', user: { token: spec.token } }],
    contexts: [{ name: 'fluxion', context: { cluster: 'fluxion', user: 'fluxion', namespace: 'default' } }],
    'current-context': 'fluxion',
  };
  writeFileSync(file, stringify(doc), { mode: 0o600 });
}
