import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from './json-value.js';
import { listStrategy, type MergeContext, type MergeSchema, type StrategicMergeOptions } from './merge-schema.js';
import { StrategicMergeError } from './strategic-merge-error.js';
import { mergeList } from './merge-list.js';
import { applyRetainKeys, applySetElementOrder } from './order-directives.js';

const DIRECTIVE = '$patch';
const DELETE_PRIMITIVE = '$deleteFromPrimitiveList/';

/**
 * Applies a strategic merge patch to `original` and returns the result; neither input is modified. With a schema,
 * lists are merged by their patch merge key and strategy as Kubernetes defines; without one (custom kinds) maps merge
 * and lists are replaced, like a JSON merge patch. Directives: `$patch: replace|delete|merge`, `$setElementOrder/x`,
 * `$retainKeys`, `$deleteFromPrimitiveList/x`; `null` deletes a field. Throws StrategicMergeError on a malformed patch.
 */
export function strategicMerge(
  original: JsonObject, patch: JsonObject, schema: MergeSchema | undefined, options: StrategicMergeOptions = {},
): JsonObject {
  const ctx: MergeContext = {
    flavor: options.flavor ?? 'apimachinery',
    mergeMap: (o, p, s, path) => mergeMap(o, p, s, path, ctx),
  };
  return ctx.mergeMap(cloneJson(original), patch, schema, '');
}

function directiveOf(v: JsonValue | undefined): JsonValue | undefined {
  return isJsonObject(v) ? v[DIRECTIVE] : undefined;
}

function withoutDirective(patch: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(patch)) if (k !== DIRECTIVE) out[k] = cloneJson(patch[k]!);
  return out;
}

function mergeMap(
  originalIn: JsonObject | undefined, patchIn: JsonObject, schema: MergeSchema | undefined, path: string, ctx: MergeContext,
): JsonObject {
  const directive = patchIn[DIRECTIVE];
  if (directive !== undefined) {
    if (directive === 'replace') return withoutDirective(patchIn);
    if (directive === 'delete') return {};
    if (!(ctx.flavor === 'kyaml' && directive === 'merge')) {
      throw new StrategicMergeError(`unknown patch type "${String(directive)}" in $patch`, path);
    }
  }
  const original = originalIn ?? {};
  const patch: JsonObject = { ...patchIn };
  delete patch[DIRECTIVE];
  if (ctx.flavor === 'apimachinery') {
    applyRetainKeys(original, patch, path);
    applySetElementOrder(original, patch, schema, path, ctx);
  }
  for (const rawKey of Object.keys(patch)) {
    const patchV = patch[rawKey]!;
    let key = rawKey;
    let isDeleteList = false;
    if (ctx.flavor === 'apimachinery' && rawKey.startsWith(DELETE_PRIMITIVE)) {
      key = rawKey.slice(DELETE_PRIMITIVE.length);
      isDeleteList = true;
    }
    const fieldPath = `${path}.${key}`;
    const fieldSchema = schema?.field(key);
    if (patchV === null) {
      delete original[key];
      continue;
    }
    if (ctx.flavor === 'kyaml') {
      const d = directiveOf(patchV);
      if (d === 'delete') { delete original[key]; continue; }
      if (d === 'replace') { original[key] = withoutDirective(patchV as JsonObject); continue; }
    }
    if (!Object.prototype.hasOwnProperty.call(original, key)) {
      original[key] = ctx.flavor === 'kyaml' ? freshValue(patchV, fieldSchema, fieldPath, ctx) : cloneJson(patchV);
      continue;
    }
    original[key] = mergeField(original[key]!, patchV, fieldSchema, isDeleteList, fieldPath, ctx);
  }
  return original;
}

function kindOf(v: JsonValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v;
}

/** Merges one field's patch value into its original value following the field's strategy. */
export function mergeField(
  orig: JsonValue, patchV: JsonValue, schema: MergeSchema | undefined, isDeleteList: boolean, path: string, ctx: MergeContext,
): JsonValue {
  if (kindOf(orig) !== kindOf(patchV)) return ctx.flavor === 'kyaml' ? freshValue(patchV, schema, path, ctx) : cloneJson(patchV);
  const strategy = listStrategy(schema);
  if (isJsonObject(orig) && isJsonObject(patchV)) {
    return strategy === 'replace' ? cloneJson(patchV) : ctx.mergeMap(orig, patchV, schema, path);
  }
  if (Array.isArray(orig) && Array.isArray(patchV)) {
    if (strategy !== 'merge') return ctx.flavor === 'kyaml' ? freshValue(patchV, schema, path, ctx) : cloneJson(patchV);
    return mergeList(orig, patchV, schema?.items(), schema?.patchMergeKey ?? '', isDeleteList, path, ctx);
  }
  return cloneJson(patchV);
}

/** kyaml walks a value that is new to the target too, so directives and nulls inside it are resolved, not copied. */
function freshValue(v: JsonValue, schema: MergeSchema | undefined, path: string, ctx: MergeContext): JsonValue {
  if (isJsonObject(v)) return ctx.mergeMap(undefined, v, schema, path);
  if (Array.isArray(v) && listStrategy(schema) === 'merge') {
    return mergeList([], v, schema?.items(), schema?.patchMergeKey ?? '', false, path, ctx);
  }
  return cloneJson(v);
}
