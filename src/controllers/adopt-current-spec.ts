import type { AnyFluxObject } from '../api/convert/converted.js';
import { needsSpecConversion } from '../api/needs-conversion.js';
import type { FluxValidator } from '../api/validation/flux-validator.js';
import type { KubeObject } from '../cluster/client/index.js';
import type { ReconcileContext } from '../runtime/reconciler.js';

type Converter = { read: typeof import('../api/read-flux-object.js').readFluxObject; validator: FluxValidator };
let converter: Promise<Converter> | undefined;

// The converter needs every Flux schema (~25 MiB resident): loaded the first time an object needs it, not before.
function loadConverter(): Promise<Converter> {
  converter ??= Promise.all([import('../api/read-flux-object.js'), import('../api/validation/flux-validator.js')])
    .then(([r, v]) => ({ read: r.readFluxObject, validator: new v.FluxValidator() }));
  return converter;
}

/**
 * Reads an object written in any served version as the current version: when its spec holds older fields, the spec
 * is replaced in place by the converted one (the runtime writes only status, so the stored spec is untouched), and
 * every moved, ignored or dropped field is reported as a Warning event, so nothing changes silently. Defaults come
 * from the API server, which applies the CRD's on write (as Kubernetes does).
 */
export async function adoptCurrentSpec(ctx: ReconcileContext, obj: KubeObject): Promise<void> {
  if (!needsSpecConversion(obj)) return;
  const { read, validator } = await loadConverter();
  const { object, notes } = read<KubeObject>(obj as unknown as AnyFluxObject, validator);
  obj.spec = object.spec;
  for (const note of notes) ctx.event({ type: 'Warning', reason: 'UnsupportedAPIVersion', message: note.message });
}
