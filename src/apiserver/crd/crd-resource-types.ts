import { Schema, type SchemaNode } from '../../api/kubernetes/index.js';
import { isPlainObject, type KubeObject } from '../kube-object.js';
import type { PrinterColumn, ResourceType } from '../registry/resource-type.js';
import type { CrdSchemaNode } from './crd-schema-node.js';

interface CrdVersion {
  name: string;
  served?: boolean;
  storage?: boolean;
  schema?: { openAPIV3Schema?: CrdSchemaNode };
  subresources?: { status?: object; scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string } };
  additionalPrinterColumns?: PrinterColumn[];
}

const allVerbs = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** The resources a CRD serves: one per served version, sharing one storage key. */
export function crdResourceTypes(crd: KubeObject): ResourceType[] {
  const spec = (isPlainObject(crd.spec) ? crd.spec : {}) as {
    group: string; scope: string; versions?: CrdVersion[];
    names: { plural: string; singular?: string; kind: string; listKind?: string; shortNames?: string[]; categories?: string[] };
  };
  const names = spec.names;
  return (spec.versions ?? []).filter((v) => v.served !== false).map((v) => {
    const subresources: string[] = [];
    if (v.subresources?.status !== undefined) subresources.push('status');
    if (v.subresources?.scale !== undefined) subresources.push('scale');
    const node = v.schema?.openAPIV3Schema;
    const schema = node ? Schema.fromOpenAPIV3(withMetadata(node)) : undefined;
    const type: ResourceType = {
      group: spec.group, version: v.name, kind: names.kind, listKind: names.listKind ?? `${names.kind}List`,
      plural: names.plural, singular: names.singular ?? names.kind.toLowerCase(), namespaced: spec.scope === 'Namespaced',
      verbs: allVerbs, subresources, shortNames: names.shortNames ?? [], categories: names.categories ?? [],
      storageKey: `${spec.group}/${names.plural}`, preferred: v.storage === true,
      schema: () => schema,
      custom: { crdName: crd.metadata.name ?? '', schema: node, printerColumns: v.additionalPrinterColumns ?? [], scale: v.subresources?.scale, celCache: new Map() },
    };
    return type;
  });
}

// Server-side apply and strategic merge need metadata's field structure even though a CRD schema omits it;
// CRD schemas carry no $refs, so ObjectMeta is inlined.
function withMetadata(node: CrdSchemaNode): CrdSchemaNode {
  const meta = inline({ $ref: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' }, 0);
  return { ...node, properties: { ...(node.properties ?? {}), metadata: meta } };
}

function inline(node: SchemaNode, depth: number): CrdSchemaNode {
  let n: SchemaNode = node;
  if (n.$ref) {
    const { $ref, ...own } = n;
    n = { ...(Schema.forDefinition($ref)?.raw ?? {}), ...own };
    delete n.$ref;
  }
  if (depth > 6) return n as CrdSchemaNode;
  const out: CrdSchemaNode = { ...(n as CrdSchemaNode) };
  if (n.properties) out.properties = Object.fromEntries(Object.entries(n.properties).map(([k, v]) => [k, inline(v, depth + 1)]));
  if (n.items) out.items = inline(n.items, depth + 1);
  if (typeof n.additionalProperties === 'object') out.additionalProperties = inline(n.additionalProperties, depth + 1);
  return out;
}
