import { toCrdSchema, type JsonSchemaNode } from './crd-schema.js';
import { fluxKinds, type FluxKind, type FluxKindVersion } from './kinds.js';

/**
 * One `apiextensions.k8s.io/v1` CustomResourceDefinition per Flux kind, as plain JSON: Flux's names, short names,
 * categories and printer columns; the current version is the storage version, older versions are served and marked
 * deprecated. Conversion is `None`: objects keep the fields they were written with (each current schema accepts the
 * older fields, see conversion-rules.ts) and controllers convert on read with `toCurrentVersion`.
 */
export function fluxCrds(): JsonSchemaNode[] {
  return fluxKinds.map(crdFor);
}

/** The CRD of one kind (see {@link fluxCrds}). */
export function crdFor(k: FluxKind): JsonSchemaNode {
  const current = k.versions.find((x) => x.storage)?.name ?? '';
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: {
      name: `${k.plural}.${k.group}`,
      labels: { 'app.kubernetes.io/part-of': 'flux', 'app.kubernetes.io/component': k.component },
    },
    spec: {
      group: k.group,
      names: {
        kind: k.kind,
        listKind: k.listKind,
        plural: k.plural,
        singular: k.singular,
        ...(k.shortNames.length > 0 ? { shortNames: [...k.shortNames] } : {}),
        ...(k.categories.length > 0 ? { categories: [...k.categories] } : {}),
      },
      scope: 'Namespaced',
      conversion: { strategy: 'None' },
      versions: k.versions.map((ver) => versionEntry(k, ver, current)),
    },
  };
}

function versionEntry(k: FluxKind, ver: FluxKindVersion, current: string): JsonSchemaNode {
  return {
    name: ver.name,
    served: true,
    storage: ver.storage,
    ...(ver.storage
      ? {}
      : {
          deprecated: true,
          deprecationWarning: `${k.group}/${ver.name} ${k.kind} is deprecated (removed from Flux); Fluxion still serves it, upgrade to ${k.group}/${current}`,
        }),
    schema: { openAPIV3Schema: toCrdSchema(ver.schema) },
    ...(ver.status ? { subresources: { status: {} } } : {}),
    additionalPrinterColumns: ver.printerColumns.map((c) => ({ ...c })),
  };
}
