import { isObject } from './json-order.js';
import type { TypeNode } from './type-node.js';

/**
 * How a value at a typed position is walked: `map` (granular, into its entries), `list` (associative, into its items)
 * or `leaf` (scalars, atomic maps and lists, and values whose shape the schema does not expect). Untyped positions
 * follow the value: objects are granular maps, arrays atomic lists.
 */
export type Shape = 'map' | 'list' | 'leaf';

/** The shape a value takes at a typed position (see `Shape`). */
export function shapeOf(type: TypeNode, v: unknown): Shape {
  switch (type.kind) {
    case 'deduced': return isObject(v) ? 'map' : 'leaf';
    case 'map': return type.atomic || !(isObject(v) || v === null) ? 'leaf' : 'map';
    case 'list': return type.atomic || !(Array.isArray(v) || v === null) ? 'leaf' : 'list';
    default: return 'leaf';
  }
}
