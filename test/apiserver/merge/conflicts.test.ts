import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { isMergeError, recordUpdate, type KubeObject, type MergeError } from '../../../src/apiserver/merge/index.js';
import { created, fieldsOf, managedFields, nginxDeployment, ssa, stored } from './ssa-fixtures.js';

const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';

/** What `kubectl apply` (client-side) leaves on a fresh object: the annotation, owned by kubectl-client-side-apply. */
function clientSideApplied(config: KubeObject): KubeObject {
  const meta = config.metadata as Record<string, unknown>;
  const withAnnotation = { ...config, metadata: { ...meta, annotations: { [lastApplied]: `${JSON.stringify(config)}\n` } } };
  return created(withAnnotation, 'kubectl-client-side-apply');
}

function conflict(fn: () => unknown): MergeError {
  try {
    fn();
  } catch (e) {
    if (isMergeError(e)) return e;
    throw e;
  }
  assert.fail('expected a conflict');
}

test('server-side apply by another manager changing replicas set by client-side apply gets Kubernetes\' 409', () => {
  const live = clientSideApplied(nginxDeployment(3));
  const err = conflict(() => ssa(live, nginxDeployment(5), 'my-manager'));
  assert.equal(err.code, 409);
  assert.equal(err.reason, 'Conflict');
  assert.equal(err.message, 'Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas');
  assert.deepEqual(err.causes, [
    { type: 'FieldManagerConflict', message: 'conflict with "kubectl-client-side-apply" using apps/v1', field: '.spec.replicas' },
  ]);
});

test('the same values do not conflict: the applier shares ownership with the client-side applier', () => {
  const live = clientSideApplied(nginxDeployment(3));
  const out = ssa(live, nginxDeployment(3), 'my-manager');
  assert.deepEqual((fieldsOf(out, 'my-manager') as Record<string, Record<string, unknown>>)['f:spec']!['f:replicas'], {});
  const csa = fieldsOf(out, 'kubectl-client-side-apply') as Record<string, Record<string, unknown>>;
  assert.deepEqual(csa['f:spec']!['f:replicas'], {});
});

test('force=true takes the conflicting field and the other manager loses it', () => {
  const live = clientSideApplied(nginxDeployment(3));
  const out = ssa(live, nginxDeployment(5), 'my-manager', { force: true });
  assert.equal((out.spec as Record<string, unknown>).replicas, 5);
  const csa = fieldsOf(out, 'kubectl-client-side-apply') as Record<string, Record<string, unknown>>;
  assert.equal(csa['f:spec']!['f:replicas'], undefined);
  assert.deepEqual((fieldsOf(out, 'my-manager') as Record<string, Record<string, unknown>>)['f:spec']!['f:replicas'], {});
});

test('kubectl --server-side takes over fields its last-applied annotation proves, without conflict', () => {
  const live = clientSideApplied(nginxDeployment(3));
  const out = ssa(live, nginxDeployment(5, 'nginx:1.25'), 'kubectl');
  assert.equal((out.spec as Record<string, unknown>).replicas, 5);
  const annotation = ((out.metadata as Record<string, unknown>).annotations as Record<string, string>)[lastApplied]!;
  assert.equal((JSON.parse(annotation) as { spec: { replicas: number } }).spec.replicas, 5, 'annotation kept in step');
});

test('kubectl --server-side still conflicts on a field changed after the client-side apply (kubectl scale)', () => {
  const live = stored(clientSideApplied(nginxDeployment(3)));
  const scaled = { ...live, spec: { ...(live.spec as object), replicas: 7 } };
  const afterScale = recordUpdate(live, scaled, 'kubectl-scale', '2026-01-02T00:00:00Z', Schema.forBuiltin('apps/v1', 'Deployment'));
  const err = conflict(() => ssa(afterScale, nginxDeployment(3), 'kubectl'));
  assert.equal(err.message, 'Apply failed with 1 conflict: conflict with "kubectl-scale" using apps/v1: .spec.replicas');
});

test('several conflicts are listed per manager, as Kubernetes words them', () => {
  const live = stored(ssa(undefined, nginxDeployment(3), 'team-a'));
  const err = conflict(() => ssa(live, nginxDeployment(4, 'nginx:2'), 'team-b'));
  assert.equal(err.message, [
    'Apply failed with 2 conflicts: conflicts with "team-a":',
    '- .spec.replicas',
    '- .spec.template.spec.containers[name="nginx"].image',
  ].join('\n'));
  assert.deepEqual(err.causes.map((c) => c.field), ['.spec.replicas', '.spec.template.spec.containers[name="nginx"].image']);
  assert.equal(err.causes[0]!.message, 'conflict with "team-a"');
});

test('an applier re-applying its own changed value never conflicts with itself', () => {
  const live = stored(ssa(undefined, nginxDeployment(3), 'team-a'));
  const out = ssa(live, nginxDeployment(6), 'team-a', { now: '2026-02-01T00:00:00Z' });
  assert.equal((out.spec as Record<string, unknown>).replicas, 6);
  assert.equal(managedFields(out).length, 1);
  assert.equal(managedFields(out)[0]!.time, '2026-02-01T00:00:00Z');
});
