import { typed } from '../func-signature.js';
import type { FuncMap } from '../types.js';

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** Sprig's random string, shuffle and UUID functions over an injected source of random bytes. */
export function randomFuncs(randomBytes: (n: number) => Uint8Array): FuncMap {
  const pick = (n: number): number => {
    // Rejection sampling keeps the choice uniform.
    const limit = 256 - (256 % n);
    for (;;) {
      const b = randomBytes(1)[0]!;
      if (b < limit) return b % n;
    }
  };
  const from = (chars: string) => typed('int', (count) => {
    let s = '';
    for (let i = 0; i < Number(count); i++) s += chars[pick(chars.length)];
    return s;
  });
  return {
    randAlphaNum: from(ALPHA + DIGITS),
    randAlpha: from(ALPHA),
    randNumeric: from(DIGITS),
    randAscii: from(ASCII),
    shuffle: typed('string', (s) => {
      const a = [...(s as string)];
      for (let i = a.length - 1; i > 0; i--) {
        const j = pick(i + 1);
        [a[i], a[j]] = [a[j]!, a[i]!];
      }
      return a.join('');
    }),
    uuidv4: typed('', () => {
      const b = Buffer.from(randomBytes(16));
      b[6] = (b[6]! & 0x0f) | 0x40;
      b[8] = (b[8]! & 0x3f) | 0x80;
      const h = b.toString('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }),
  };
}
