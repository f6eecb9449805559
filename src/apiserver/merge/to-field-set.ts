import { FieldSet } from './field-set.js';
import { isObject } from './json-order.js';
import { fieldElement, type PathElement } from './path-element.js';
import { pathString } from './field-set.js';
import { listItemElement } from './list-item-element.js';
import { shapeOf } from './value-shape.js';
import type { TypeNode } from './type-node.js';

/** A value that does not fit its schema where ownership must be exact (an apply config). */
export class TypedValueError extends Error {
  override readonly name = 'TypedValueError';
}

/**
 * The fields a value sets (structured-merge-diff `ToFieldSet`): every leaf, atomic map or list, and every
 * associative list item; empty or null granular maps and lists contribute nothing. `strict` throws TypedValueError
 * for list items without keys and duplicate items (an apply config), otherwise such items are skipped.
 */
export function toFieldSet(value: unknown, type: TypeNode, strict = false): FieldSet {
  const set = new FieldSet();
  walk(value, type, [], set, strict);
  return set;
}

function walk(v: unknown, type: TypeNode, path: PathElement[], set: FieldSet, strict: boolean): void {
  const shape = shapeOf(type, v);
  if (shape === 'map') {
    if (!isObject(v)) return;
    for (const k in v) {
      path.push(fieldElement(k));
      if (strict && type.rejectsField(k)) throw new TypedValueError(`${pathString(path)}: field not declared in schema`);
      walk(v[k], type.field(k), path, set, strict);
      path.pop();
    }
    return;
  }
  if (shape === 'list') {
    if (!Array.isArray(v)) return;
    const elem = type.items();
    const items: Array<[PathElement, unknown]> = [];
    const seen = new Set<string>();
    for (let i = 0; i < v.length; i++) {
      const pe = listItemElement(type, v[i], i);
      if (typeof pe === 'string' || seen.has(pe.id)) {
        const msg = typeof pe === 'string' ? `element ${i}: ${pe}` : `duplicate entries for key ${pathString([pe])}`;
        if (strict) throw new TypedValueError(`${pathString(path)}: ${msg}`);
        // A stored list whose items cannot be told apart is owned whole, as the merge treats it.
        set.insert(path);
        return;
      }
      seen.add(pe.id);
      items.push([pe, v[i]]);
    }
    for (const [pe, item] of items) {
      path.push(pe);
      walk(item, elem, path, set, strict);
      set.insert(path);
      path.pop();
    }
    return;
  }
  set.insert(path);
}
