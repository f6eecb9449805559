import { FieldSet } from './field-set.js';
import { isObject } from './json-order.js';
import { fieldElement, type PathElement } from './path-element.js';

/**
 * The exclusion set "every field of these objects except those under `keep`" (a dotted path such as `status` or
 * `spec.replicas`): what a subresource endpoint may neither change nor own.
 */
export function everythingExcept(keep: readonly string[], ...objects: unknown[]): FieldSet {
  const set = new FieldSet();
  const walk = (depth: number, prefix: PathElement[], values: unknown[]): void => {
    const keys = new Set<string>();
    for (const v of values) if (isObject(v)) for (const k of Object.keys(v)) keys.add(k);
    keys.add(keep[depth]!);
    for (const k of keys) {
      const path = [...prefix, fieldElement(k)];
      if (k !== keep[depth]) set.insert(path);
      else if (depth + 1 < keep.length) {
        walk(depth + 1, path, values.map((v) => (isObject(v) ? v[k] : undefined)));
      }
    }
  };
  walk(0, [], objects);
  return set;
}

/** The exclusion set for fields under one dotted path (`status` on a main resource with a status subresource). */
export function onlyPath(path: readonly string[]): FieldSet {
  return new FieldSet().insert(path.map(fieldElement));
}
