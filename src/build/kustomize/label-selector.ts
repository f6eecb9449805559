import type { JsonValue } from '../../lib/strategic-merge/index.js';
import { KustomizeError } from './kustomize-error.js';

type Requirement = (labels: Record<string, JsonValue>) => boolean;

function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  return out.map((t) => t.trim()).filter((t) => t !== '');
}

function parseTerm(t: string, where: string): Requirement {
  let m = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(t);
  if (m) {
    const key = m[1]!;
    const values = new Set(m[3]!.split(',').map((v) => v.trim()));
    const notin = m[2] === 'notin';
    return (l) => (key in l ? values.has(String(l[key])) !== notin : notin);
  }
  m = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(t);
  if (m) {
    const [, key, op, value] = m as unknown as [string, string, string, string];
    return op === '!=' ? (l) => !(key in l) || String(l[key]) !== value : (l) => key in l && String(l[key]) === value;
  }
  m = /^(!?)\s*([^!=\s()]+)$/.exec(t);
  if (m) {
    const key = m[2]!;
    return m[1] ? (l) => !(key in l) : (l) => key in l;
  }
  throw new KustomizeError(`${where}: cannot parse selector term "${t}"`);
}

/** Compiles a Kubernetes label selector string (`a=b,c!=d,e in (x,y),!f`) into a predicate over a label map. */
export function compileLabelSelector(selector: string, where: string): (labels: Record<string, JsonValue>) => boolean {
  const reqs = splitTerms(selector).map((t) => parseTerm(t, where));
  return (labels) => reqs.every((r) => r(labels));
}
