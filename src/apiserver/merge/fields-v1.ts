import { FieldSet } from './field-set.js';
import { compareElements, parseElement, type PathElement } from './path-element.js';

/** A FieldsV1 document: `{"f:metadata": {"f:labels": {"f:app": {}}}, ...}` with `.` marking an owned item itself. */
export type FieldsV1 = Record<string, unknown>;

/**
 * Encodes a field set as Kubernetes' FieldsV1 JSON object, keys in the API server's order (`.` first, then fields,
 * keys, values and indexes, each sorted), so that serialising it yields the bytes a real API server stores.
 */
export function setToFieldsV1(set: FieldSet): FieldsV1 {
  return emit(set, false);
}

function emit(set: FieldSet, ownsSelf: boolean): FieldsV1 {
  const out: FieldsV1 = {};
  if (ownsSelf) out['.'] = {};
  const entries: Array<{ pe: PathElement; member: boolean; child?: FieldSet }> = [];
  for (const [id, pe] of set.members) entries.push({ pe, member: true, child: set.children.get(id)?.set });
  for (const [id, c] of set.children) if (!set.members.has(id)) entries.push({ pe: c.pe, member: false, child: c.set });
  entries.sort((a, b) => compareElements(a.pe, b.pe));
  for (const e of entries) out[e.pe.id] = e.child && !e.child.empty() ? emit(e.child, e.member) : {};
  return out;
}

/** Decodes a FieldsV1 object into a field set; throws with the offending key on malformed input. */
export function fieldsV1ToSet(fields: unknown): FieldSet {
  const set = new FieldSet();
  read(fields, set);
  return set;
}

function read(fields: unknown, set: FieldSet): boolean {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new Error('fieldsV1 entries must be objects');
  }
  let ownsSelf = false;
  for (const [k, v] of Object.entries(fields)) {
    if (k === '.') { ownsSelf = true; continue; }
    const pe = parseElement(k);
    const isEmpty = typeof v === 'object' && v !== null && Object.keys(v).length === 0;
    if (isEmpty) { set.members.set(pe.id, pe); continue; }
    const child = set.child(pe);
    if (read(v, child)) set.members.set(pe.id, pe);
  }
  return ownsSelf;
}
