import { parseAllDocuments, Alias, isAlias, isMap, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import type { JsonObject, JsonValue } from '../../../lib/strategic-merge/index.js';
import { KustomizeError } from '../kustomize-error.js';
import { resolvePlainScalar, parseGoInt } from './resolve-scalar.js';
import { fastYamlDocuments, type ScalarResolver } from './fast-yaml.js';

const STR = 'tag:yaml.org,2002:str';

function scalarValue(node: Node & { value: unknown; type?: string; tag?: string }, resolve: ScalarResolver): JsonValue {
  const text = String(node.value ?? '');
  const tag = node.tag;
  if (tag === STR || tag === '!') return text;
  if (tag === 'tag:yaml.org,2002:int') return parseGoInt(text.replace(/_/g, '')) ?? text;
  if (tag === 'tag:yaml.org,2002:float') return Number(text);
  if (tag === 'tag:yaml.org,2002:bool') return text === 'true' || text === 'True' || text === 'TRUE';
  if (tag === 'tag:yaml.org,2002:null') return null;
  if (node.type !== 'PLAIN') return text;
  return resolve(text);
}

function toJson(node: unknown, doc: Document, depth: number, resolve: ScalarResolver): JsonValue {
  if (depth > 200) throw new Error('document nested too deeply (alias loop?)');
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return toJson((node as Alias).resolve(doc), doc, depth + 1, resolve);
  if (isScalar(node)) return scalarValue(node as unknown as Node & { value: unknown }, resolve);
  if (isSeq(node)) return node.items.map((x) => toJson(x, doc, depth + 1, resolve));
  if (isMap(node)) {
    const out: JsonObject = {};
    const merges: JsonObject[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key;
      const rawKey = isScalar(keyNode) ? keyNode.value : toJson(keyNode, doc, depth + 1, resolve);
      if (rawKey === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN') {
        const v = toJson(pair.value, doc, depth + 1, resolve);
        for (const m of Array.isArray(v) ? v : [v]) if (m && typeof m === 'object' && !Array.isArray(m)) merges.push(m);
        continue;
      }
      const key = isScalar(keyNode) ? keyString(keyNode as unknown as Node & { value: unknown }, resolve) : JSON.stringify(rawKey);
      out[key] = toJson(pair.value, doc, depth + 1, resolve);
    }
    if (merges.length === 0) return out;
    const merged: JsonObject = {};
    for (const m of merges.reverse()) Object.assign(merged, m);
    return Object.assign(merged, out);
  }
  throw new Error('unsupported YAML node');
}

/** Map keys go through the same resolution, then become strings as JSON requires (`1` → "1", `true` → "true"). */
function keyString(node: Node & { value: unknown }, resolve: ScalarResolver): string {
  const v = scalarValue(node, resolve);
  return v === null ? 'null' : String(v);
}

/** One YAML document's JSON value with the line it starts on (1-based). */
export interface DecodedDocument {
  value: JsonValue;
  line: number;
}

/**
 * Decodes every non-empty document of a multi-document YAML text with go-yaml v3's rules (as kustomize reads files).
 * Throws KustomizeError naming `file`, line and column on a syntax error.
 */
export function decodeYamlDocuments(text: string, file: string, resolve: ScalarResolver = resolvePlainScalar): DecodedDocument[] {
  try {
    return fastYamlDocuments(text, resolve);
  } catch {
    // outside the fast reader's subset (or invalid): the full parser decides, with precise errors
  }
  return fullYamlDocuments(text, file, resolve);
}

const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/** kustomize reads kustomization files with YAML 1.1 (sigs.k8s.io/yaml): `yes`, `on`, `y`… are booleans there. */
export function resolveKustomizationScalar(text: string): JsonValue {
  if (YAML11_TRUE.has(text)) return true;
  if (YAML11_FALSE.has(text)) return false;
  return resolvePlainScalar(text);
}

/** decodeYamlDocuments with the complete YAML parser only (kept separate so tests can compare the two). */
export function fullYamlDocuments(text: string, file: string, resolve: ScalarResolver = resolvePlainScalar): DecodedDocument[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, strict: false });
  const list = Array.isArray(docs) ? docs : [];
  const out: DecodedDocument[] = [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      const pos = err.linePos?.[0];
      const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
      throw new KustomizeError(`${where}: invalid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, file);
    }
    const c = doc.contents;
    if (c === null || (isScalar(c) && c.value === '' && c.type === 'PLAIN' && !c.tag)) continue;
    const line = c.range ? lineCounter.linePos(c.range[0]).line : 1;
    try {
      out.push({ value: toJson(c, doc, 0, resolve), line });
    } catch (e) {
      throw new KustomizeError(`${file}:${line}: ${e instanceof Error ? e.message : String(e)}`, file);
    }
  }
  return out;
}
