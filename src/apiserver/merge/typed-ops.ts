import { FieldSet } from './field-set.js';
import { jsonEquals } from './json-order.js';
import { mergeWalk } from './merge-walk.js';
import type { TypeNode } from './type-node.js';

/**
 * structured-merge-diff `TypedValue.Merge`: the config laid over the live object, config values winning, maps and
 * associative lists merged item by item, atomic values replaced.
 */
export function mergeTyped(live: unknown, config: unknown, type: TypeNode): unknown {
  return mergeWalk(live, config, type, { leaf: (_p, l, r) => (r !== undefined ? r : l) });
}

/** What changed from one version of an object to the next, as field sets. */
export interface Comparison { added: FieldSet; modified: FieldSet; removed: FieldSet }

/**
 * structured-merge-diff `TypedValue.Compare`: leaves added, removed or changed, plus maps and list items that appear
 * or disappear as a whole (the `.` entries of an Update manager).
 */
export function compareTyped(oldValue: unknown, newValue: unknown, type: TypeNode): Comparison {
  const c: Comparison = { added: new FieldSet(), modified: new FieldSet(), removed: new FieldSet() };
  mergeWalk(oldValue, newValue, type, {
    leaf: (path, l, r) => {
      if (l === undefined) c.added.insert(path);
      else if (r === undefined) c.removed.insert(path);
      else if (!jsonEquals(l, r)) c.modified.insert(path);
      return undefined;
    },
    post: (path, l, r) => {
      if (l === undefined) c.added.insert(path);
      else if (r === undefined) c.removed.insert(path);
    },
  });
  return c;
}
