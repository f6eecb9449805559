import type { KubeObject } from '../kube-object.js';

/** One column of a Table: its definition and how to compute a cell from an object. */
export interface TableColumn {
  name: string;
  type: string;
  format?: string;
  priority?: number;
  description?: string;
  cell(obj: KubeObject, now: Date): unknown;
}
