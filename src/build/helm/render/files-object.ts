import { posix } from 'node:path';
import type { ChartFile } from '../chart/chart.js';
import { goYamlMarshal } from '../yaml/go-yaml-marshal.js';
import { compileGlob } from './glob-pattern.js';

/** Helm's `.Files`: a map of path → bytes (rangeable, sorted) with the methods templates call on it. */
export type FilesObject = Record<string, unknown>;

/** Builds `.Files` over a chart's non-template files, with Get, GetBytes, Glob, AsConfig, AsSecrets and Lines. */
export function filesObject(files: ReadonlyArray<ChartFile> | ReadonlyMap<string, Uint8Array>): FilesObject {
  const data = new Map<string, Uint8Array>(
    files instanceof Map ? files : (files as ChartFile[]).map((f) => [f.name, new Uint8Array(f.data)] as const),
  );
  const obj: FilesObject = {};
  for (const [name, bytes] of data) obj[name] = bytes;
  const toText = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
  const methods = {
    GetBytes: (name: unknown): Uint8Array => data.get(String(name)) ?? new Uint8Array(),
    Get: (name: unknown): string => toText(data.get(String(name)) ?? new Uint8Array()),
    Glob: (pattern: unknown): FilesObject => {
      const re = compileGlob(String(pattern)) ?? /^.*$/s;
      return filesObject(new Map([...data].filter(([n]) => re.test(n))));
    },
    AsConfig: (): string => asYaml(data, toText),
    AsSecrets: (): string => asYaml(data, (b) => Buffer.from(b).toString('base64')),
    Lines: (path: unknown): string[] => {
      const b = data.get(String(path));
      if (!b) return [];
      // Helm indexes the last byte without a length check: an empty file panics in Go.
      if (b.length === 0) throw new Error('runtime error: index out of range [-1]');
      let s = toText(b);
      if (s.endsWith('\n')) s = s.slice(0, -1);
      return s.split('\n');
    },
  };
  for (const [k, fn] of Object.entries(methods)) Object.defineProperty(obj, k, { value: fn, enumerable: false });
  return obj;
}

function asYaml(data: Map<string, Uint8Array>, encode: (b: Uint8Array) => string): string {
  const m: Record<string, string> = {};
  for (const [k, v] of data) m[posix.basename(k)] = encode(v);
  return goYamlMarshal(m).replace(/\n$/, '');
}
