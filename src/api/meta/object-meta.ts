import { Type, type TUnsafe } from '@sinclair/typebox';

/** The parts of Kubernetes `ObjectMeta` the Flux API code reads; the API server owns the rest. */
export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

/** `metadata` in a CRD schema is just `type: object`: Kubernetes validates it itself and forbids more. */
export function ObjectMetaSchema(): TUnsafe<ObjectMeta> {
  return Type.Unsafe<ObjectMeta>({ type: 'object' });
}
