import { setFlagsFromString } from 'node:v8';

let applied = false;

/**
 * Sets V8's heap up for a process that runs for days (controllers, the sandbox, the API server), for the rest of the
 * process; call it first, before the process loads its modules.
 *
 * V8's defaults suit short programs: it doubles the young generation on each burst of allocation, up to 2 × 16 MiB,
 * and keeps it; and it lets the old generation grow to several times what is live before collecting it. A controller
 * allocates in bursts (a relist, a thousand reconciles at once) and holds little between them, so under the defaults
 * most of its resident memory held nothing. Here the young generation keeps its starting size and the old generation
 * is collected once it has grown by half. Measured on the MTTP benchmark (1,000 Kustomizations): peak 117 MiB instead
 * of 167–225 MiB, for about 1 s more CPU over the whole run.
 *
 * These two are the heap settings V8 reads again after start-up, so this works from inside the process, where
 * `--max-semi-space-size` or `--max-old-space-size` would need a command-line flag.
 */
export function useLongRunningHeap(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=50');
}
