import { findFluxKind } from '../kinds.js';
import { UnsupportedVersionError } from '../unsupported-version-error.js';
import type { AnyFluxObject, Converted } from './converted.js';
import { convertWith, dig } from './convert-with.js';
import { imageRefToString } from './image-conversions.js';

/**
 * Converts a current-version object back to another served version, for serving an object in the version a client
 * asked for: the reverse of the value renames, then every field that version lacks is removed and reported in notes.
 */
export function toServedVersion(obj: AnyFluxObject, apiVersion: string): Converted {
  if (!findFluxKind(apiVersion, obj.kind)) throw new UnsupportedVersionError(apiVersion, obj.kind);
  const version = apiVersion.slice(apiVersion.indexOf('/') + 1);
  return convertWith(obj, apiVersion, (o) => {
    if (o.kind === 'GitRepository' && version === 'v1beta2') {
      const verify = dig(o, 'spec', 'verify');
      if (verify?.mode === 'HEAD') verify.mode = 'head';
    }
    if (o.kind === 'ImagePolicy' && version !== 'v1' && o.status) {
      for (const [from, to] of [['latestRef', 'latestImage'], ['observedPreviousRef', 'observedPreviousImage']] as const) {
        const ref = dig(o, 'status', from);
        if (ref) o.status[to] = imageRefToString(ref as { name: string; tag: string; digest?: string });
        delete o.status[from];
      }
    }
  });
}
