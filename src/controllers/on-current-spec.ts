import { FluxValidator } from '../api/validation/flux-validator.js';
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
  const validator = new FluxValidator();
  return (ctx, obj, signal) => {
    adoptCurrentSpec(ctx, obj, validator);
    refuseUnsupported(obj, unsupported);
    return reconcile(ctx, obj, signal);
  };
}
