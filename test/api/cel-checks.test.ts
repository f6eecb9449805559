import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run, type CelInput } from '@bufbuild/cel';
import { fluxCrds } from '../../src/api/crds.js';
import { celChecks } from '../../src/api/validation/cel-checks.js';

type Node = Record<string, unknown>;

const toCel = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(toCel);
  if (v !== null && typeof v === 'object') return new Map(Object.entries(v).map(([k, x]) => [k, toCel(x)]));
  return v;
};

function celRules(): string[] {
  const rules = new Set<string>();
  const walk = (n: Node): void => {
    for (const r of (n['x-kubernetes-validations'] as Array<{ rule: string }> | undefined) ?? []) rules.add(r.rule);
    for (const v of Object.values((n.properties as Record<string, Node> | undefined) ?? {})) walk(v);
    if (n.items) walk(n.items as Node);
  };
  for (const crd of fluxCrds()) for (const v of (crd.spec as { versions: Array<{ schema: { openAPIV3Schema: Node } }> }).versions) walk(v.schema.openAPIV3Schema);
  return [...rules];
}

const samples: Node[] = [
  {},
  { provider: 'generic' },
  { provider: 'aws' },
  { provider: 'azure', serviceAccountName: 'sa' },
  { provider: 'generic', serviceAccountName: 'sa' },
  { serviceAccountName: 'sa' },
  { provider: 'aws', sts: { provider: 'aws' } },
  { provider: 'aws', sts: { provider: 'ldap' } },
  { provider: 'generic', sts: { provider: 'ldap' } },
  { provider: 'generic', sts: { provider: 'aws' } },
  { provider: 'gcp', sts: { provider: 'aws' } },
  { provider: 'aws', secretRef: { name: 's' }, serviceAccountName: 'sa' },
  { provider: 'aws', secretRef: { name: 's' } },
  { provider: 'aws', sts: { provider: 'aws', secretRef: { name: 's' } } },
  { provider: 'generic', sts: { provider: 'ldap', certSecretRef: { name: 'c' } } },
  { provider: 'aws', sts: { provider: 'aws', certSecretRef: { name: 'c' } } },
  { chart: { spec: {} } },
  { chartRef: { kind: 'OCIRepository' } },
  { chart: { spec: {} }, chartRef: { kind: 'OCIRepository' } },
  { type: 'generic-oidc' },
  { type: 'generic-oidc', oidcProviders: [] },
  { type: 'generic-oidc', oidcProviders: [{ issuerURL: 'https://x' }] },
  { type: 'github', secretRef: { name: 't' } },
  { type: 'github', oidcProviders: [{ issuerURL: 'https://x' }], secretRef: { name: 't' } },
  { type: 'github', commitStatusExpr: 'x' },
  { type: 'slack', commitStatusExpr: 'x' },
  { type: 'slack' },
  { interval: '1m' },
  { interval: '1m', digestReflectionPolicy: 'Always' },
  { digestReflectionPolicy: 'Always' },
  { digestReflectionPolicy: 'Never' },
];

test('each CEL rule in the CRDs has a JavaScript twin that agrees with a real CEL evaluator', () => {
  const rules = celRules();
  assert.equal(rules.length, Object.keys(celChecks).length, 'every twin is used by some CRD');
  let compared = 0;
  for (const rule of rules) {
    const check = celChecks[rule];
    assert.ok(check, `no twin for ${rule}`);
    for (const self of samples) {
      let expected: unknown;
      try {
        expected = run(rule, { self: toCel(self) as CelInput });
      } catch {
        continue; // a CEL runtime error (missing key without a default) is a rejection on the server, not a verdict
      }
      if (typeof expected !== 'boolean') continue;
      assert.equal(check(self), expected, `${rule} on ${JSON.stringify(self)}`);
      compared += 1;
    }
  }
  assert.ok(compared > 150, `only ${compared} comparisons`);
});
