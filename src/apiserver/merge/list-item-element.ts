import { isObject } from './json-order.js';
import { indexElement, keyElement, valueElement, type PathElement } from './path-element.js';
import type { TypeNode } from './type-node.js';

/** Key fields Kubernetes' schemas default when an item omits them (`+default="TCP"` on every protocol key). */
const keyDefaults: Record<string, unknown> = { protocol: 'TCP' };

/**
 * The path element of a list item: its keys in a list-map, its value in a set, its index in an atomic list. Returns
 * an error message (structured-merge-diff's wording) for an item that cannot have one.
 */
export function listItemElement(list: TypeNode, item: unknown, index: number): PathElement | string {
  if (list.listType === 'atomic') return indexElement(index);
  if (list.listType === 'map' && list.keys.length > 0) {
    if (item === null) return 'associative list with keys may not have a null element';
    if (!isObject(item)) return 'associative list with keys may not have non-map elements';
    const fields: Array<[string, unknown]> = [];
    for (const k of list.keys) {
      if (item[k] !== undefined) fields.push([k, item[k]]);
      else if (k in keyDefaults) fields.push([k, keyDefaults[k]]);
      else return `associative list with keys has an element that omits key field ${JSON.stringify(k)} (and doesn't have default value)`;
    }
    return keyElement(fields);
  }
  if (isObject(item)) return "associative list without keys has an element that's a map type";
  if (Array.isArray(item)) return 'not supported: associative list with lists as elements';
  if (item === null) return "associative list without keys has an element that's an explicit null";
  return valueElement(item);
}
