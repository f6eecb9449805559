import assert from 'node:assert/strict';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, test } from 'node:test';
import bcryptjs from 'bcryptjs';
import { TemplateSet, sprigFuncs } from '../../../src/build/gotemplate/index.js';

function render(text: string): string {
  const set = new TemplateSet({ funcs: sprigFuncs({ now: () => Date.UTC(2025, 0, 1) }) });
  set.parse('t', text);
  return set.execute('t', {});
}

describe('sprig certificates and password hashes', () => {
  test('genCA makes a self-signed CA certificate valid for the requested days', () => {
    const [cert, key] = render('{{ $ca := genCA "my-ca" 365 }}{{ $ca.Cert }}|{{ $ca.Key }}').split('|') as [string, string];
    const x = new X509Certificate(cert);
    assert.equal(x.subject, 'CN=my-ca');
    assert.equal(x.issuer, 'CN=my-ca');
    assert.equal(x.ca, true);
    assert.equal(new Date(x.validTo).toISOString(), '2026-01-01T00:00:00.000Z');
    assert.ok(x.verify(x.publicKey));
    assert.match(key, /^-----BEGIN RSA PRIVATE KEY-----/);
    assert.ok(x.checkPrivateKey(createPrivateKey(key)));
  });

  test('genSignedCert makes a server certificate signed by the CA with its names and IPs', () => {
    const out = render('{{ $ca := genCA "webhook-ca" 10 }}{{ $c := genSignedCert "svc.ns.svc" (list "10.0.0.1") (list "svc" "svc.ns.svc") 10 $ca }}{{ $ca.Cert }}|{{ $c.Cert }}|{{ $c.Key }}');
    const [caPem, certPem, keyPem] = out.split('|') as [string, string, string];
    const ca = new X509Certificate(caPem);
    const cert = new X509Certificate(certPem);
    assert.equal(cert.subject, 'CN=svc.ns.svc');
    assert.equal(cert.ca, false);
    assert.ok(cert.checkIssued(ca));
    assert.ok(cert.verify(ca.publicKey));
    assert.equal(cert.subjectAltName, 'DNS:svc, DNS:svc.ns.svc, IP Address:10.0.0.1');
    assert.ok(cert.checkPrivateKey(createPrivateKey(keyPem)));
  });

  test('genSelfSignedCert signs itself', () => {
    const cert = new X509Certificate(render('{{ (genSelfSignedCert "foo.com" nil (list "foo.com") 30).Cert }}'));
    assert.ok(cert.verify(cert.publicKey));
    assert.equal(cert.subjectAltName, 'DNS:foo.com');
  });

  test('htpasswd entries verify with bcrypt', () => {
    const [user, hash] = render('{{ htpasswd "admin" "s3cret" }}').split(':') as [string, string];
    assert.equal(user, 'admin');
    assert.ok(bcryptjs.compareSync('s3cret', hash));
    assert.ok(!bcryptjs.compareSync('wrong', hash));
  });
});
