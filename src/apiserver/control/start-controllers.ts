import type { ApiContext } from '../api-context.js';
import { startCrdController } from '../crd/crd-controller.js';
import { startEventTtl } from '../gc/event-ttl.js';
import { startGarbageCollector } from '../gc/garbage-collector.js';
import { startNamespaceController } from '../gc/namespace-controller.js';
import { startKubeletSimulator } from '../kubelet/kubelet-simulator.js';

/** Settings of the in-process controllers. */
export interface ControllerSettings {
  /** Delay before simulated workload status (ms); false disables the kubelet simulation. */
  kubeletDelayMs: number | false;
  /** How long Events live after they last happened (ms). */
  eventTtlMs: number;
}

/** Starts the server's own controllers (CRDs, garbage collection, namespaces, kubelet); returns their stop function. */
export function startControllers(ctx: ApiContext, settings: ControllerSettings): () => void {
  const stops = [startCrdController(ctx), startGarbageCollector(ctx), startNamespaceController(ctx), startEventTtl(ctx, settings.eventTtlMs)];
  if (settings.kubeletDelayMs !== false) stops.push(startKubeletSimulator(ctx, settings.kubeletDelayMs));
  return () => {
    for (const s of stops) s();
  };
}
