import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldsOf, managedFields, nginxDeployment, ssa, stored } from './ssa-fixtures.js';
import { recordUpdate } from '../../../src/apiserver/merge/index.js';
import { Schema } from '../../../src/api/kubernetes/index.js';

// The "Server-Side Apply" page of the Kubernetes documentation, section "Field management", example ConfigMap.
const docsConfigMap = {
  apiVersion: 'v1', kind: 'ConfigMap',
  metadata: { name: 'test-cm', namespace: 'default', labels: { 'test-label': 'test' } },
  data: { key: 'some value' },
};

test('applying the documentation\'s ConfigMap records exactly the documented managedFields entry', () => {
  const out = ssa(undefined, docsConfigMap, 'kubectl', { now: '2010-10-10T00:00:00Z' });
  assert.deepEqual(managedFields(out), [{
    manager: 'kubectl', operation: 'Apply', apiVersion: 'v1', time: '2010-10-10T00:00:00Z', fieldsType: 'FieldsV1',
    fieldsV1: { 'f:metadata': { 'f:labels': { 'f:test-label': {} } }, 'f:data': { 'f:key': {} } },
  }]);
  assert.deepEqual(out.data, { key: 'some value' });
});

test('an update by kube-controller-manager moves data.key to it, as in the documentation\'s two-manager example', () => {
  const applied = stored(ssa(undefined, docsConfigMap, 'kubectl', { now: '2019-03-30T15:00:00Z' }));
  const next = { ...applied, data: { key: 'new value' } };
  const out = recordUpdate(applied, next, 'kube-controller-manager', '2019-03-30T16:00:00Z', Schema.forBuiltin('v1', 'ConfigMap'));
  assert.deepEqual(managedFields(out), [
    {
      manager: 'kubectl', operation: 'Apply', apiVersion: 'v1', time: '2019-03-30T15:00:00Z', fieldsType: 'FieldsV1',
      fieldsV1: { 'f:metadata': { 'f:labels': { 'f:test-label': {} } } },
    },
    {
      manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'v1', time: '2019-03-30T16:00:00Z',
      fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:key': {} } },
    },
  ]);
});

test('a Deployment\'s fieldsV1 uses k:{...} for containers and ports, . for owned items, and treats selector as atomic', () => {
  const out = ssa(undefined, nginxDeployment(), 'kubectl');
  const expected = {
    'f:metadata': { 'f:labels': { 'f:app': {} } },
    'f:spec': {
      'f:replicas': {},
      'f:selector': {},
      'f:template': {
        'f:metadata': { 'f:labels': { 'f:app': {} } },
        'f:spec': {
          'f:containers': {
            'k:{"name":"nginx"}': {
              '.': {}, 'f:image': {}, 'f:name': {},
              'f:ports': { 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
            },
          },
        },
      },
    },
  };
  const fields = fieldsOf(out, 'kubectl');
  assert.deepEqual(fields, expected);
  // Same bytes as the API server writes: keys sorted, "." first.
  assert.equal(JSON.stringify(fields), JSON.stringify(expected));
});

test('set items are written v:<json> and keys sort as the API server sorts them', () => {
  const out = ssa(undefined, {
    apiVersion: 'v1', kind: 'ConfigMap',
    metadata: { name: 'c', finalizers: ['b.example.com/x', 'a.example.com/y'], annotations: { z: '1', a: '2' } },
  }, 'mgr');
  const fields = fieldsOf(out, 'mgr');
  assert.equal(JSON.stringify(fields),
    '{"f:metadata":{"f:annotations":{"f:a":{},"f:z":{}},"f:finalizers":{"v:\\"a.example.com/y\\"":{},"v:\\"b.example.com/x\\"":{}}}}');
});

test('create by a non-apply client records an Update entry with "." for every map it added', () => {
  const obj = { ...docsConfigMap, metadata: { ...docsConfigMap.metadata, uid: 'u', resourceVersion: '1', annotations: { note: 'x' } } };
  const out = recordUpdate(undefined, obj, 'kubectl-create', '2026-01-01T00:00:00Z', Schema.forBuiltin('v1', 'ConfigMap'));
  assert.equal(JSON.stringify(fieldsOf(out, 'kubectl-create')),
    '{"f:data":{".":{},"f:key":{}},"f:metadata":{"f:annotations":{".":{},"f:note":{}},"f:labels":{".":{},"f:test-label":{}}}}');
});

// As a real API server stores a kube-controller-manager status update of a Deployment (keys in its order).
const realStatusFields = '{"f:metadata":{"f:annotations":{".":{},"f:deployment.kubernetes.io/revision":{}}},'
  + '"f:status":{"f:availableReplicas":{},"f:conditions":{".":{},"k:{\\"type\\":\\"Available\\"}":{".":{},'
  + '"f:lastTransitionTime":{},"f:lastUpdateTime":{},"f:message":{},"f:reason":{},"f:status":{},"f:type":{}},'
  + '"k:{\\"type\\":\\"Progressing\\"}":{".":{},"f:lastTransitionTime":{},"f:lastUpdateTime":{},"f:message":{},'
  + '"f:reason":{},"f:status":{},"f:type":{}}},"f:observedGeneration":{},"f:readyReplicas":{},"f:replicas":{},'
  + '"f:updatedReplicas":{}}}';

test('another manager\'s stored fieldsV1 survives an apply byte for byte', () => {
  const live = stored(ssa(undefined, nginxDeployment(3), 'kubectl'));
  const kcm = {
    manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'apps/v1', time: '2026-01-01T00:00:01Z',
    fieldsType: 'FieldsV1', fieldsV1: JSON.parse(realStatusFields) as unknown, subresource: 'status',
  };
  const withKcm = { ...live, metadata: { ...(live.metadata as object), managedFields: [...managedFields(live), kcm] } };
  const out = ssa(withKcm, nginxDeployment(4), 'kubectl');
  const entry = managedFields(out).find((e) => e.manager === 'kube-controller-manager');
  assert.equal(JSON.stringify(entry?.fieldsV1), realStatusFields);
  assert.deepEqual(managedFields(out).map((e) => e.manager), ['kubectl', 'kube-controller-manager']);
});

test('kubectl create deployment: the Update entry matches a real API server\'s (no "." on value structs)', () => {
  const defaulted = {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'nginx', namespace: 'default', uid: 'u', resourceVersion: '1', generation: 1, labels: { app: 'nginx' } },
    spec: {
      progressDeadlineSeconds: 600, replicas: 1, revisionHistoryLimit: 10,
      selector: { matchLabels: { app: 'nginx' } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: {
          containers: [{
            image: 'nginx', imagePullPolicy: 'Always', name: 'nginx', resources: {},
            terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
          }],
          dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {},
          terminationGracePeriodSeconds: 30,
        },
      },
    },
    status: {},
  };
  const out = recordUpdate(undefined, defaulted, 'kubectl-create', '2026-01-01T00:00:00Z', Schema.forBuiltin('apps/v1', 'Deployment'));
  // As `kubectl get deploy nginx -o yaml --show-managed-fields` prints it on a real cluster.
  const real = {
    'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
    'f:spec': {
      'f:progressDeadlineSeconds': {}, 'f:replicas': {}, 'f:revisionHistoryLimit': {}, 'f:selector': {},
      'f:strategy': { 'f:rollingUpdate': { '.': {}, 'f:maxSurge': {}, 'f:maxUnavailable': {} }, 'f:type': {} },
      'f:template': {
        'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
        'f:spec': {
          'f:containers': {
            'k:{"name":"nginx"}': {
              '.': {}, 'f:image': {}, 'f:imagePullPolicy': {}, 'f:name': {}, 'f:resources': {},
              'f:terminationMessagePath': {}, 'f:terminationMessagePolicy': {},
            },
          },
          'f:dnsPolicy': {}, 'f:restartPolicy': {}, 'f:schedulerName': {}, 'f:securityContext': {},
          'f:terminationGracePeriodSeconds': {},
        },
      },
    },
  };
  assert.equal(JSON.stringify(fieldsOf(out, 'kubectl-create')), JSON.stringify(real));
});
