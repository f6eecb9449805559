import { builtinFuncs } from './builtins.js';
import { executeTree, type ExecEnv } from './exec.js';
import type { TypedGoFunc } from './func-signature.js';
import { parseTemplate, type Tree } from './parser.js';
import { TemplateExecError } from './template-exec-error.js';
import type { FuncMap, MissingKey, TemplateOptions } from './types.js';

/**
 * One namespace of named templates, like Go's `*template.Template` family: `parse` adds a template and its
 * `{{define}}`s (a later non-empty definition replaces an earlier one, as in Go), `execute` runs one by name.
 * Templates are parsed once into trees and executed without re-parsing; functions may call back into the set
 * (`execute`, or `clone` + `parse` for Helm's `tpl`).
 */
export class TemplateSet {
  private readonly trees: Map<string, Tree>;
  private readonly funcs: Map<string, TypedGoFunc>;
  private missingKey: MissingKey;
  private readonly rangeInt: boolean;
  private readonly env: ExecEnv;
  /** The set's own name, used in "no template associated with template" errors (Helm's root is "gotpl"). */
  readonly name: string;

  constructor(options: TemplateOptions & { name?: string } = {}, from?: TemplateSet) {
    this.name = options.name ?? from?.name ?? '';
    this.trees = new Map(from?.trees ?? []);
    this.funcs = new Map(from?.funcs ?? Object.entries(builtinFuncs()));
    this.missingKey = options.missingKey ?? from?.missingKey ?? 'default';
    this.rangeInt = options.rangeInt ?? from?.rangeInt ?? false;
    for (const [k, f] of Object.entries(options.funcs ?? {})) this.funcs.set(k, f);
    const trees = this.trees;
    const funcs = this.funcs;
    const missing = (): MissingKey => this.missingKey;
    this.env = {
      rangeInt: this.rangeInt,
      lookup: (n) => trees.get(n),
      func: (n) => funcs.get(n),
      get missingKey() { return missing(); },
    };
  }

  /** Parses `text` as template `name` (plus its `{{define}}`s); throws TemplateParseError with Go's message. */
  parse(name: string, text: string): void {
    const trees = parseTemplate(name, text, (f) => this.funcs.has(f));
    for (const [n, tree] of trees) {
      const old = this.trees.get(n);
      if (old && isEmpty(tree) && !isEmpty(old)) continue;
      this.trees.set(n, tree);
    }
  }

  /** Whether a template of that name is defined. */
  has(name: string): boolean {
    return this.trees.has(name);
  }

  /** Names of all defined templates, sorted. */
  names(): string[] {
    return [...this.trees.keys()].sort();
  }

  /** Executes template `name` with `data` as dot and `$`; throws TemplateExecError with Go's message. */
  execute(name: string, data: unknown): string {
    const tree = this.trees.get(name);
    if (!tree) {
      const msg = `no template ${JSON.stringify(name)} associated with template ${JSON.stringify(this.name)}`;
      throw new TemplateExecError(`template: ${msg}`, msg);
    }
    return executeTree(this.env, tree, data);
  }

  /** Adds or replaces functions (templates parsed afterwards may call them). */
  addFuncs(funcs: FuncMap): void {
    for (const [k, f] of Object.entries(funcs)) this.funcs.set(k, f);
  }

  /** Sets Go's `missingkey` option. */
  setMissingKey(mode: MissingKey): void {
    this.missingKey = mode;
  }

  /** A copy sharing the parsed trees: templates parsed or functions added to the copy do not affect this set. */
  clone(): TemplateSet {
    return new TemplateSet({}, this);
  }
}

function isEmpty(t: Tree): boolean {
  return t.root.nodes.every((n) => (n.kind === 'text' && n.text.trim() === '') || n.kind === 'comment');
}
