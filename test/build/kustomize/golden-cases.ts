import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiskFileSystem } from '../../../src/build/fs/index.js';
import { decodeYamlDocuments, kustomizeBuild, renderKustomizeYaml } from '../../../src/build/kustomize/index.js';
import { jsonEqual } from '../../../src/lib/strategic-merge/index.js';
import { fixture } from '../../support/repo-root.js';

/** One golden case: inputs under `input/`, the real kustomize's output or error next to them. */
export interface GoldenCase {
  name: string;
  dir: string;
  target: string;
  expected?: string;
  expectedError?: string;
  expectError?: string;
}

/** How our output compares with kustomize's. */
export type Outcome = 'identical' | 'equal-objects' | 'different' | 'error-as-expected' | 'unexpected-error' | 'missing-error';

/** Every case under test/fixtures/kustomize/cases, sorted by name. */
export function loadGoldenCases(): GoldenCase[] {
  const root = fixture('kustomize', 'cases');
  return readdirSync(root).sort().map((name) => {
    const dir = join(root, name);
    const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { target: string; expectError?: string };
    const exp = join(dir, 'expected.yaml');
    const err = join(dir, 'expected-error.txt');
    return {
      name, dir, target: meta.target, expectError: meta.expectError,
      expected: existsSync(exp) ? readFileSync(exp, 'utf8') : undefined,
      expectedError: existsSync(err) ? readFileSync(err, 'utf8') : undefined,
    };
  });
}

/** Skipped cases and why (test/fixtures/kustomize/skip.json). */
export function loadSkipList(): Record<string, string> {
  const p = fixture('kustomize', 'skip.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, string>) : {};
}

/** Builds a case with our engine and classifies the result against kustomize's. */
export function runGoldenCase(c: GoldenCase): { outcome: Outcome; actual: string; error?: string } {
  let actual: string;
  try {
    actual = renderKustomizeYaml(kustomizeBuild(new DiskFileSystem(join(c.dir, 'input')), c.target === '.' ? '' : c.target));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { outcome: c.expected === undefined ? 'error-as-expected' : 'unexpected-error', actual: '', error: message };
  }
  if (c.expected === undefined) return { outcome: 'missing-error', actual };
  if (actual === c.expected) return { outcome: 'identical', actual };
  const a = decodeYamlDocuments(actual, 'ours').map((d) => d.value);
  const e = decodeYamlDocuments(c.expected, 'expected.yaml').map((d) => d.value);
  const same = a.length === e.length && a.every((x, i) => jsonEqual(x, e[i]));
  return { outcome: same ? 'equal-objects' : 'different', actual };
}
