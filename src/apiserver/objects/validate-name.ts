import { invalidValue } from '../api-errors.js';
import type { StatusCause } from '../api-error.js';

const label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const labelMsg = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const subdomainMsg = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** Which rule a resource's names follow in Kubernetes. */
export type NameRule = 'label' | 'subdomain' | 'path-segment';

// Kinds whose names are DNS-1123 labels or mere path segments; everything else is a DNS-1123 subdomain.
const labelNamed = new Set(['namespaces', 'services']);
const segmentNamed = new Set(['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings']);

/** The naming rule of a resource (by plural). */
export function nameRuleFor(plural: string): NameRule {
  if (labelNamed.has(plural)) return 'label';
  if (segmentNamed.has(plural)) return 'path-segment';
  return 'subdomain';
}

/** Causes (empty when valid) for a name under a rule, reported against `field`. */
export function validateName(name: string, rule: NameRule, field = 'metadata.name'): StatusCause[] {
  if (rule === 'path-segment') {
    if (name === '.' || name === '..') return [invalidValue(field, name, `may not be '${name}'`)];
    const bad = ['/', '%'].find((c) => name.includes(c));
    return bad ? [invalidValue(field, name, `may not contain '${bad}'`)] : [];
  }
  const max = rule === 'label' ? 63 : 253;
  const causes: StatusCause[] = [];
  if (name.length > max) causes.push(invalidValue(field, name, `must be no more than ${max} characters`));
  const ok = rule === 'label' ? label.test(name) : subdomain.test(name);
  if (!ok) causes.push(invalidValue(field, name, rule === 'label' ? labelMsg : subdomainMsg));
  return causes;
}
