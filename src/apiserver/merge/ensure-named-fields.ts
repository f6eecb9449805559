import { FieldSet } from './field-set.js';
import type { TypeNode } from './type-node.js';

/**
 * structured-merge-diff `EnsureNamedFieldsAreMembers`: the set plus every declared struct field that has owned
 * children (so a struct nobody owns anything in any more is pruned whole), but not free-form map keys.
 */
export function ensureNamedFieldsAreMembers(set: FieldSet, type: TypeNode): FieldSet {
  const out = new FieldSet();
  for (const [id, pe] of set.members) out.members.set(id, pe);
  for (const [id, c] of set.children) {
    const childType = c.pe.type === 'f' ? type.field(c.pe.name) : type.items();
    if (c.pe.type === 'f' && type.hasNamedField(c.pe.name)) out.members.set(id, c.pe);
    out.children.set(id, { pe: c.pe, set: ensureNamedFieldsAreMembers(c.set, childType) });
  }
  return out;
}
