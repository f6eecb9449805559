import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from '../../../src/api/kubernetes/index.js';
import { recordUpdate, type KubeObject } from '../../../src/apiserver/merge/index.js';
import { fieldsOf, nginxDeployment, ssa, stored } from './ssa-fixtures.js';

type Obj = Record<string, unknown>;
const containers = (o: KubeObject): Obj[] =>
  ((((o.spec as Obj).template as Obj).spec as Obj).containers as Obj[]);

function deployWith(cs: Obj[]): KubeObject {
  const d = nginxDeployment();
  (((d.spec as Obj).template as Obj).spec as Obj).containers = cs;
  return d;
}

test('containers merge by name: two appliers each own their container', () => {
  const a = stored(ssa(undefined, deployWith([{ name: 'app', image: 'app:1' }]), 'team-app'));
  const out = ssa(a, deployWith([{ name: 'sidecar', image: 'proxy:1' }]), 'team-mesh');
  assert.deepEqual(containers(out).map((c) => c.name), ['app', 'sidecar']);
  const mesh = JSON.stringify(fieldsOf(out, 'team-mesh'));
  assert.match(mesh, /"k:\{\\"name\\":\\"sidecar\\"\}":\{"\.":\{\},"f:image":\{\},"f:name":\{\}\}/);
  assert.doesNotMatch(mesh, /name\\":\\"app/);
});

test('a container the applier dropped is removed while another applier\'s container stays', () => {
  const a = stored(ssa(undefined, deployWith([{ name: 'app', image: 'app:1' }, { name: 'debug', image: 'busybox' }]), 'team-app'));
  const b = stored(ssa(a, deployWith([{ name: 'sidecar', image: 'proxy:1' }]), 'team-mesh'));
  const out = ssa(b, deployWith([{ name: 'app', image: 'app:2' }]), 'team-app');
  assert.deepEqual(containers(out).map((c) => [c.name, c.image]), [['app', 'app:2'], ['sidecar', 'proxy:1']]);
});

test('ports are keyed by containerPort and protocol (protocol defaulting to TCP)', () => {
  const a = stored(ssa(undefined, deployWith([{ name: 'app', image: 'a', ports: [{ containerPort: 53, protocol: 'UDP' }] }]), 'm1'));
  const out = ssa(a, deployWith([{ name: 'app', image: 'a', ports: [{ containerPort: 53 }] }]), 'm2');
  assert.deepEqual(containers(out)[0]!.ports, [{ containerPort: 53, protocol: 'UDP' }, { containerPort: 53 }]);
  const m2 = JSON.stringify(fieldsOf(out, 'm2'));
  assert.ok(m2.includes('k:{\\"containerPort\\":53,\\"protocol\\":\\"TCP\\"}'), m2);
});

test('a list-map item without its key is refused with structured-merge-diff\'s message', () => {
  assert.throws(() => ssa(undefined, deployWith([{ image: 'nameless' }]), 'm'), (e: Error & { code?: number }) => {
    assert.equal(e.code, 400);
    assert.match(e.message, /\.spec\.template\.spec\.containers: element 0: associative list with keys has an element that omits key field "name"/);
    return true;
  });
});

test('duplicate keys in an apply config are refused', () => {
  assert.throws(() => ssa(undefined, deployWith([{ name: 'a', image: '1' }, { name: 'a', image: '2' }]), 'm'),
    /duplicate entries for key \[name="a"\]/);
});

test('finalizers are a set: appliers own single values and dropping one removes only it', () => {
  const cm = (f: string[]) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', finalizers: f } });
  const a = stored(ssa(undefined, cm(['a.io/x', 'a.io/y']), 'one'));
  const b = stored(ssa(a, cm(['b.io/z']), 'two'));
  assert.deepEqual((b.metadata as Obj).finalizers, ['a.io/x', 'a.io/y', 'b.io/z']);
  const out = ssa(b, cm(['a.io/x']), 'one');
  assert.deepEqual((out.metadata as Obj).finalizers, ['a.io/x', 'b.io/z']);
  assert.deepEqual(fieldsOf(out, 'two'), { 'f:metadata': { 'f:finalizers': { 'v:"b.io/z"': {} } } });
});

test('atomic lists (container args) are replaced wholesale and owned as one field', () => {
  const a = stored(ssa(undefined, deployWith([{ name: 'app', image: 'a', args: ['--x', '--y'] }]), 'one'));
  const out = ssa(a, deployWith([{ name: 'app', image: 'a', args: ['--z'] }]), 'one');
  assert.deepEqual(containers(out)[0]!.args, ['--z']);
  assert.ok(JSON.stringify(fieldsOf(out, 'one')).includes('"f:args":{}'));
  assert.throws(() => ssa(out, deployWith([{ name: 'app', image: 'a', args: ['--other'] }]), 'two'),
    /conflict with "one": \.spec\.template\.spec\.containers\[name="app"\]\.args/);
});

test('atomic maps (a LabelSelector) are owned whole and replaced whole', () => {
  const d = (labels: Obj) => ({ ...nginxDeployment(), spec: { ...(nginxDeployment().spec as Obj), selector: { matchLabels: labels } } });
  const a = stored(ssa(undefined, d({ app: 'nginx', tier: 'web' }), 'one'));
  const out = ssa(a, d({ app: 'nginx' }), 'one');
  assert.deepEqual((out.spec as Obj).selector, { matchLabels: { app: 'nginx' } });
});

const crdSchema = Schema.fromOpenAPIV3({
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      properties: {
        servers: {
          type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['host', 'port'],
          items: { type: 'object', properties: { host: { type: 'string' }, port: { type: 'integer' }, weight: { type: 'integer' } } },
        },
        tags: { type: 'array', items: { type: 'string' } },
        settings: { type: 'object', 'x-kubernetes-map-type': 'atomic', additionalProperties: { type: 'string' } },
      },
    },
  },
});
const widget = (spec: Obj) => ({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec });

test('custom resources use x-kubernetes-list-map-keys for item keys', () => {
  const a = stored(ssa(undefined, widget({ servers: [{ host: 'a', port: 1, weight: 1 }] }), 'one', { schema: crdSchema }));
  const out = ssa(a, widget({ servers: [{ host: 'a', port: 2, weight: 5 }] }), 'two', { schema: crdSchema });
  assert.deepEqual((out.spec as Obj).servers, [{ host: 'a', port: 1, weight: 1 }, { host: 'a', port: 2, weight: 5 }]);
  assert.deepEqual(fieldsOf(out, 'two'), {
    'f:spec': { 'f:servers': { 'k:{"host":"a","port":2}': { '.': {}, 'f:host': {}, 'f:port': {}, 'f:weight': {} } } },
  });
});

test('custom resource lists without a list type are atomic; x-kubernetes-map-type atomic maps are one field', () => {
  const a = stored(ssa(undefined, widget({ tags: ['x'], settings: { k: 'v' } }), 'one', { schema: crdSchema }));
  assert.deepEqual(fieldsOf(a, 'one'), { 'f:spec': { 'f:settings': {}, 'f:tags': {} } });
  assert.throws(() => ssa(a, widget({ tags: ['y'] }), 'two', { schema: crdSchema }), /conflict with "one": \.spec\.tags/);
});

test('without any schema, maps are granular and lists atomic', () => {
  const opts = { schema: undefined as unknown as Schema };
  const out = ssa(undefined, widget({ list: [{ a: 1 }], map: { x: { y: 1 } } }), 'one', opts);
  assert.deepEqual(fieldsOf(out, 'one'), { 'f:spec': { 'f:list': {}, 'f:map': { 'f:x': { 'f:y': {} } } } });
});

test('a stored list with duplicate keys (allowed by create) survives an apply elsewhere in the object', () => {
  const env = [{ name: 'A', value: '1' }, { name: 'A', value: '2' }];
  const created = recordUpdate(undefined, stored(deployWith([{ name: 'app', image: 'a', env }])), 'kubectl-create', 'x',
    Schema.forBuiltin('apps/v1', 'Deployment'));
  const out = ssa(stored(created), { ...nginxDeployment(), spec: { replicas: 9 } }, 'scaler', { force: true });
  assert.deepEqual(containers(out)[0]!.env, env);
  assert.equal((out.spec as Obj).replicas, 9);
});
