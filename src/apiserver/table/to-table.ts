import type { KubeObject } from '../kube-object.js';
import type { ResourceType } from '../registry/resource-type.js';
import { builtinColumns, defaultColumns } from './builtin-columns.js';
import { ageOf } from './human-duration.js';
import { evaluateJsonPath } from './jsonpath.js';
import type { TableColumn } from './table-column.js';

/** What each row carries besides its cells (`?includeObject=`). */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

const nameColumn: TableColumn = { name: 'Name', type: 'string', format: 'name', cell: (o) => o.metadata.name ?? '' };

/** The columns of a resource: a CRD's printer columns (else Age), or the built-in kind's. */
export function columnsFor(type: ResourceType): TableColumn[] {
  if (type.custom) {
    const printer = type.custom.printerColumns;
    if (printer.length === 0) return [nameColumn, defaultColumns[0] as TableColumn];
    return [nameColumn, ...printer.map((p): TableColumn => ({
      name: p.name, type: p.type, format: p.format, priority: p.priority ?? 0, description: p.description,
      cell: (o, now) => {
        const values = evaluateJsonPath(o, p.jsonPath);
        const v = values[0];
        if (v === undefined || v === null) return null;
        if (p.type === 'date') return ageOf(v, now);
        if (Array.isArray(v) || typeof v === 'object') return JSON.stringify(v);
        return v;
      },
    }))];
  }
  const cols = builtinColumns[`${type.group}/${type.kind}`] ?? defaultColumns;
  return type.kind === 'Event' && type.group === '' ? cols : [nameColumn, ...cols];
}

/** A `meta.k8s.io/v1` Table of objects for `kubectl get` (`Accept: application/json;as=Table;…`). */
export function toTable(type: ResourceType, objects: KubeObject[], listMeta: Record<string, unknown>, include: IncludeObject,
  now: Date, withColumns = true): Record<string, unknown> {
  const columns = columnsFor(type);
  return {
    kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: listMeta,
    columnDefinitions: withColumns
      ? columns.map((c) => ({ name: c.name, type: c.type, format: c.format ?? '', description: c.description ?? c.name, priority: c.priority ?? 0 }))
      : [],
    rows: objects.map((o) => ({
      cells: columns.map((c) => c.cell(o, now)),
      object: include === 'None' ? undefined : include === 'Object' ? o : partialMetadata(o),
    })),
  };
}

/** The `PartialObjectMetadata` view of an object. */
export function partialMetadata(o: KubeObject): Record<string, unknown> {
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
}
