import type { AnyFluxObject, Converted } from './converted.js';
import { convertWith, currentOf as current, dig, type NoteBook } from './convert-with.js';
import { valuesFileFirst } from './values-file-first.js';

type Json = Record<string, unknown>;

function checksumToDigest(obj: AnyFluxObject, book: NoteBook): void {
  const artifact = dig(obj, 'status', 'artifact');
  if (!artifact || typeof artifact.checksum !== 'string') return;
  if (artifact.digest === undefined) artifact.digest = `sha256:${artifact.checksum}`;
  delete artifact.checksum;
  book.note('source-artifact-checksum', 'status.artifact.checksum');
}

function dropIgnored(spec: Json | undefined, field: string, rule: string, book: NoteBook): void {
  if (spec?.[field] === undefined) return;
  delete spec[field];
  book.note(rule, `spec.${field}`);
}

/** GitRepository from any served version to `source.toolkit.fluxcd.io/v1` (see rules gitrepo-* in conversion-rules.ts). */
export function gitRepositoryToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), (o, book) => {
    dropIgnored(o.spec, 'gitImplementation', 'gitrepo-git-implementation', book);
    dropIgnored(o.spec, 'accessFrom', 'gitrepo-access-from', book);
    const verify = dig(o, 'spec', 'verify');
    if (verify?.mode === 'head') {
      verify.mode = 'HEAD';
      book.note('gitrepo-verify-mode-head', 'spec.verify.mode');
    }
    checksumToDigest(o, book);
  });
}

/** HelmRepository from any served version to v1 (same fields; status checksum becomes digest). */
export function helmRepositoryToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), checksumToDigest);
}

/** HelmChart from any served version to v1 (`valuesFile` moves to the front of `valuesFiles`). */
export function helmChartToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), (o, book) => {
    valuesFileFirst(o.spec, 'spec', 'helmchart-values-file', book);
    checksumToDigest(o, book);
  });
}

/** Bucket from any served version to v1 (`accessFrom`, never implemented, is dropped with a note). */
export function bucketToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), (o, book) => {
    dropIgnored(o.spec, 'accessFrom', 'bucket-access-from', book);
    checksumToDigest(o, book);
  });
}

/** OCIRepository from any served version to v1 (same fields; status checksum becomes digest). */
export function ociRepositoryToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), checksumToDigest);
}
