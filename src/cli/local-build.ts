import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ClusterClient, KubeObject } from '../cluster/client/index.js';
import { withOwnerLabels } from '../controllers/kustomization/steps/apply-and-prune.js';
import { buildManifests } from '../controllers/kustomization/steps/build-manifests.js';
import { substitute } from '../controllers/kustomization/steps/substitute.js';
import type { KustomizationObject } from '../controllers/kustomization/kustomization-object.js';

/** The repository root a local path builds in: its Git work tree (so `../base` resolves as in the artifact), else itself. */
export function buildRoot(dir: string): string {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : dir;
}

/** Reads Kustomization `name` from a local file (`--kustomization-file`); the error names the file. */
export function kustomizationFromFile(file: string, name: string): KustomizationObject {
  const found = parseAllDocuments(readFileSync(file, 'utf8'))
    .map((d) => d.toJS() as KubeObject | null)
    .find((o) => o?.kind === 'Kustomization' && o.metadata?.name === name);
  if (!found) throw new Error(`${file}: no Kustomization named ${name}`);
  return found as KustomizationObject;
}

/**
 * Builds a local directory as the controller would build it for `ks` — the same `buildManifests`, then the
 * cluster's `postBuild` substitutions (skipped without a client), then Flux's owner labels — and returns the objects.
 */
export async function buildLocal(ks: KustomizationObject, dir: string, client: ClusterClient | undefined, signal: AbortSignal): Promise<KubeObject[]> {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new Error(`--path ${dir}: no such directory`);
  const root = buildRoot(abs);
  const local: KustomizationObject = { ...ks, spec: { ...ks.spec, path: relative(root, abs) || './' } };
  let objects = await buildManifests(root, local);
  if (client) objects = await substitute(client, local, objects, signal);
  return withOwnerLabels(local, objects);
}
