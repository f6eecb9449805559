import { X509Certificate, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { typed } from '../func-signature.js';
import { goTypeTag, mapGet } from '../go-types.js';
import type { FuncMap } from '../types.js';
import { bits, bool, dirString, explicit, nul, octets, oid, pem, seq, set, small, time, tlv, uint } from './der.js';

/** Sprig's `certificate` struct: PEM certificate and PEM private key, read in templates as `.Cert` and `.Key`. */
export interface Certificate { Cert: string; Key: string; [goTypeTag]: string }

function certificate(cert: string, key: string): Certificate {
  return { Cert: cert, Key: key, [goTypeTag]: 'sprig.certificate' };
}

interface Env { now: () => number; randomBytes: (n: number) => Uint8Array }

function name(cn: string): Buffer {
  return cn === '' ? seq() : seq(set(seq(oid('2.5.4.3'), dirString(cn))));
}

function keyId(pub: KeyObject): Buffer {
  const spki = pub.export({ type: 'pkcs1', format: 'der' });
  return createHash('sha1').update(spki).digest();
}

interface CertSpec { cn: string; ips: string[]; dns: string[]; days: number; isCA: boolean }

function build(spec: CertSpec, pub: KeyObject, issuerName: Buffer, signer: KeyObject, issuerKeyId: Buffer | null, env: Env): string {
  const serial = Buffer.from(env.randomBytes(16));
  serial[0] = serial[0]! & 0x7f;
  const now = env.now();
  const alg = seq(oid('1.2.840.113549.1.1.11'), nul());
  // keyUsage bits: digitalSignature(0), keyEncipherment(2), keyCertSign(5) — DER drops trailing zero bits.
  const ku = spec.isCA ? Buffer.from([0x02, 0xa4]) : Buffer.from([0x05, 0xa0]);
  const exts = [
    seq(oid('2.5.29.15'), bool(true), octets(tlv(0x03, ku))),
    seq(oid('2.5.29.37'), octets(seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2')))),
    seq(oid('2.5.29.19'), bool(true), octets(spec.isCA ? seq(bool(true)) : seq())),
  ];
  if (spec.isCA) exts.push(seq(oid('2.5.29.14'), octets(octets(keyId(pub)))));
  if (issuerKeyId) exts.push(seq(oid('2.5.29.35'), octets(seq(tlv(0x80, issuerKeyId)))));
  if (spec.dns.length || spec.ips.length) {
    const names = [
      ...spec.dns.map((d) => tlv(0x82, Buffer.from(d))),
      ...spec.ips.map((ip) => tlv(0x87, ipBytes(ip))),
    ];
    exts.push(seq(oid('2.5.29.17'), octets(seq(...names))));
  }
  const tbs = seq(
    explicit(0, small(2)), uint(serial), alg, issuerName,
    seq(time(now), time(now + spec.days * 86400000)), name(spec.cn),
    pub.export({ type: 'spki', format: 'der' }), explicit(3, seq(...exts)),
  );
  const sig = sign('sha256', tbs, signer);
  return pem('CERTIFICATE', seq(tbs, alg, bits(sig)));
}

function ipBytes(ip: string): Buffer {
  if (isIP(ip) === 4) return Buffer.from(ip.split('.').map(Number));
  const full = ip.includes('::') ? expand6(ip) : ip.split(':');
  return Buffer.from(full.flatMap((h) => { const v = parseInt(h || '0', 16); return [v >> 8, v & 0xff]; }));
}

function expand6(ip: string): string[] {
  const [a, b] = ip.split('::') as [string, string];
  const left = a ? a.split(':') : [];
  const right = b ? b.split(':') : [];
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}

function strings(v: unknown, what: string): string[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) throw new Error(`error ${what}: not a list`);
  return v.map((x) => {
    if (typeof x !== 'string') throw new Error(`error processing ${what}: ${String(x)} is not a string`);
    return x;
  });
}

function ips(v: unknown): string[] {
  return strings(v, 'ip').map((ip) => {
    if (isIP(ip) === 0) throw new Error(`error parsing ip: ${ip}`);
    return ip;
  });
}

function rsaKey(): { priv: KeyObject; pub: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { priv: privateKey, pub: publicKey };
}

function parseKey(pemKey: string): { priv: KeyObject; pub: KeyObject } {
  try {
    const priv = createPrivateKey(pemKey);
    return { priv, pub: createPublicKey(priv) };
  } catch (e) {
    throw new Error('error decoding PEM key: invalid key', { cause: e });
  }
}

const keyPem = (k: KeyObject): string => k.export({ type: 'pkcs1', format: 'pem' }).toString();

/** Sprig's certificate generators (RSA 2048, SHA-256, Go's template: server+client auth, CA when asked). */
export function certFuncs(env: Env): FuncMap {
  const selfSigned = (cn: unknown, i: unknown, a: unknown, d: unknown, k?: { priv: KeyObject; pub: KeyObject }): Certificate => {
    const key = k ?? rsaKey();
    const spec = { cn: cn as string, ips: ips(i), dns: strings(a, 'alternate name'), days: Number(d), isCA: false };
    return certificate(build(spec, key.pub, name(spec.cn), key.priv, null, env), keyPem(key.priv));
  };
  const ca = (cn: unknown, d: unknown, k?: { priv: KeyObject; pub: KeyObject }): Certificate => {
    const key = k ?? rsaKey();
    const spec = { cn: cn as string, ips: [], dns: [], days: Number(d), isCA: true };
    return certificate(build(spec, key.pub, name(spec.cn), key.priv, null, env), keyPem(key.priv));
  };
  const signed = (cn: unknown, i: unknown, a: unknown, d: unknown, caV: unknown, k?: { priv: KeyObject; pub: KeyObject }): Certificate => {
    const caCert = new X509Certificate(String(mapGet(caV as Record<string, string>, 'Cert') ?? (caV as Certificate).Cert));
    const caKey = parseKey(String((caV as Certificate).Key));
    const key = k ?? rsaKey();
    const spec = { cn: cn as string, ips: ips(i), dns: strings(a, 'alternate name'), days: Number(d), isCA: false };
    const issuer = issuerName(caCert);
    return certificate(build(spec, key.pub, issuer, caKey.priv, keyId(caKey.pub), env), keyPem(key.priv));
  };
  return {
    genCA: typed('string int', (cn, d) => ca(cn, d)),
    genCAWithKey: typed('string int string', (cn, d, k) => ca(cn, d, parseKey(k as string))),
    genSelfSignedCert: typed('string any any int', (cn, i, a, d) => selfSigned(cn, i, a, d)),
    genSelfSignedCertWithKey: typed('string any any int string', (cn, i, a, d, k) => selfSigned(cn, i, a, d, parseKey(k as string))),
    genSignedCert: typed('string any any int any', (cn, i, a, d, c) => signed(cn, i, a, d, c)),
    genSignedCertWithKey: typed('string any any int any string', (cn, i, a, d, c, k) => signed(cn, i, a, d, c, parseKey(k as string))),
    buildCustomCert: typed('string string', (c, k) => buildCustom(c as string, k as string)),
  };
}

/** The issuer Name of certificates signed by `ca`: the CA's subject, re-encoded from its CN. */
function issuerName(ca: X509Certificate): Buffer {
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(ca.subject)?.[1] ?? '';
  return name(cn);
}

const b64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Sprig's buildCustomCert: a certificate struct from base64 PEM certificate and PKCS#1 key, with its errors. */
function buildCustom(c: string, k: string): Certificate {
  if (!b64.test(c) || c.length % 4 !== 0) throw new Error('unable to decode base64 certificate');
  if (!b64.test(k) || k.length % 4 !== 0) throw new Error('unable to decode base64 private key');
  const cert = Buffer.from(c, 'base64').toString('utf8');
  const key = Buffer.from(k, 'base64').toString('utf8');
  if (!/-----BEGIN [A-Z ]+-----/.test(cert)) throw new Error('unable to decode certificate');
  try { new X509Certificate(cert); } catch (e) { throw new Error(`error parsing certificate: decodedCert.Bytes: ${(e as Error).message}`, { cause: e }); }
  if (!/-----BEGIN [A-Z ]+-----/.test(key)) throw new Error('unable to decode key');
  if (!/-----BEGIN RSA PRIVATE KEY-----/.test(key)) throw new Error('error parsing prive key: decodedKey.Bytes: x509: failed to parse private key');
  parseKey(key);
  return certificate(cert, key);
}
