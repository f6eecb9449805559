import type { KubeObject } from '../cluster/client/index.js';
import type { ReconcileContext, ReconcileResult } from '../runtime/reconciler.js';
import { adoptCurrentSpec } from './adopt-current-spec.js';
import { refuseUnsupported, type UnsupportedField } from './refuse-unsupported.js';

type Reconcile<T> = (ctx: ReconcileContext, obj: T, signal: AbortSignal) => Promise<ReconcileResult | void>;

/**
 * Wraps a kind's reconcile with what every Flux controller does first: read the object as the current API version
 * (converted, defaulted, notes reported) and stall on a field this version cannot honour.
 */
export function onCurrentSpec<T extends KubeObject>(unsupported: readonly UnsupportedField[], reconcile: Reconcile<T>): Reconcile<T> {
  return async (ctx, obj, signal) => {
    await adoptCurrentSpec(ctx, obj);
    refuseUnsupported(obj, unsupported);
    return reconcile(ctx, obj, signal);
  };
}
