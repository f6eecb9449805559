import { readDataFile } from './data-file.js';

/** An OpenAPI schema node (v2 definition or v3 CRD schema) with the Kubernetes merge extensions. */
export interface SchemaNode {
  type?: string;
  format?: string;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  required?: string[];
  enum?: unknown[];
  'x-kubernetes-patch-merge-key'?: string;
  'x-kubernetes-patch-strategy'?: string;
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: 'atomic' | 'granular';
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-group-version-kind'?: Array<{ group: string; version: string; kind: string }>;
}

type Definitions = Record<string, SchemaNode>;

/**
 * A position in a type's schema, resolving `$ref`s on the way down. The same interface serves built-in kinds
 * (from Kubernetes' OpenAPI document) and custom resources (a CRD's openAPIV3Schema), so strategic merge,
 * server-side apply and kustomize ask one question in one way: "what is the merge key of this list?".
 */
export class Schema {
  private constructor(private readonly node: SchemaNode, private readonly defs: Definitions) {}

  /** The schema of a built-in kind (`apps/v1`, `Deployment`), or undefined when Kubernetes has no such kind. */
  static forBuiltin(apiVersion: string, kind: string): Schema | undefined {
    const name = builtinDefinitionName(apiVersion, kind);
    return name ? new Schema({ $ref: name }, definitions()) : undefined;
  }

  /** The schema of a named definition, e.g. `io.k8s.api.core.v1.PodSpec`. */
  static forDefinition(name: string): Schema | undefined {
    return definitions()[name] ? new Schema({ $ref: name }, definitions()) : undefined;
  }

  /** Wraps a CRD version's `openAPIV3Schema` (no `$ref`s there). */
  static fromOpenAPIV3(node: SchemaNode): Schema {
    return new Schema(node, {});
  }

  private get resolved(): SchemaNode {
    let n = this.node;
    for (let hops = 0; n.$ref && hops < 32; hops++) {
      const target = this.defs[n.$ref];
      if (!target) break;
      // Extensions on the referring property (merge keys) win over the referenced type's own.
      const { $ref: _drop, ...own } = n;
      n = { ...target, ...own };
      if (!target.$ref) delete n.$ref;
    }
    return n;
  }

  private wrap(n: SchemaNode | undefined): Schema | undefined {
    return n ? new Schema(n, this.defs) : undefined;
  }

  /** The raw node after `$ref` resolution. */
  get raw(): SchemaNode { return this.resolved; }
  get type(): string | undefined { return this.resolved.type; }
  get format(): string | undefined { return this.resolved.format; }
  get patchMergeKey(): string | undefined { return this.resolved['x-kubernetes-patch-merge-key']; }
  /** Strategic merge strategies of this field: `merge`, `replace`, `retainKeys`, or several. */
  get patchStrategies(): string[] { return (this.resolved['x-kubernetes-patch-strategy'] ?? '').split(',').filter(Boolean); }
  get listType(): 'atomic' | 'set' | 'map' | undefined { return this.resolved['x-kubernetes-list-type']; }
  get listMapKeys(): string[] | undefined { return this.resolved['x-kubernetes-list-map-keys']; }
  get mapType(): 'atomic' | 'granular' | undefined { return this.resolved['x-kubernetes-map-type']; }
  get preservesUnknownFields(): boolean { return this.resolved['x-kubernetes-preserve-unknown-fields'] === true; }
  get isIntOrString(): boolean { return this.resolved['x-kubernetes-int-or-string'] === true || this.resolved.format === 'int-or-string'; }
  get required(): string[] { return this.resolved.required ?? []; }
  get propertyNames(): string[] { return Object.keys(this.resolved.properties ?? {}); }

  /** The schema of a named field of this object, or of its map values; undefined when the field is unknown. */
  field(name: string): Schema | undefined {
    const n = this.resolved;
    const prop = n.properties?.[name];
    if (prop) return this.wrap(prop);
    return typeof n.additionalProperties === 'object' ? this.wrap(n.additionalProperties) : undefined;
  }

  /** The schema of this list's items. */
  items(): Schema | undefined {
    return this.wrap(this.resolved.items);
  }
}

let defsCache: Definitions | undefined;
function definitions(): Definitions {
  defsCache ??= readDataFile<Definitions>('kubernetes/definitions.json');
  return defsCache;
}

let gvkIndex: Map<string, string> | undefined;
function builtinDefinitionName(apiVersion: string, kind: string): string | undefined {
  if (!gvkIndex) {
    gvkIndex = new Map();
    for (const [name, def] of Object.entries(definitions())) {
      for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) {
        const av = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
        gvkIndex.set(`${av}|${gvk.kind}`, name);
      }
    }
  }
  return gvkIndex.get(`${apiVersion}|${kind}`);
}
