import { createCipheriv, createDecipheriv, createHash, generateKeyPairSync } from 'node:crypto';
import bcryptjs from 'bcryptjs';
import { typed } from '../func-signature.js';
import { derivePassword } from './derive-password.js';
import type { FuncMap } from '../types.js';

function adler32(s: string): number {
  let a = 1;
  let b = 0;
  for (const byte of Buffer.from(s, 'utf8')) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function genPrivateKey(typ: string): string {
  switch (typ) {
    case '':
    case 'rsa':
      return generateKeyPairSync('rsa', { modulusLength: 4096 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    case 'ecdsa':
      return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    case 'ed25519':
      return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    case 'dsa':
      return generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    default:
      return `Unknown type ${typ}`;
  }
}

function aesKey(password: string): Buffer {
  const key = Buffer.alloc(32);
  Buffer.from(password, 'utf8').copy(key, 0, 0, 32);
  return key;
}

/** Go's bcrypt.GenerateFromPassword at the default cost 10, `$2a$` form; the salt comes from `randomBytes`. */
function bcrypt(password: string, randomBytes: (n: number) => Uint8Array): string {
  const salt = `$2a$10$${bcryptjs.encodeBase64(Array.from(randomBytes(16)), 16)}`;
  return bcryptjs.hashSync(password, salt);
}

/** Sprig's hash, key and AES functions; random input comes from `randomBytes`. */
export function cryptoFuncs(randomBytes: (n: number) => Uint8Array): FuncMap {
  const hash = (alg: string) => typed('string', (s) => createHash(alg).update(s as string, 'utf8').digest('hex'));
  return {
    sha1sum: hash('sha1'),
    sha256sum: hash('sha256'),
    sha512sum: hash('sha512'),
    adler32sum: typed('string', (s) => String(adler32(s as string))),
    genPrivateKey: typed('string', (t) => genPrivateKey(t as string)),
    bcrypt: typed('string', (s) => bcrypt(s as string, randomBytes)),
    htpasswd: typed('string string', (user, pw) => {
      if ((user as string).includes(':')) return `invalid username: ${user as string}`;
      return `${user as string}:${bcrypt(pw as string, randomBytes)}`;
    }),
    derivePassword: typed('int string string string string', (c, t, p, u, s) => derivePassword(Number(c), t as string, p as string, u as string, s as string)),
    randBytes: typed('int', (n) => Buffer.from(randomBytes(Number(n))).toString('base64')),
    encryptAES: typed('string string', (password, text) => {
      const iv = Buffer.from(randomBytes(16));
      const c = createCipheriv('aes-256-cbc', aesKey(password as string), iv);
      return Buffer.concat([iv, c.update(text as string, 'utf8'), c.final()]).toString('base64');
    }),
    decryptAES: typed('string string', (password, b64) => {
      const data = Buffer.from(b64 as string, 'base64');
      if (data.length < 16) throw new Error('ciphertext too short');
      const d = createDecipheriv('aes-256-cbc', aesKey(password as string), data.subarray(0, 16));
      return Buffer.concat([d.update(data.subarray(16)), d.final()]).toString('utf8');
    }),
  };
}
