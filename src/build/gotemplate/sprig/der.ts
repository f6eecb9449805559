/** Minimal DER encoding for the X.509 certificates Sprig's cert functions make. */
export type Der = Buffer;

function len(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** A TLV with the given tag byte. */
export function tlv(tag: number, body: Buffer): Der {
  return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
}

/** SEQUENCE, SET, [n] EXPLICIT, OCTET STRING, BOOLEAN and NULL. */
export const seq = (...items: Der[]): Der => tlv(0x30, Buffer.concat(items));
export const set = (...items: Der[]): Der => tlv(0x31, Buffer.concat(items));
export const explicit = (n: number, inner: Der): Der => tlv(0xa0 + n, inner);
export const octets = (b: Buffer): Der => tlv(0x04, b);
export const bool = (v: boolean): Der => tlv(0x01, Buffer.from([v ? 0xff : 0]));
export const nul = (): Der => Buffer.from([0x05, 0x00]);

/** A non-negative INTEGER from big-endian magnitude bytes. */
export function uint(b: Buffer): Der {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  const body = b.subarray(i);
  return tlv(0x02, body[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), body]) : body);
}

/** A small non-negative INTEGER. */
export function small(n: number): Der {
  return uint(Buffer.from([n]));
}

/** An OBJECT IDENTIFIER from dotted form. */
export function oid(dotted: string): Der {
  const parts = dotted.split('.').map(Number);
  const out: number[] = [parts[0]! * 40 + parts[1]!];
  for (const p of parts.slice(2)) {
    const stack: number[] = [];
    let v = p;
    do { stack.unshift(v & 0x7f); v = Math.floor(v / 128); } while (v > 0);
    stack.forEach((b, k) => out.push(k < stack.length - 1 ? b | 0x80 : b));
  }
  return tlv(0x06, Buffer.from(out));
}

/** A BIT STRING with no unused bits. */
export function bits(b: Buffer): Der {
  return tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
}

/** PrintableString when Go would use it, else UTF8String. */
export function dirString(s: string): Der {
  return tlv(/^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s) ? 0x13 : 0x0c, Buffer.from(s, 'utf8'));
}

/** UTCTime (years 1950–2049) or GeneralizedTime, as Go encodes validity. */
export function time(ms: number): Der {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const p = (n: number): string => String(n).padStart(2, '0');
  const body = `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  const y = d.getUTCFullYear();
  if (y >= 1950 && y < 2050) return tlv(0x17, Buffer.from(p(y % 100) + body));
  return tlv(0x18, Buffer.from(String(y).padStart(4, '0') + body));
}

/** Wraps DER in PEM armour with 64-column lines. */
export function pem(label: string, der: Buffer): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}
