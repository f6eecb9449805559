import type { ClusterClient, KubeObject } from '../cluster/client/index.js';

/** Where progress lines go (the terminal). */
export interface ProgressSink { write(text: string): void }

interface Condition { type: string; status: string; reason?: string; message?: string }

// Not failures of the object itself: it waits for a dependency or for its source's first artifact.
const waitingReasons = ['DependencyNotReady', 'ArtifactFailed'];

function readyOf(obj: KubeObject): Condition | undefined {
  return ((obj.status as { conditions?: Condition[] } | undefined)?.conditions ?? []).find((c) => c.type === 'Ready');
}

/**
 * Prints a line each time a GitRepository or Kustomization's Ready condition changes: `✔ Kustomization
 * flux-system/apps: Applied revision: main@sha1:…`, or `✗ …: <error>`. Returns a function that stops it.
 */
export function printProgress(client: ClusterClient, out: ProgressSink): () => void {
  const stop = new AbortController();
  const last = new Map<string, string>();
  const kinds = [
    { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository' },
    { apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization' },
  ];
  for (const k of kinds) {
    void (async () => {
      while (!stop.signal.aborted) {
        try {
          for await (const ev of client.watch({ ...k, signal: stop.signal })) {
            if (ev.type === 'BOOKMARK' || ev.type === 'DELETED') continue;
            const ready = readyOf(ev.object);
            if (!ready || ready.status === 'Unknown') continue;
            const key = `${k.kind}/${ev.object.metadata.namespace}/${ev.object.metadata.name}`;
            const line = `${ready.status === 'True' ? '✔' : waitingReasons.includes(ready.reason ?? '') ? '◎' : '✗'} ${k.kind} ${ev.object.metadata.namespace}/${ev.object.metadata.name}: ${(ready.message ?? '').split('\n')[0]}`;
            if (last.get(key) === line) continue;
            last.set(key, line);
            out.write(line + '\n');
          }
        } catch {
          if (!stop.signal.aborted) await new Promise((r) => setTimeout(r, 500));
        }
      }
    })();
  }
  return () => stop.abort();
}
