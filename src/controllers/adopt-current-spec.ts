import type { AnyFluxObject } from '../api/convert/converted.js';
import { readFluxObject } from '../api/read-flux-object.js';
import type { FluxValidator } from '../api/validation/flux-validator.js';
import type { KubeObject } from '../cluster/client/index.js';
import type { ReconcileContext } from '../runtime/reconciler.js';

/**
 * Reads an object written in any served version as the current version: its spec is replaced in place by the
 * converted, defaulted one (the runtime writes only status, so the stored spec is untouched), and every moved,
 * ignored or dropped field is reported as a Warning event, so nothing changes silently.
 */
export function adoptCurrentSpec(ctx: ReconcileContext, obj: KubeObject, validator: FluxValidator): void {
  const { object, notes } = readFluxObject<KubeObject>(obj as unknown as AnyFluxObject, validator);
  obj.spec = object.spec;
  for (const note of notes) ctx.event({ type: 'Warning', reason: 'UnsupportedAPIVersion', message: note.message });
}
