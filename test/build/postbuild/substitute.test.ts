import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectVariables, substituteObjects, SubstitutionError, MissingSubstitutionSourceError } from '../../../src/build/postbuild/index.js';

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'apps' },
  spec: { replicas: '${REPLICAS}', template: { spec: { containers: [{ name: 'web', image: 'nginx:${TAG:=1.27}' }] } } },
};

test('substituted numbers become numbers and defaults fill unset variables', () => {
  const [out] = substituteObjects([deployment], new Map([['REPLICAS', '3']]), { strict: true });
  const spec = out!.spec as { replicas: unknown; template: { spec: { containers: Array<{ image: string }> } } };
  assert.equal(spec.replicas, 3);
  assert.equal(spec.template.spec.containers[0]!.image, 'nginx:1.27');
  assert.equal(deployment.spec.replicas, '${REPLICAS}', 'input is not modified');
});

test('strict substitution fails naming the object and the variable', () => {
  assert.throws(
    () => substituteObjects([deployment], new Map([['OTHER', 'x']]), { strict: true }),
    (err: unknown) => err instanceof SubstitutionError && err.variable === 'REPLICAS' &&
      err.message === 'Deployment/apps/web: variable not set (strict mode): "REPLICAS"',
  );
});

test('objects marked substitute: disabled are left exactly as built', () => {
  const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'script', annotations: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } }, data: { run: 'echo ${HOME}' } };
  const [out] = substituteObjects([cm], new Map([['X', '1']]), { strict: true });
  assert.deepEqual(out, cm);
});

test('with no variables at all objects pass through untouched', () => {
  const [out] = substituteObjects([deployment], new Map(), { strict: true });
  assert.deepEqual(out, deployment);
});

test('an invalid variable name is refused with Flux\'s message', () => {
  assert.throws(() => substituteObjects([deployment], new Map([['bad-name', 'x']]), { strict: false }), /'bad-name' var name is invalid/);
});

test('later substituteFrom sources win, inline substitute wins over all, newlines are dropped', () => {
  const vars = collectVariables(
    [
      { kind: 'ConfigMap', name: 'cluster-vars', data: { region: 'eu-west-1', env: 'dev' }, optional: false },
      { kind: 'Secret', name: 'cluster-secrets', data: { env: 'prod\n' }, optional: false },
      { kind: 'ConfigMap', name: 'maybe', data: undefined, optional: true },
    ],
    { region: 'us-east-1' },
  );
  assert.deepEqual(Object.fromEntries(vars), { region: 'us-east-1', env: 'prod' });
});

test('a missing substituteFrom source that is not optional fails naming it', () => {
  assert.throws(
    () => collectVariables([{ kind: 'ConfigMap', name: 'cluster-vars', data: undefined, optional: false }]),
    (err: unknown) => err instanceof MissingSubstitutionSourceError && /ConfigMap\/cluster-vars/.test(err.message),
  );
});
