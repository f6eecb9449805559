import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PEM files of the server's certificate authority and serving certificate. */
export interface TlsMaterial {
  caCert: string;
  cert: string;
  key: string;
}

/**
 * The CA and serving certificate in `<stateDir>/tls/`, generated with the `openssl` CLI at first need: a
 * self-signed CA (10 years) and a server certificate for `hosts` (IP addresses and names) signed by it.
 * A certificate that does not cover every host is reissued.
 */
export function loadTlsMaterial(stateDir: string, hosts: string[]): TlsMaterial {
  const dir = join(stateDir, 'tls');
  const f = (n: string): string => join(dir, n);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const wanted = [...new Set(['127.0.0.1', 'localhost', ...hosts])];
  const sans = wanted.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  if (!existsSync(f('ca.crt')) || !existsSync(f('ca.key'))) {
    run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.crt'), '-days', '3650',
      '-subj', '/CN=fluxion-ca', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  }
  const covered = existsSync(f('server.sans')) && readFileSync(f('server.sans'), 'utf8') === sans;
  if (!covered || !existsSync(f('server.crt'))) {
    run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=fluxion-apiserver']);
    writeFileSync(f('server.ext'), `subjectAltName=${sans}\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature\n`);
    run(['x509', '-req', '-in', f('server.csr'), '-CA', f('ca.crt'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('server.crt'),
      '-days', '825', '-extfile', f('server.ext')]);
    writeFileSync(f('server.sans'), sans);
  }
  return { caCert: readFileSync(f('ca.crt'), 'utf8'), cert: readFileSync(f('server.crt'), 'utf8'), key: readFileSync(f('server.key'), 'utf8') };
}

function run(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}
