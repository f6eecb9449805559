/** One requirement of a label selector. */
interface Requirement {
  key: string;
  op: 'in' | 'notin' | 'exists' | '!';
  values: string[];
}

/** A predicate over an object's labels (values compared as strings). */
export type LabelMatcher = (labels: Readonly<Record<string, unknown>> | undefined) => boolean;

/** A selector that does not parse; the message names the requirement and the whole selector, as Kubernetes does. */
export class LabelSelectorError extends Error {
  override name = 'LabelSelectorError';
}

/**
 * Parses a Kubernetes label selector string (`a=b,c!=d,e in (x,y),f notin (z),g,!h`) into a matcher, with
 * apimachinery's key and value rules. Throws LabelSelectorError when it does not parse.
 */
export function parseLabelSelector(selector: string): LabelMatcher {
  const reqs = splitTopLevel(selector).map((part) => parseRequirement(part.trim(), selector));
  return (labels) => reqs.every((r) => matches(r, labels ?? {}));
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '' || parts.length > 0) parts.push(cur);
  return parts.filter((p) => p.trim() !== '');
}

const keyPattern = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const valuePattern = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function parseRequirement(part: string, whole: string): Requirement {
  const fail = (why: string): never => {
    throw new LabelSelectorError(`unable to parse requirement: ${why} (in label selector "${whole}")`);
  };
  let m = /^!\s*(\S+)$/.exec(part);
  if (m) return checked({ key: m[1] ?? '', op: '!', values: [] }, fail);
  m = /^(\S+?)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
  if (m) {
    const values = (m[3] ?? '').split(',').map((v) => v.trim());
    return checked({ key: m[1] ?? '', op: m[2] as 'in' | 'notin', values }, fail);
  }
  m = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part);
  if (m) {
    const op = m[2] === '!=' ? 'notin' : 'in';
    return checked({ key: m[1] ?? '', op, values: [m[3] ?? ''] }, fail);
  }
  m = /^([^=!\s()]+)$/.exec(part);
  if (m) return checked({ key: m[1] ?? '', op: 'exists', values: [] }, fail);
  return fail(`invalid requirement "${part}"`);
}

function checked(r: Requirement, fail: (why: string) => never): Requirement {
  if (!keyPattern.test(r.key)) fail(`invalid label key "${r.key}"`);
  for (const v of r.values) if (v.length > 63 || !valuePattern.test(v)) fail(`invalid label value "${v}"`);
  return r;
}

function matches(r: Requirement, labels: Readonly<Record<string, unknown>>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = has ? String(labels[r.key]) : '';
  switch (r.op) {
    case 'exists': return has;
    case '!': return !has;
    case 'in': return has && r.values.includes(value);
    case 'notin': return !has || !r.values.includes(value);
  }
}
