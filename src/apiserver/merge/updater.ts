import { FieldSet } from './field-set.js';
import { ApplyConflicts, type ManagerConflict } from './conflict-error.js';
import { ensureNamedFieldsAreMembers } from './ensure-named-fields.js';
import { jsonEquals } from './json-order.js';
import type { ManagerEntry, Managers } from './managers.js';
import { removeItems } from './remove-items.js';
import { toFieldSet } from './to-field-set.js';
import { compareTyped, mergeTyped, type Comparison } from './typed-ops.js';
import type { TypeNode } from './type-node.js';

/** What the field-manager layers pass down: the type, and the fields nobody may own here (reset by the strategy). */
export interface UpdaterContext {
  type: TypeNode;
  ignored: FieldSet;
}

/**
 * structured-merge-diff `Updater.update`: every other manager loses the fields this write changes or removes;
 * without `force`, a changed field owned by another manager is a conflict (thrown as ApplyConflicts).
 */
function update(
  ctx: UpdaterContext, oldObj: unknown, newObj: unknown, managers: Managers, workflow: string, force: boolean,
): { managers: Managers; compare: Comparison } {
  const raw = compareTyped(oldObj, newObj, ctx.type);
  const compare: Comparison = {
    added: raw.added.recursiveDifference(ctx.ignored),
    modified: raw.modified.recursiveDifference(ctx.ignored),
    removed: raw.removed.recursiveDifference(ctx.ignored),
  };
  const changed = compare.modified.union(compare.added);
  const conflicts: ManagerConflict[] = [];
  for (const [id, entry] of managers) {
    if (id === workflow) continue;
    const c = entry.set.intersection(changed);
    if (!c.empty()) conflicts.push({ id, entry, set: c });
  }
  if (!force && conflicts.length > 0) throw new ApplyConflicts(conflicts);
  const out: Managers = new Map();
  for (const [id, entry] of managers) {
    let set = entry.set;
    if (id !== workflow) set = set.difference(changed).difference(compare.removed);
    if (!set.empty()) out.set(id, set === entry.set ? entry : { ...entry, set });
  }
  return { managers: out, compare };
}

/**
 * structured-merge-diff `Updater.Update` (create, update, non-apply patch): the workflow's manager gains what
 * changed and loses what was removed; other managers lose both.
 */
export function updateManagers(
  ctx: UpdaterContext, live: unknown, next: unknown, managers: Managers, id: string, entry: Omit<ManagerEntry, 'set'>,
): Managers {
  const { managers: out, compare } = update(ctx, live, next, managers, id, true);
  const prev = out.get(id)?.set ?? new FieldSet();
  const set = prev.difference(compare.removed).union(compare.modified).union(compare.added).recursiveDifference(ctx.ignored);
  if (set.empty()) out.delete(id);
  else out.set(id, { ...entry, set });
  return out;
}

/** Result of an apply: the merged object (or `unchanged` when the object is the same) and the new managers. */
export interface ApplyResult { object: unknown; managers: Managers; unchanged: boolean }

/**
 * structured-merge-diff `Updater.Apply`: merges the config into the live object, makes the applier own exactly the
 * config's fields, prunes what it applied last time and nobody owns now, then resolves conflicts.
 */
export function applyManagers(
  ctx: UpdaterContext, live: unknown, config: unknown, managers: Managers, id: string, entry: Omit<ManagerEntry, 'set'>,
  force: boolean,
): ApplyResult {
  let merged = mergeTyped(live, config, ctx.type);
  const lastSet = managers.get(id)?.set;
  const set = toFieldSet(config, ctx.type, true).recursiveDifference(ctx.ignored);
  const next: Managers = new Map(managers);
  next.set(id, { ...entry, set });
  if (lastSet && !lastSet.empty()) merged = prune(ctx.type, merged, next, lastSet);
  const { managers: out } = update(ctx, live, merged, next, id, force);
  return { object: merged, managers: out, unchanged: jsonEquals(live, merged) };
}

function prune(type: TypeNode, merged: unknown, managers: Managers, lastSet: FieldSet): unknown {
  const last = ensureNamedFieldsAreMembers(lastSet, type);
  const pruned = removeItems(merged, last, type);
  let owned = new FieldSet();
  for (const e of managers.values()) owned = owned.union(e.set);
  const mergedSet = ensureNamedFieldsAreMembers(toFieldSet(merged, type), type);
  const prunedSet = ensureNamedFieldsAreMembers(toFieldSet(pruned, type), type);
  const addedBack = removeItems(
    merged, mergedSet.difference(prunedSet.union(ensureNamedFieldsAreMembers(owned, type))), type,
  );
  const addedBackSet = ensureNamedFieldsAreMembers(toFieldSet(addedBack, type), type);
  return removeItems(merged, mergedSet.difference(addedBackSet).intersection(last), type);
}
