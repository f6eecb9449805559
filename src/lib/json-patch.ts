import { cloneJson, isJsonObject, jsonEqual, type JsonObject, type JsonValue } from './strategic-merge/json-value.js';

/** One RFC 6902 operation. */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: JsonValue;
}

/** An RFC 6902 patch that cannot be applied: names the operation's index, op and path. */
export class JsonPatchError extends Error {
  override readonly name = 'JsonPatchError';
  constructor(readonly index: number, readonly op: string, readonly path: string, readonly reason: string) {
    super(`operation ${index} (${op} ${path}): ${reason}`);
  }
}

/** Type guard for JsonPatchError. */
export function isJsonPatchError(err: unknown): err is JsonPatchError {
  return err instanceof JsonPatchError;
}

/** Splits a JSON pointer into unescaped tokens (`~1` is `/`, `~0` is `~`); throws on a pointer not starting with `/`. */
export function parseJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`JSON pointer "${pointer}" must start with "/"`);
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = JsonObject | JsonValue[];

/** Options of `applyJsonPatch`. */
export interface JsonPatchOptions {
  /** `add` creates missing parent objects (or lists, before an index) instead of failing, as kustomize does. */
  ensurePathExistsOnAdd?: boolean;
}

/** Creates the missing containers along `tokens` (all but the last) for an `add`. */
function ensurePath(doc: JsonValue, tokens: string[]): void {
  let cur: JsonValue = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const nextIsIndex = /^(0|[1-9][0-9]*|-)$/.test(tokens[i + 1]!);
    if (Array.isArray(cur)) {
      const idx = t === '-' ? cur.length : Number(t);
      if (!Number.isInteger(idx)) return;
      while (cur.length < idx) cur.push(null);
      if (cur[idx] === undefined || cur[idx] === null) cur[idx] = nextIsIndex ? [] : {};
      cur = cur[idx]!;
    } else if (isJsonObject(cur)) {
      if (cur[t] === undefined || cur[t] === null) cur[t] = nextIsIndex ? [] : {};
      cur = cur[t]!;
    } else return;
  }
}

function arrayIndex(token: string, length: number, allowEnd: boolean): number {
  if (allowEnd && token === '-') return length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new Error(`"${token}" is not an array index`);
  const i = Number(token);
  if (i > length || (!allowEnd && i === length)) throw new Error(`index ${i} is out of range (length ${length})`);
  return i;
}

/** Walks to the parent of the pointer's last token; throws when a step along the way is missing. */
function parentOf(doc: JsonValue, tokens: string[]): Container {
  let cur: JsonValue = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (Array.isArray(cur)) cur = cur[arrayIndex(t, cur.length, false)]!;
    else if (isJsonObject(cur) && Object.prototype.hasOwnProperty.call(cur, t)) cur = cur[t]!;
    else throw new Error(`missing value at /${tokens.slice(0, i + 1).join('/')}`);
  }
  if (cur === null || typeof cur !== 'object') throw new Error('parent is not an object or a list');
  return cur;
}

function getAt(doc: JsonValue, tokens: string[]): JsonValue {
  if (tokens.length === 0) return doc;
  const parent = parentOf(doc, tokens);
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) return parent[arrayIndex(last, parent.length, false)]!;
  if (!Object.prototype.hasOwnProperty.call(parent, last)) throw new Error('missing value');
  return parent[last]!;
}

function removeAt(doc: JsonValue, tokens: string[]): JsonValue {
  if (tokens.length === 0) throw new Error('cannot remove the whole document');
  const parent = parentOf(doc, tokens);
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) return parent.splice(arrayIndex(last, parent.length, false), 1)[0]!;
  if (!Object.prototype.hasOwnProperty.call(parent, last)) throw new Error('missing value');
  const v = parent[last]!;
  delete parent[last];
  return v;
}

function addAt(doc: JsonValue, tokens: string[], value: JsonValue): JsonValue {
  if (tokens.length === 0) return value;
  const parent = parentOf(doc, tokens);
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) parent.splice(arrayIndex(last, parent.length, true), 0, value);
  else parent[last] = value;
  return doc;
}

function replaceAt(doc: JsonValue, tokens: string[], value: JsonValue): JsonValue {
  if (tokens.length === 0) return value;
  const parent = parentOf(doc, tokens);
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) parent[arrayIndex(last, parent.length, false)] = value;
  else if (Object.prototype.hasOwnProperty.call(parent, last)) parent[last] = value;
  else throw new Error('missing value');
  return doc;
}

function applyOne(doc: JsonValue, op: JsonPatchOperation, options: JsonPatchOptions): JsonValue {
  const tokens = parseJsonPointer(op.path);
  if (op.op === 'add' && options.ensurePathExistsOnAdd) ensurePath(doc, tokens);
  const needValue = (): JsonValue => {
    if (op.value === undefined) throw new Error('"value" is required');
    return cloneJson(op.value);
  };
  const from = (): string[] => {
    if (typeof op.from !== 'string') throw new Error('"from" is required');
    return parseJsonPointer(op.from);
  };
  switch (op.op) {
    case 'add': return addAt(doc, tokens, needValue());
    case 'remove': removeAt(doc, tokens); return doc;
    case 'replace': return replaceAt(doc, tokens, needValue());
    case 'move': {
      const src = from();
      if (op.from === op.path) return doc;
      if (op.path.startsWith(`${op.from}/`)) throw new Error('cannot move a value into one of its children');
      return addAt(doc, tokens, removeAt(doc, src));
    }
    case 'copy': return addAt(doc, tokens, cloneJson(getAt(doc, from())));
    case 'test':
      if (!jsonEqual(getAt(doc, tokens), needValue())) throw new Error('test failed: value differs');
      return doc;
    default: throw new Error(`unknown op "${String((op as { op: unknown }).op)}"`);
  }
}

/**
 * Applies an RFC 6902 JSON patch to a copy of `doc` and returns it; `doc` is not modified. Throws JsonPatchError
 * naming the failing operation's index and path.
 */
export function applyJsonPatch(doc: JsonValue, ops: readonly JsonPatchOperation[], options: JsonPatchOptions = {}): JsonValue {
  let out = cloneJson(doc);
  ops.forEach((op, i) => {
    const name = isJsonObject(op as unknown) ? String(op.op) : '?';
    try {
      out = applyOne(out, op, options);
    } catch (err) {
      throw new JsonPatchError(i, name, String(op?.path ?? ''), err instanceof Error ? err.message : String(err));
    }
  });
  return out;
}
