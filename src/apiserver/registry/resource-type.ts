import type { Schema, SchemaNode } from '../../api/kubernetes/index.js';
import type { CelCache } from '../crd/cel-rules.js';

/** A printer column as a CRD declares it (`additionalPrinterColumns`). */
export interface PrinterColumn {
  name: string;
  type: string;
  jsonPath: string;
  format?: string;
  description?: string;
  priority?: number;
}

/** What a CRD version adds to a served resource: its schema, printer columns and subresources. */
export interface CustomResourceInfo {
  crdName: string;
  schema?: SchemaNode;
  printerColumns: PrinterColumn[];
  scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string };
  /** Compiled `x-kubernetes-validations` rules of this version, filled as they are first used. */
  celCache: CelCache;
}

/**
 * One served resource of one group/version: its names, scope, verbs and subresources, plus where its objects
 * live in storage (`storageKey`, shared by all versions of the same group and plural).
 */
export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  verbs: string[];
  subresources: string[];
  shortNames: string[];
  categories: string[];
  storageKey: string;
  /** Whether this version is the group's preferred (for built-ins) or storage (for CRDs) version. */
  preferred: boolean;
  /** The field schema used for strategic merge, server-side apply and pruning. */
  schema(): Schema | undefined;
  custom?: CustomResourceInfo;
}

/** `apps/v1` or `v1` for core. */
export function apiVersionOf(r: { group: string; version: string }): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

/** Whether the resource has a status subresource (main writes then ignore status). */
export function hasStatus(r: ResourceType): boolean {
  return r.subresources.includes('status');
}
