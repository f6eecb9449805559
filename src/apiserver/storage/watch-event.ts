import type { KubeObject } from '../kube-object.js';

/** One change to one stored object, numbered by the resourceVersion it produced; `json` is the object serialized. */
export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  storageKey: string;
  object: KubeObject;
  json: string;
  rv: number;
}
