import { posix } from 'node:path';
import { KustomizeError } from '../kustomize-error.js';
import type { GeneratorArgs } from '../kustomization.js';
import type { Loader } from '../loader.js';

/** A key/value pair for a generated ConfigMap or Secret. */
export interface KvPair { key: string; value: string }

function removeQuotes(s: string): string {
  if (s.length < 2 || s[0] !== s[s.length - 1]) return s;
  return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s;
}

function literal(source: string, file: string): KvPair {
  const eq = source.indexOf('=');
  if (eq <= 0) throw new KustomizeError(`${file}: invalid literal source ${source}, expected key=value`, file);
  return { key: source.slice(0, eq), value: removeQuotes(source.slice(eq + 1)) };
}

/** Lines of an env file: `KEY=value`; blank lines and `#` comments skipped; a bare `KEY` gets an empty value. */
function envPairs(text: string, path: string, file: string): KvPair[] {
  const out: KvPair[] = [];
  text.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    if (key === '') throw new KustomizeError(`${file}: ${path}:${i + 1}: missing key name`, file);
    out.push({ key, value: eq < 0 ? '' : line.slice(eq + 1) });
  });
  return out;
}

function fileSource(source: string, file: string): { key: string; path: string } {
  const n = source.split('=').length - 1;
  if (n === 0) return { key: posix.basename(source), path: source };
  if (n > 1 || source.startsWith('=') || source.endsWith('=')) {
    throw new KustomizeError(`${file}: invalid file source "${source}": key names or file paths cannot contain '='`, file);
  }
  const [key, path] = source.split('=') as [string, string];
  return { key, path };
}

/** The pairs of a generator in kustomize's order (env files, literals, files); repeated keys are an error. */
export function loadKvPairs(args: GeneratorArgs, dir: string, file: string, loader: Loader, kindLabel: string): KvPair[] {
  const all: KvPair[] = [];
  for (const env of [...(args.envs ?? []), ...(args.env ? [args.env] : [])]) {
    const { text } = loader.readFile(dir, env, file, 'env file');
    all.push(...envPairs(text, env, file));
  }
  for (const l of args.literals ?? []) all.push(literal(l, file));
  for (const f of args.files ?? []) {
    const { key, path } = fileSource(f, file);
    all.push({ key, value: loader.readFile(dir, path, file, 'file').text });
  }
  const seen = new Set<string>();
  for (const p of all) {
    if (seen.has(p.key)) throw new KustomizeError(`${file}: ${kindLabel} ${args.name ?? ''} illegally repeats the key \`${p.key}\``, file);
    seen.add(p.key);
  }
  return all;
}
