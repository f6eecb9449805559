import { createHash } from 'node:crypto';
import { kubernetesVersion, Schema, type SchemaNode } from '../../api/kubernetes/index.js';
import type { ResourceRegistry } from '../registry/resource-registry.js';
import type { ResourceType } from '../registry/resource-type.js';

const objectMeta = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

function fingerprint(types: ResourceType[]): string {
  const h = createHash('sha256').update(kubernetesVersion());
  for (const t of types) h.update(`${t.kind}|${t.plural}|${JSON.stringify(t.custom?.schema ?? null)}`);
  return h.digest('hex').slice(0, 32).toUpperCase();
}

/** `/openapi/v3`: one entry per served group/version pointing at its document. */
export function openApiV3Root(registry: ResourceRegistry): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const g of registry.groups()) {
    for (const v of g.versions) {
      const p = gvPath(g.name, v);
      paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${fingerprint(registry.inGroupVersion(g.name, v))}` };
    }
  }
  return { paths };
}

/**
 * `/openapi/v3/api/v1` or `/openapi/v3/apis/<g>/<v>`: an OpenAPI 3 document with the group/version's schemas
 * (and every definition they reach) and a PATCH operation per resource declaring `fieldValidation`, which is how
 * kubectl decides to leave validation to the server and how it finds patch merge keys for client-side apply.
 */
export function openApiV3Document(registry: ResourceRegistry, gv: string): Record<string, unknown> | undefined {
  const m = /^(?:api\/([^/]+)|apis\/([^/]+)\/([^/]+))$/.exec(gv);
  if (!m) return undefined;
  const group = m[2] ?? '';
  const version = m[1] ?? m[3] ?? '';
  const types = registry.inGroupVersion(group, version);
  if (types.length === 0) return undefined;
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  for (const t of types) {
    const name = t.custom ? customSchemaName(t) : definitionName(t);
    if (!name) continue;
    if (t.custom) {
      const node = (t.custom.schema ?? { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }) as SchemaNode;
      const props = { ...(node.properties ?? {}), metadata: { $ref: objectMeta } as SchemaNode };
      schemas[name] = convert({ ...node, properties: props, 'x-kubernetes-group-version-kind': [{ group: t.group, version: t.version, kind: t.kind }] });
      collect(objectMeta, schemas);
    } else collect(name, schemas);
    const base = `/${gvPath(group, version)}/${t.namespaced ? 'namespaces/{namespace}/' : ''}${t.plural}/{name}`;
    paths[base] = {
      patch: {
        'x-kubernetes-action': 'patch', 'x-kubernetes-group-version-kind': { group: t.group, version: t.version, kind: t.kind },
        parameters: ['dryRun', 'fieldManager', 'fieldValidation', 'force'].map((p) => ({ name: p, in: 'query', schema: { type: p === 'force' ? 'boolean' : 'string' } })),
        responses: { 200: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } },
      },
    };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: kubernetesVersion() }, paths, components: { schemas } };
}

function definitionName(t: ResourceType): string | undefined {
  const raw = t.schema();
  return raw ? findDefinition(t) : undefined;
}

function findDefinition(t: ResourceType): string | undefined {
  const parts = t.group === '' ? ['core'] : t.group.replace(/\.k8s\.io$/, '').split('.');
  const candidates = [`io.k8s.api.${parts.join('.')}.${t.version}.${t.kind}`,
    `io.k8s.api.${t.group.split('.')[0] ?? ''}.${t.version}.${t.kind}`,
    `io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.${t.version}.${t.kind}`,
    `io.k8s.kube-aggregator.pkg.apis.apiregistration.${t.version}.${t.kind}`];
  return candidates.find((c) => Schema.forDefinition(c) !== undefined);
}

function customSchemaName(t: ResourceType): string {
  return `${t.group.split('.').reverse().join('.')}.${t.version}.${t.kind}`;
}

function collect(name: string, out: Record<string, unknown>): void {
  if (out[name] !== undefined) return;
  const def = Schema.forDefinition(name);
  if (!def) return;
  const refs: string[] = [];
  out[name] = convert(rawDefinition(def), refs);
  for (const r of refs) collect(r, out);
}

// Schema.raw resolves the top-level $ref only, so the definition's own nested $refs are intact.
function rawDefinition(def: Schema): SchemaNode {
  return def.raw;
}

function convert(node: unknown, refs: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, refs));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') {
      refs.push(v);
      out.$ref = `#/components/schemas/${v}`;
    } else if (k === 'properties' && v && typeof v === 'object') {
      out.properties = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, convert(pv, refs)]));
    } else out[k] = convert(v, refs);
  }
  return out;
}
