import type { FuncMap } from '../../gotemplate/index.js';
import { goJsonStringify } from '../yaml/go-json.js';
import { GoJsonError } from '../yaml/go-json-error.js';
import { goYamlMarshal } from '../yaml/go-yaml-marshal.js';
import { goJsonKind, readYaml } from '../yaml/read-yaml.js';
import { fromToml } from './from-toml.js';
import { toToml } from './to-toml.js';

/** Helm's data functions (pkg/engine/funcs.go): YAML, JSON and TOML in and out, errors swallowed as Helm does. */
export function dataFuncs(): FuncMap {
  return {
    toYaml: (v: unknown) => marshalOr(() => goYamlMarshal(v).replace(/\n$/, '')),
    toYamlPretty: (v: unknown) => marshalOr(() => goYamlMarshal(v, { indentSequences: true }).replace(/\n$/, '')),
    fromYaml: (s: unknown) => fromYaml(String(s ?? '')),
    fromYamlArray: (s: unknown) => fromYamlArray(String(s ?? '')),
    toJson: (v: unknown) => marshalOr(() => goJsonStringify(v)),
    fromJson: (s: unknown) => fromJson(String(s ?? '')),
    fromJsonArray: (s: unknown) => fromJsonArray(String(s ?? '')),
    toToml: (v: unknown) => toToml(v),
    fromToml: (s: unknown) => fromToml(String(s ?? '')),
  };
}

function marshalOr(fn: () => string): string {
  try {
    return fn();
  } catch (err) {
    if (err instanceof GoJsonError) return '';
    throw err;
  }
}

const isMap = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

function fromYaml(s: string): Record<string, unknown> {
  try {
    const v = readYaml(s);
    if (v === null || v === undefined) return {};
    if (!isMap(v)) return { Error: `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${goJsonKind(v)} into Go value of type map[string]interface {}` };
    return v as Record<string, unknown>;
  } catch (err) {
    return { Error: (err as Error).message };
  }
}

function fromYamlArray(s: string): unknown[] {
  try {
    const v = readYaml(s);
    if (v === null || v === undefined) return [];
    if (!Array.isArray(v)) return [`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${goJsonKind(v)} into Go value of type []interface {}`];
    return v;
  } catch (err) {
    return [(err as Error).message];
  }
}

/** Go's encoding/json error for text JSON.parse refused (the common cases worded as Go). */
function goJsonParseError(s: string, err: unknown): string {
  if (s.trim() === '' || /Unexpected end|unterminated|end of JSON/i.test(String((err as Error).message))) return 'unexpected end of JSON input';
  const m = /Unexpected token '?(.)'?/.exec((err as Error).message);
  return m ? `invalid character '${m[1]}' looking for beginning of value` : (err as Error).message;
}

function fromJson(s: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch (err) {
    return { Error: goJsonParseError(s, err) };
  }
  if (v === null) return {};
  if (!isMap(v)) return { Error: `json: cannot unmarshal ${goJsonKind(v)} into Go value of type map[string]interface {}` };
  return v as Record<string, unknown>;
}

function fromJsonArray(s: string): unknown[] {
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch (err) {
    return [goJsonParseError(s, err)];
  }
  if (v === null) return [];
  if (!Array.isArray(v)) return [`json: cannot unmarshal ${goJsonKind(v)} into Go value of type []interface {}`];
  return v;
}
