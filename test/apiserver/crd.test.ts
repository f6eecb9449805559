import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fluxCrds } from '../../src/api/index.js';
import { startTestApiServer, type TestApiServer } from '../support/api-server.js';
import { eventually, jsonBody, rawRequest } from './raw-request.js';

const widgetCrd = {
  apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'widgets.example.com' },
  spec: {
    group: 'example.com', scope: 'Namespaced',
    names: { plural: 'widgets', singular: 'widget', kind: 'Widget', shortNames: ['wd'] },
    versions: ['v1beta1', 'v1'].map((name) => ({
      name, served: true, storage: name === 'v1',
      subresources: { status: {} },
      additionalPrinterColumns: [
        { name: 'Size', type: 'integer', jsonPath: '.spec.size' },
        { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
      ],
      schema: { openAPIV3Schema: { type: 'object',
        'x-kubernetes-validations': [{ rule: "self.metadata.name != 'forbidden'", message: 'this name is reserved' }],
        properties: {
        spec: { type: 'object', required: ['size'], properties: {
          size: { type: 'integer', minimum: 1, maximum: 10 },
          color: { type: 'string', enum: ['red', 'blue'], default: 'red' },
          interval: { type: 'string', pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$' },
          free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
          tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
        } },
        status: { type: 'object', properties: { conditions: { type: 'array', items: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } } },
      } } },
    })),
  },
};

describe('CustomResourceDefinitions', () => {
  let server: TestApiServer;
  const widgets = '/apis/example.com/v1/namespaces/default/widgets';
  before(async () => {
    server = await startTestApiServer();
    const r = await rawRequest(server, 'POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', jsonBody(widgetCrd));
    assert.equal(r.status, 201, r.text);
  });
  after(() => server.close());

  test('a created CRD is Established with NamesAccepted and appears in discovery', async () => {
    const crd = await eventually(async () => {
      const r = await rawRequest(server, 'GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com');
      const conds = (r.body.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? [];
      return conds.some((c) => c.type === 'Established' && c.status === 'True') ? conds : undefined;
    }, 3000, 'Established');
    assert.ok(crd.some((c) => c.type === 'NamesAccepted' && c.status === 'True'));
    const group = await rawRequest(server, 'GET', '/apis/example.com');
    assert.equal((group.body.preferredVersion as { version: string }).version, 'v1');
    const list = await rawRequest(server, 'GET', '/apis/example.com/v1');
    const res = (list.body.resources as Array<{ name: string; namespaced: boolean; shortNames?: string[] }>);
    assert.deepEqual(res.map((r) => r.name), ['widgets', 'widgets/status']);
    assert.deepEqual(res[0]?.shortNames, ['wd']);
  });

  test('custom objects are defaulted, pruned of unknown fields (with a warning) and keep preserved ones', async () => {
    const r = await rawRequest(server, 'POST', widgets, jsonBody({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w1' },
      spec: { size: 3, bogus: true, free: { anything: { goes: 1 } } } }));
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.body.spec, { size: 3, color: 'red', free: { anything: { goes: 1 } } });
    assert.match(String(r.headers.warning), /unknown field \\"spec.bogus\\"/);
    assert.equal((r.body.metadata as { generation: number }).generation, 1);
  });

  test('fieldValidation=Strict refuses unknown fields with 400', async () => {
    const r = await rawRequest(server, 'POST', `${widgets}?fieldValidation=Strict`, jsonBody({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w-strict' }, spec: { size: 1, nope: 1 } }));
    assert.equal(r.status, 400);
    assert.match(String(r.body.message), /unknown field "spec.nope"/);
  });

  test('schema violations are 422 with one cause per field, named as Kubernetes names them', async () => {
    const r = await rawRequest(server, 'POST', widgets, jsonBody({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w-bad' },
      spec: { size: 'big', color: 'green', interval: '5x', tags: ['a', 'b', 'c'] } }));
    assert.equal(r.status, 422);
    const causes = (r.body.details as { causes: Array<{ field: string; reason: string; message: string }> }).causes;
    const byField = Object.fromEntries(causes.map((c) => [c.field, c]));
    assert.match(byField['spec.size']?.message ?? '', /spec.size in body must be of type integer: "string"/);
    assert.equal(byField['spec.color']?.reason, 'FieldValueNotSupported');
    assert.match(byField['spec.interval']?.message ?? '', /should match/);
    assert.equal(byField['spec.tags']?.reason, 'FieldValueTooMany');
    const missing = await rawRequest(server, 'POST', widgets, jsonBody({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w-none' }, spec: {} }));
    assert.equal(missing.status, 422);
    assert.match(String(missing.body.message), /spec.size: Required value/);
    const tooBig = await rawRequest(server, 'POST', widgets, jsonBody({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w-big' }, spec: { size: 11 } }));
    assert.match(String(tooBig.body.message), /spec.size: Invalid value: 11: spec.size in body should be less than or equal to 10/);
  });

  test('CEL rules on the root see the whole object', async () => {
    const r = await rawRequest(server, 'POST', widgets, jsonBody({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'forbidden' }, spec: { size: 1 } }));
    assert.equal(r.status, 422, r.text);
    assert.match(String(r.body.message), /this name is reserved/);
  });

  test('the status subresource is separate from the main resource', async () => {
    const cur = (await rawRequest(server, 'GET', `${widgets}/w1`)).body;
    const main = await rawRequest(server, 'PUT', `${widgets}/w1`, jsonBody({ ...cur, status: { conditions: [{ type: 'Ready', status: 'True' }] } }));
    assert.equal(main.body.status, undefined);
    const st = await rawRequest(server, 'PUT', `${widgets}/w1/status`, jsonBody({ ...cur, spec: { size: 9 }, status: { conditions: [{ type: 'Ready', status: 'True' }] } }));
    assert.equal(st.status, 200);
    assert.equal((st.body.spec as { size: number }).size, 3);
    assert.deepEqual(st.body.status, { conditions: [{ type: 'Ready', status: 'True' }] });
  });

  test('Table output uses the printer columns', async () => {
    const r = await rawRequest(server, 'GET', widgets, { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' });
    assert.equal(r.body.kind, 'Table');
    const cols = (r.body.columnDefinitions as Array<{ name: string }>).map((c) => c.name);
    assert.deepEqual(cols, ['Name', 'Size', 'Ready']);
    const rows = r.body.rows as Array<{ cells: unknown[] }>;
    assert.deepEqual(rows[0]?.cells, ['w1', 3, 'True']);
  });

  test('every served version reads the same objects', async () => {
    const r = await rawRequest(server, 'GET', '/apis/example.com/v1beta1/namespaces/default/widgets/w1');
    assert.equal(r.status, 200);
    assert.equal(r.body.apiVersion, 'example.com/v1beta1');
  });

  test('deleting the CRD removes its objects and stops serving it', async () => {
    await rawRequest(server, 'DELETE', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com');
    await eventually(async () => ((await rawRequest(server, 'GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com')).status === 404 ? true : undefined), 3000, 'CRD gone');
    assert.equal((await rawRequest(server, 'GET', widgets)).status, 404);
    const again = await rawRequest(server, 'POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', jsonBody(widgetCrd));
    assert.equal(again.status, 201);
    const list = await rawRequest(server, 'GET', widgets);
    assert.deepEqual(list.body.items, [], 'objects of the old CRD are gone');
  });

  test('a CRD whose name does not match its names is 422', async () => {
    const bad = { ...widgetCrd, metadata: { name: 'gadgets.example.com' } };
    const r = await rawRequest(server, 'POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', jsonBody(bad));
    assert.equal(r.status, 422);
    assert.match(String(r.body.message), /metadata.name/);
  });

  test('every Flux CRD is accepted and its kinds are served', async () => {
    for (const crd of fluxCrds()) {
      const r = await rawRequest(server, 'POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', jsonBody(crd));
      assert.equal(r.status, 201, `${String((crd.metadata as { name: string }).name)}: ${r.text.slice(0, 300)}`);
    }
    await rawRequest(server, 'POST', '/api/v1/namespaces', jsonBody({ metadata: { name: 'flux-system' } }));
    const repo = await rawRequest(server, 'POST', '/apis/source.toolkit.fluxcd.io/v1/namespaces/flux-system/gitrepositories', jsonBody({
      apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'podinfo' },
      spec: { interval: '1m', url: 'https://github.com/stefanprodan/podinfo', ref: { branch: 'master' } } }));
    assert.equal(repo.status, 201, repo.text.slice(0, 500));
    const badInterval = await rawRequest(server, 'POST', '/apis/source.toolkit.fluxcd.io/v1/namespaces/flux-system/gitrepositories', jsonBody({
      apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'bad' }, spec: { interval: 'soon', url: 'https://x' } }));
    assert.equal(badInterval.status, 422);
    assert.match(String(badInterval.body.message), /spec.interval/);
  });

  test('CEL validation rules (x-kubernetes-validations) of the Flux CRDs are enforced', async () => {
    const hr = (spec: Record<string, unknown>) => rawRequest(server, 'POST', '/apis/helm.toolkit.fluxcd.io/v2/namespaces/flux-system/helmreleases',
      jsonBody({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: `hr-${Object.keys(spec).join('-').toLowerCase() || 'none'}` }, spec: { interval: '5m', ...spec } }));
    const neither = await hr({});
    assert.equal(neither.status, 422, neither.text);
    assert.match(String(neither.body.message), /spec: Invalid value: "object": either chart or chartRef must be set/);
    const ok = await hr({ chartRef: { kind: 'OCIRepository', name: 'podinfo' } });
    assert.equal(ok.status, 201, ok.text);
  });
});
