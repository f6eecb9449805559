import { typed } from '../func-signature.js';
import { mapGet } from '../go-types.js';
import type { FuncMap } from '../types.js';
import { strval } from './conv.js';

/** Go's path.Clean. */
export function goClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}

function base(p: string): string {
  if (p === '') return '.';
  const t = p.replace(/\/+$/, '');
  if (t === '') return '/';
  return t.slice(t.lastIndexOf('/') + 1);
}

function dir(p: string): string {
  return goClean(p.slice(0, p.lastIndexOf('/') + 1));
}

function ext(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
}

function urlParse(v: string): Record<string, unknown> {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/(?:([^@/?#]*)@)?([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(v);
  if (!m) throw new Error(`unable to parse url: parse ${JSON.stringify(v)}: invalid URL`);
  const host = m[3] ?? '';
  const hostname = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return {
    scheme: m[1] ?? '', host, hostname, path: decodeURIComponentSafe(m[4] ?? ''), query: m[5] ?? '',
    opaque: '', fragment: decodeURIComponentSafe(m[6] ?? ''), userinfo: m[2] ?? '',
  };
}

function decodeURIComponentSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

function urlJoin(d: unknown): string {
  const g = (k: string): string => { const v = d ? mapGet(d as Record<string, unknown>, k) : undefined; return v === undefined || v === null ? '' : strval(v); };
  let out = '';
  const scheme = g('scheme');
  if (scheme) out += scheme + ':';
  const host = g('host');
  const user = g('userinfo');
  if (host || user || scheme) {
    if (host || user) out += '//';
    if (user) out += user + '@';
    out += host;
  }
  const path = g('path');
  if (path && !path.startsWith('/') && host) out += '/';
  out += encodeURI(path).replace(/%25/g, '%');
  const q = g('query');
  if (q) out += '?' + q;
  const f = g('fragment');
  if (f) out += '#' + encodeURIComponent(f).replace(/%2F/g, '/');
  return out;
}

/** Sprig's path and URL functions (`base`, `dir`, `clean`, `ext`, `isAbs`, their `os` forms, urlParse, urlJoin). */
export function pathFuncs(): FuncMap {
  const p = {
    base: typed('string', (s) => base(s as string)),
    dir: typed('string', (s) => dir(s as string)),
    clean: typed('string', (s) => goClean(s as string)),
    ext: typed('string', (s) => ext(s as string)),
    isAbs: typed('string', (s) => (s as string).startsWith('/')),
  };
  return {
    ...p, osBase: p.base, osDir: p.dir, osClean: p.clean, osExt: p.ext, osIsAbs: p.isAbs,
    urlParse: typed('string', (s) => urlParse(s as string)),
    urlJoin: typed('map', (d) => urlJoin(d)),
  };
}
