import type { KubeObject } from '../kube-object.js';

/** One change to one stored object, numbered by the resourceVersion it produced. */
export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  storageKey: string;
  object: KubeObject;
  rv: number;
}
