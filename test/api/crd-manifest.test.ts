import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { fluxCrds } from '../../src/api/crds.js';
import { fixture } from '../support/repo-root.js';

type Node = Record<string, unknown>;

// Kubernetes' own OpenAPI definitions of CustomResourceDefinition (derived from swagger.json), with every object that
// lists properties closed, so a misspelt or misplaced CRD field fails here as it would with `kubectl apply --validate`.
const openapi = JSON.parse(readFileSync(fixture('api', 'crd-v1-openapi.json'), 'utf8')) as { root: string; definitions: Record<string, Node> };
const close = (n: Node): Node => ({ ...n, ...(n.properties ? { additionalProperties: false } : {}) });
const definitions = Object.fromEntries(Object.entries(openapi.definitions).map(([k, v]) => [k, close(v)]));

test('every generated CRD is a valid apiextensions.k8s.io/v1 CustomResourceDefinition per Kubernetes\' OpenAPI', () => {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile({ $ref: `#/definitions/${openapi.root}`, definitions });
  for (const crd of fluxCrds()) {
    const ok = validate(crd);
    assert.ok(ok, `${String((crd.metadata as Node).name)}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the OpenAPI check catches a malformed CRD', () => {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile({ $ref: `#/definitions/${openapi.root}`, definitions });
  const crd = structuredClone(fluxCrds()[0] as Node & { spec: Node & { versions: Node[] } });
  (crd.spec.versions[0] as Node).additionalPrinterColumn = [];
  delete (crd.spec as Node).scope;
  assert.equal(validate(crd), false);
  const text = ajv.errorsText(validate.errors);
  assert.match(text, /must have required property 'scope'/);
  assert.match(text, /must NOT have additional properties/);
});
