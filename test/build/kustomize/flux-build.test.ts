import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectYaml, Workspace } from './harness.js';

const cm = (name: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

test('a path without a kustomization builds every Kubernetes manifest below it, skipping other YAML', () => {
  const ws = new Workspace()
    .writeF('apps/b.yaml', cm('b'))
    .writeF('apps/a.yaml', `${cm('a')}---\n${cm('a2')}`)
    .writeF('apps/values.yaml', 'replicaCount: 2\nimage: {tag: x}\n')
    .writeF('apps/notes.txt', 'not yaml at all: [')
    .writeF('apps/sub/c.yml', cm('c'))
    .writeK('apps/withk', 'resources:\n- d.yaml\nnamePrefix: k-\n')
    .writeF('apps/withk/d.yaml', cm('d'));
  expectYaml(ws.buildFlux('apps'), `
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: a
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: a2
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: b
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: c
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: k-d
  `);
});

test('Flux order keeps input order where kustomize build sorts by kind', () => {
  const ws = new Workspace()
    .writeK('app', 'resources:\n- r.yaml\n')
    .writeF('app/r.yaml', `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n---\n${cm('c')}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n`);
  const kinds = (s: string): string[] => [...s.matchAll(/^kind: (\w+)/gm)].map((m) => m[1]!);
  assert.deepEqual(kinds(ws.buildFlux('app')), ['Deployment', 'ConfigMap', 'Namespace']);
  assert.deepEqual(kinds(ws.build('app')), ['Namespace', 'ConfigMap', 'Deployment']);
  assert.deepEqual(kinds(ws.buildFlux('app', { order: 'legacy' })), ['Namespace', 'ConfigMap', 'Deployment']);
});

test('the Flux overlay sets the target namespace, prefix, images, patches, components and common metadata', () => {
  const ws = new Workspace()
    .writeK('app', 'namespace: ignored\nresources:\n- d.yaml\nimages:\n- name: nginx\n  newTag: old\n')
    .writeF('app/d.yaml', `
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
            - name: web
              image: nginx
    `)
    .writeK('comp', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonAnnotations:\n  from: component\n');
  const out = ws.buildFlux('app', {
    overlay: {
      targetNamespace: 'prod',
      namePrefix: 'p-',
      images: [{ name: 'nginx', newTag: '1.27' }],
      patches: [{ patch: '- op: add\n  path: /spec/replicas\n  value: 3\n', target: { kind: 'Deployment' } }],
      components: ['../comp'],
      commonMetadata: { labels: { team: 'a' }, annotations: { owner: 'b' } },
    },
  });
  expectYaml(out, `
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      annotations:
        from: component
        owner: b
      labels:
        team: a
      name: p-web
      namespace: prod
    spec:
      replicas: 3
      template:
        metadata:
          annotations:
            from: component
        spec:
          containers:
          - image: nginx:1.27
            name: web
  `);
});

test('Flux loads files from outside the path but never outside the source root', () => {
  const ws = new Workspace()
    .writeK('clusters/prod', 'resources:\n- ../../shared/cm.yaml\n')
    .writeF('shared/cm.yaml', cm('shared'));
  assert.match(ws.buildFlux('clusters/prod'), /name: shared/);
  assert.throws(() => ws.build('clusters/prod'), /security; resource '\.\.\/\.\.\/shared\/cm\.yaml' is not in or below 'clusters\/prod'/);
  ws.writeK('escape', 'resources:\n- ../../outside.yaml\n');
  assert.throws(() => ws.buildFlux('escape'), /escape\/kustomization\.yaml: "\.\.\/\.\.\/outside\.yaml" is outside the root/);
});

test('a generated kustomization is only made for the top path, not for bases', () => {
  const ws = new Workspace().writeK('app', 'resources:\n- ../base\n').writeF('base/cm.yaml', cm('x'));
  assert.throws(() => ws.buildFlux('app'), /unable to find one of 'kustomization.yaml'.*'base'/);
});

test('Flux order honours sortOptions asking for the legacy order', () => {
  const ws = new Workspace()
    .writeK('app', 'sortOptions:\n  order: legacy\nresources:\n- r.yaml\n')
    .writeF('app/r.yaml', `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n---\n${cm('c')}`);
  assert.deepEqual([...ws.buildFlux('app').matchAll(/^kind: (\w+)/gm)].map((m) => m[1]), ['ConfigMap', 'Deployment']);
});
