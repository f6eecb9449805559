import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../../src/build/fs/index.js';
import { buildKustomization, kustomizeBuild, renderKustomizeYaml, type FluxBuildOptions } from '../../../src/build/kustomize/index.js';

/** Strips the common indentation and the first newline of a template literal, like kustomize's test harness. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** An in-memory kustomize workspace, in the spirit of kustomize's krusty test harness. */
export class Workspace {
  readonly fs = new MemoryFileSystem({}, 'mem:/');

  /** Writes `<dir>/kustomization.yaml`. */
  writeK(dir: string, text: string): this {
    this.fs.write(dir ? `${dir}/kustomization.yaml` : 'kustomization.yaml', dedent(text));
    return this;
  }

  /** Writes any file. */
  writeF(path: string, text: string): this {
    this.fs.write(path, dedent(text));
    return this;
  }

  /** `kustomize build dir`, printed. */
  build(dir = ''): string {
    return renderKustomizeYaml(kustomizeBuild(this.fs, dir));
  }

  /** The Kustomization controller's build, printed. */
  buildFlux(dir: string, options?: FluxBuildOptions): string {
    return renderKustomizeYaml(buildKustomization(this.fs, dir, options));
  }
}

/** Asserts printed YAML equals the (dedented) expectation. */
export function expectYaml(actual: string, expected: string): void {
  assert.equal(actual, dedent(expected));
}
