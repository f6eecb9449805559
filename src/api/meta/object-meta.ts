import { Type, type TUnsafe } from '@sinclair/typebox';

/** An owner reference as Kubernetes stores it in `metadata.ownerReferences`. */
export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

/** Kubernetes `ObjectMeta` as JSON; the fields the server sets are optional because clients may omit them. */
export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: OwnerReference[];
  managedFields?: unknown[];
  [key: string]: unknown;
}

/** `metadata` in a CRD schema is just `type: object`: Kubernetes validates it itself and forbids more. */
export function ObjectMetaSchema(): TUnsafe<ObjectMeta> {
  return Type.Unsafe<ObjectMeta>({ type: 'object' });
}
