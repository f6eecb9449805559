import type { AnyFluxObject, Converted } from './converted.js';
import { convertWith, currentOf as current, dig } from './convert-with.js';

/** Splits `ghcr.io/org/app:1.2.3@sha256:…` into an ImageRef (`name`, `tag`, `digest`). */
export function imageRefFromString(image: string): { name: string; tag: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  const tagged = colon > ref.lastIndexOf('/');
  return { name: tagged ? ref.slice(0, colon) : ref, tag: tagged ? ref.slice(colon + 1) : '', ...(digest ? { digest } : {}) };
}

/** Joins an ImageRef back into `name:tag[@digest]` (the v1beta1/v1beta2 `latestImage` form). */
export function imageRefToString(ref: { name: string; tag: string; digest?: string }): string {
  return `${ref.name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** ImageRepository from any served version to v1 (same fields). */
export function imageRepositoryToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), () => undefined);
}

/** ImagePolicy from any served version to v1: `status.latestImage` strings become `latestRef` objects. */
export function imagePolicyToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), (o, book) => {
    if (obj.apiVersion.endsWith('/v1beta1') && dig(o, 'spec', 'imageRepositoryRef')) book.note('imagepolicy-local-repo-ref', 'spec.imageRepositoryRef');
    const status = o.status;
    if (!status) return;
    for (const [from, to] of [['latestImage', 'latestRef'], ['observedPreviousImage', 'observedPreviousRef']] as const) {
      if (typeof status[from] !== 'string') continue;
      if (status[from] !== '') status[to] = imageRefFromString(status[from] as string);
      delete status[from];
      book.note('imagepolicy-latest-image', `status.${from}`);
    }
  });
}

/** ImageUpdateAutomation from any served version to v1 (same paths; `.Updated` templates noted as honoured). */
export function imageUpdateAutomationToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), (o, book) => {
    const template = dig(o, 'spec', 'git', 'commit')?.messageTemplate;
    if (typeof template === 'string' && template.includes('.Updated') && !obj.apiVersion.endsWith('/v1')) {
      book.note('iua-updated-template', 'spec.git.commit.messageTemplate');
    }
  });
}
