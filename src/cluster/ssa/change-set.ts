/** What applying or deleting did to one object, in Flux's words. */
export type ChangeAction = 'created' | 'configured' | 'unchanged' | 'deleted' | 'skipped';

/** One object's outcome: `subject` is `Kind/namespace/name` (`Kind/name` when cluster-scoped), as in Flux's events. */
export interface ChangeSetEntry {
  subject: string;
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  action: ChangeAction;
  /** The object as the server last returned it (live when unchanged, the apply result otherwise), when known. */
  object?: KubeObjectLike;
}

/** An object as plain JSON (kept loose here: change sets are also built from references). */
export type KubeObjectLike = { apiVersion: string; kind: string; metadata: { name?: string; namespace?: string } } & Record<string, unknown>;

/** The outcome of an apply or delete, in the order the objects were handled. */
export type ChangeSet = ChangeSetEntry[];

/** `Deployment/apps/web`, or `Namespace/apps` for cluster-scoped objects. */
export function subjectOf(obj: { kind: string; metadata: { name?: string; namespace?: string } }): string {
  const ns = obj.metadata.namespace;
  return ns ? `${obj.kind}/${ns}/${obj.metadata.name ?? ''}` : `${obj.kind}/${obj.metadata.name ?? ''}`;
}

/** A change-set entry for an object. */
export function changeOf(obj: { apiVersion: string; kind: string; metadata: { name?: string; namespace?: string } }, action: ChangeAction, object?: KubeObjectLike): ChangeSetEntry {
  return {
    ...(object ? { object } : {}),
    subject: subjectOf(obj),
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    name: obj.metadata.name ?? '',
    namespace: obj.metadata.namespace ?? '',
    action,
  };
}

/** The lines Flux puts in an event: one `<subject> <action>` per changed object (unchanged ones left out). */
export function describeChanges(changes: ChangeSet): string {
  return changes.filter((c) => c.action !== 'unchanged').map((c) => `${c.subject} ${c.action}`).join('\n');
}
