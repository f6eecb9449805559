import { Schema } from '../../api/kubernetes/index.js';

/**
 * How server-side apply sees one position of a type (structured-merge-diff's schema atom): a granular or atomic map,
 * a list of kind atomic/set/map with its keys, a scalar, or `deduced` (no schema: maps are granular, lists atomic).
 * Built lazily from a `Schema` and memoised per request.
 */
export class TypeNode {
  private readonly memo = new Map<string, TypeNode>();
  private itemsNode: TypeNode | undefined;
  private rootOfObject = false;

  private constructor(
    readonly kind: 'map' | 'list' | 'scalar' | 'deduced',
    readonly atomic: boolean,
    readonly listType: 'atomic' | 'set' | 'map',
    readonly keys: readonly string[],
    private readonly schema: Schema | undefined,
    private readonly builtin = false,
  ) {}

  /** The type of a whole object of a kind; `metadata` is always ObjectMeta, as the API server's models make it. */
  static forObject(schema: Schema | undefined): TypeNode {
    const builtin = (schema?.raw['x-kubernetes-group-version-kind']?.length ?? 0) > 0;
    const root = schema ? TypeNode.of(schema, builtin) : TypeNode.deduced();
    const meta = Schema.forDefinition('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta');
    if (meta && (root.kind === 'map' || root.kind === 'deduced')) root.memo.set('metadata', TypeNode.of(meta, builtin));
    root.rootOfObject = true;
    return root;
  }

  /** The untyped node: maps granular with untyped values, lists atomic. */
  static deduced(): TypeNode {
    return new TypeNode('deduced', false, 'atomic', [], undefined);
  }

  private static of(s: Schema, builtin: boolean): TypeNode {
    const raw = s.raw;
    const type = raw.type;
    if (type === 'array' || raw.items) {
      const keys = s.listMapKeys ?? (s.patchMergeKey ? [s.patchMergeKey] : []);
      let listType = s.listType;
      if (!listType) {
        const merge = s.patchStrategies.includes('merge');
        listType = merge ? (s.patchMergeKey ? 'map' : 'set') : 'atomic';
      }
      return new TypeNode('list', listType === 'atomic', listType, keys, s, builtin);
    }
    if (type === 'object' || raw.properties || raw.additionalProperties) {
      const structured = raw.properties !== undefined || typeof raw.additionalProperties === 'object';
      if (!structured) return TypeNode.deduced();
      return new TypeNode('map', s.mapType === 'atomic', 'atomic', [], s, builtin);
    }
    if (type === undefined && !s.isIntOrString) return TypeNode.deduced();
    return new TypeNode('scalar', true, 'atomic', [], s, builtin);
  }

  /** The type of a map entry or struct field; deduced when the schema does not know it. */
  field(name: string): TypeNode {
    let n = this.memo.get(name);
    if (!n) {
      const s = this.kind === 'map' ? this.schema?.field(name) : undefined;
      n = s ? TypeNode.of(s, this.builtin) : TypeNode.deduced();
      this.memo.set(name, n);
    }
    return n;
  }

  /** Whether `name` is a declared struct field (not a free-form map key): such fields count as owned parents. */
  hasNamedField(name: string): boolean {
    if (this.rootOfObject && (name === 'metadata' || name === 'apiVersion' || name === 'kind')) return true;
    return this.kind === 'map' && this.schema?.raw.properties?.[name] !== undefined;
  }

  /** Whether this is a built-in kind's root (its schema names a group/version/kind, unlike a CRD's). */
  get isBuiltinKind(): boolean {
    return this.rootOfObject && this.builtin;
  }

  /**
   * Whether a field name is unknown to a closed built-in struct (Kubernetes answers `field not declared in schema`);
   * custom resources and free-form maps accept any name (the API server prunes or keeps them by schema).
   */
  rejectsField(name: string): boolean {
    if (!this.builtin || this.kind !== 'map' || this.rootOfObject && name === 'metadata') return false;
    const raw = this.schema?.raw;
    if (!raw?.properties || raw.additionalProperties !== undefined || raw['x-kubernetes-preserve-unknown-fields']) return false;
    return raw.properties[name] === undefined;
  }

  /** Whether this is a struct (declared properties), as opposed to a free-form map. */
  get isStruct(): boolean {
    return this.kind === 'map' && !this.atomic && this.schema?.raw.properties !== undefined;
  }

  /** The struct's required fields. */
  get required(): readonly string[] {
    return this.kind === 'map' ? this.schema?.required ?? [] : [];
  }

  /** The type of this list's items. */
  items(): TypeNode {
    if (!this.itemsNode) {
      const s = this.kind === 'list' ? this.schema?.items() : undefined;
      this.itemsNode = s ? TypeNode.of(s, this.builtin) : TypeNode.deduced();
    }
    return this.itemsNode;
  }
}
