import type { FieldSet } from './field-set.js';
import { isObject } from './json-order.js';
import { fieldElement } from './path-element.js';
import { listItemElement } from './list-item-element.js';
import { shapeOf } from './value-shape.js';
import type { TypeNode } from './type-node.js';

/**
 * A copy of `value` without the members of `set` (structured-merge-diff `RemoveItems`): a member removes its whole
 * subtree; a map or list emptied this way disappears. Untouched subtrees are shared with the input, not copied.
 */
export function removeItems(value: unknown, set: FieldSet, type: TypeNode): unknown {
  if (set.empty()) return value;
  const shape = shapeOf(type, value);
  if (shape === 'map' && isObject(value)) {
    const out: Record<string, unknown> = {};
    let any = false;
    for (const k in value) {
      const pe = fieldElement(k);
      if (set.members.has(pe.id)) continue;
      const sub = set.withPrefix(pe);
      const v = sub ? removeItems(value[k], sub, type.field(k)) : value[k];
      if (v !== undefined) { out[k] = v; any = true; }
    }
    return any ? out : undefined;
  }
  if (shape === 'list' && Array.isArray(value)) {
    const out: unknown[] = [];
    const elem = type.items();
    value.forEach((item, i) => {
      const pe = listItemElement(type, item, i);
      if (typeof pe === 'string') { out.push(item); return; }
      if (set.members.has(pe.id)) return;
      const sub = set.withPrefix(pe);
      const v = sub ? removeItems(item, sub, elem) : item;
      if (v !== undefined) out.push(v);
    });
    return out.length > 0 ? out : undefined;
  }
  return value;
}
