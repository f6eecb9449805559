import type { ClusterClient, KubeObject } from '../../../src/cluster/client/index.js';
import {
  ControllerRuntime,
  ReconcileError,
  StalledError,
  createLogger,
  markTrue,
  type Conditioned,
  type ReconcileContext,
  type Reconciler,
  type RuntimeOptions,
} from '../../../src/runtime/index.js';

/** One call of the toy reconciler: which runtime, which object, which generation, when. */
export interface ToyCall {
  runtime: string;
  namespace: string;
  name: string;
  generation: number;
  at: number;
}

/** How the toy behaves beyond its spec: a hook run inside reconcile, a finalizer, retryInterval support. */
export interface ToyOptions {
  id?: string;
  calls?: ToyCall[];
  onReconcile?: (obj: KubeObject, signal: AbortSignal, ctx: ReconcileContext) => Promise<void>;
  finalizer?: string;
  finalized?: string[];
  usesRetryInterval?: boolean;
}

/**
 * The toy Widget reconciler: `spec.fail` makes it fail with BuildFailed (or stall when `stall`), otherwise it
 * marks its own `Painted` condition with `spec.color`; the revision is `color@<color>`.
 */
export function toyReconciler(options: ToyOptions = {}): Reconciler {
  const calls = options.calls ?? [];
  return {
    apiVersion: 'test.fluxion.dev/v1',
    kind: 'Widget',
    conditionTable: { owned: ['Painted'], summarize: ['Painted'], negativePolarity: [] },
    finalizer: options.finalizer,
    usesRetryInterval: options.usesRetryInterval,
    revision: (obj) => `color@${String((obj.spec as { color?: string }).color ?? 'none')}`,
    async reconcile(ctx, obj, signal) {
      calls.push({ runtime: options.id ?? 'a', namespace: obj.metadata.namespace ?? '', name: obj.metadata.name ?? '', generation: obj.metadata.generation ?? 0, at: Date.now() });
      await options.onReconcile?.(obj, signal, ctx);
      const spec = obj.spec as { fail?: string; color?: string };
      const where = `Widget/${obj.metadata.namespace}/${obj.metadata.name}`;
      if (spec.fail === 'stall') throw new StalledError('InvalidURL', `${where}: spec.fail: stalled on purpose`);
      if (spec.fail) throw new ReconcileError('BuildFailed', `${where}: ${spec.fail}`);
      markTrue(obj as unknown as Conditioned, 'Painted', 'Succeeded', `painted ${spec.color ?? 'none'}`, ctx.now());
    },
    async finalize(_ctx, obj) {
      options.finalized?.push(obj.metadata.name ?? '');
    },
  };
}

/** A started runtime with the toy registered, fast test timings, and its JSON log lines. */
export interface ToyRuntime {
  runtime: ControllerRuntime;
  logs: Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** Starts a runtime for the toy with short backoff (50 ms → 400 ms), no jitter and metrics on a free port. */
export async function startToyRuntime(client: ClusterClient, reconciler: Reconciler, options: Partial<RuntimeOptions> = {}): Promise<ToyRuntime> {
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) } });
  const runtime = new ControllerRuntime({
    client,
    component: 'widget-controller',
    logger,
    metricsAddr: '127.0.0.1:0',
    backoff: { minDelayMs: 50, maxDelayMs: 400 },
    jitterFraction: 0,
    reconnectMinMs: 50,
    reconnectMaxMs: 400,
    ...options,
  });
  runtime.register(reconciler);
  await runtime.start();
  return { runtime, logs, stop: () => runtime.stop() };
}

/** Creates a fresh namespace for one test. */
export async function freshNamespace(client: ClusterClient, name: string): Promise<string> {
  await client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  return name;
}

/** The Widget's Ready condition, if any. */
export async function readyOf(client: ClusterClient, namespace: string, name: string): Promise<{ status: string; reason: string; message: string } | undefined> {
  const obj = await client.get({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', namespace, name });
  const conditions = ((obj.status as { conditions?: Array<{ type: string; status: string; reason: string; message: string }> } | undefined)?.conditions) ?? [];
  return conditions.find((c) => c.type === 'Ready');
}
