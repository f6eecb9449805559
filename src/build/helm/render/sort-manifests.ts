import { HelmRenderError } from './helm-render-error.js';
import { sortByKind } from './install-order.js';
import { readHead, type ManifestHead } from './read-head.js';
import { isBlank, splitManifests } from './split-manifests.js';

/** One rendered document with the template it came from and the head fields Helm sorts by. */
export interface Manifest {
  /** Template path, e.g. `mychart/templates/deployment.yaml`. */
  name: string;
  content: string;
  kind: string;
  metadataName: string;
}

/** A hook document (`helm.sh/hook` annotation): printed after the manifests by `helm template`. */
export interface HookManifest extends Manifest {
  events: string[];
  weight: number;
}

const hookEvents = new Set(['pre-install', 'post-install', 'pre-delete', 'post-delete', 'pre-upgrade', 'post-upgrade',
  'pre-rollback', 'post-rollback', 'test', 'test-success']);

/**
 * Helm's SortManifests: splits each rendered file (partials and blank files skipped, files in path order) into
 * documents, separates hooks, and sorts both by kind install order. Throws on a document that is not YAML.
 */
export function sortManifests(files: Map<string, string>): { hooks: HookManifest[]; manifests: Manifest[] } {
  const hooks: HookManifest[] = [];
  const manifests: Manifest[] = [];
  for (const path of [...files.keys()].sort()) {
    const content = files.get(path)!;
    if (path.split('/').pop()!.startsWith('_') || isBlank(content)) continue;
    for (const doc of splitManifests(content)) {
      const head = headOf(doc, path);
      const base: Manifest = { name: path, content: doc, kind: head.kind, metadataName: head.name };
      const hook = head.annotations['helm.sh/hook'];
      if (hook === undefined) { manifests.push(base); continue; }
      const events = hook.split(',').map((e) => e.trim().toLowerCase());
      if (events.some((e) => !hookEvents.has(e))) continue;
      const weight = Number.parseInt(head.annotations['helm.sh/hook-weight'] ?? '0', 10);
      hooks.push({ ...base, events, weight: Number.isNaN(weight) ? 0 : weight });
    }
  }
  return { hooks: sortByKind(hooks), manifests: sortByKind(manifests) };
}

function headOf(doc: string, path: string): ManifestHead {
  try {
    return readHead(doc);
  } catch (err) {
    throw new HelmRenderError(`YAML parse error on ${path}: ${(err as Error).message}`, true);
  }
}
