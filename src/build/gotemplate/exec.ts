import type {
  ChainNode, IfNode, RangeNode, WithNode, CommandNode, FieldNode, IdentifierNode, Node, NumberNode, PipeNode, TemplateNode,
  VariableNode,
} from './ast.js';
import { nodeLocation, nodeString } from './ast.js';
import { andOr, assignable, builtinCall, callNamed, methodOf } from './call-support.js';
import { goParamTypeName, type GoParamType, type TypedGoFunc } from './func-signature.js';
import { formatValue } from './go-fmt.js';
import { GoTime } from './go-time.js';
import { goTypeName, goTypeTag, isGoMap, mapGet, mapHas, sortedEntries } from './go-types.js';
import { TemplateExecError } from './template-exec-error.js';
import { isTrue } from './truth.js';
import type { MissingKey } from './types.js';
import type { Tree } from './parser.js';

/** What the executor needs from its template set. */
export interface ExecEnv {
  lookup(name: string): Tree | undefined;
  func(name: string): TypedGoFunc | undefined;
  missingKey: MissingKey;
  rangeInt: boolean;
}

interface Var { name: string; value: unknown; iface: boolean }

const MISSING = Symbol('missing');
const noNodes: Node[] = [];
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');
const MAX_DEPTH = 100000;

class Thrown { constructor(readonly err: TemplateExecError) {} }

/** Runs one template tree against `data`, returning the text; throws TemplateExecError with Go's message. */
export function executeTree(env: ExecEnv, tree: Tree, data: unknown, depth = 0): string {
  const ex = new Executor(env, tree.name, depth);
  const dot = data === null ? undefined : data;
  ex.vars.push({ name: '$', value: dot, iface: false });
  try {
    ex.walk(dot, false, tree.root);
  } catch (e) {
    if (e instanceof Thrown) throw e.err;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new TemplateExecError(`template: ${tree.name}: exceeded maximum template depth (${MAX_DEPTH})`, `exceeded maximum template depth (${MAX_DEPTH})`);
    }
    throw e;
  }
  return ex.out.join('');
}

class Executor {
  readonly out: string[] = [];
  vars: Var[] = [];
  private node: Node | null = null;

  constructor(private readonly env: ExecEnv, private tmplName: string, private depth: number) {}

  errorf(msg: string, cause?: unknown): never {
    const name = this.tmplName;
    const text = this.node
      ? `template: ${nodeLocation(this.node)}: executing ${JSON.stringify(name)} at <${nodeString(this.node)}>: ${msg}`
      : `template: ${name}: ${msg}`;
    throw new Thrown(new TemplateExecError(text, msg, cause));
  }

  walk(dot: unknown, dotIface: boolean, node: Node): void {
    this.node = node;
    switch (node.kind) {
      case 'action': {
        const v = this.evalPipeline(dot, dotIface, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, v);
        return;
      }
      case 'break': throw BREAK;
      case 'continue': throw CONTINUE;
      case 'comment': return;
      case 'if': case 'with': return this.walkIfOrWith(node.kind, dot, dotIface, node);
      case 'list': for (const n of node.nodes) this.walk(dot, dotIface, n); return;
      case 'range': return this.walkRange(dot, dotIface, node);
      case 'template': return this.walkTemplate(dot, dotIface, node);
      case 'text': this.out.push(node.text); return;
      default: this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkIfOrWith(kind: 'if' | 'with', dot: unknown, dotIface: boolean, n: IfNode | WithNode): void {
    const mark = this.vars.length;
    const val = this.evalPipeline(dot, dotIface, n.pipe);
    if (isTrue(val)) {
      if (kind === 'with') this.walk(val, false, n.list);
      else this.walk(dot, dotIface, n.list);
    } else if (n.elseList) {
      this.walk(dot, dotIface, n.elseList);
    }
    this.vars.length = mark;
  }

  private walkRange(dot: unknown, dotIface: boolean, r: RangeNode): void {
    this.node = r;
    const mark0 = this.vars.length;
    const val = this.evalPipeline(dot, dotIface, r.pipe);
    const mark = this.vars.length;
    const decl = r.pipe.decl;
    const one = (index: unknown, elem: unknown, elemIface: boolean): boolean => {
      if (decl.length > 0) {
        if (r.pipe.isAssign) {
          if (decl.length > 1) this.setVar(decl[0]!.ident[0]!, index, false);
          else this.setVar(decl[0]!.ident[0]!, elem, elemIface);
        } else {
          this.vars[this.vars.length - 1] = { name: this.vars[this.vars.length - 1]!.name, value: elem, iface: elemIface };
        }
      }
      if (decl.length > 1) {
        if (r.pipe.isAssign) this.setVar(decl[1]!.ident[0]!, elem, elemIface);
        else this.vars[this.vars.length - 2] = { name: this.vars[this.vars.length - 2]!.name, value: index, iface: false };
      }
      try {
        this.walk(elem, elemIface, r.list);
      } catch (e) {
        if (e === BREAK) return false;
        if (e !== CONTINUE) throw e;
      } finally {
        this.vars.length = mark;
      }
      return true;
    };
    let ran = false;
    if (Array.isArray(val) || val instanceof Uint8Array) {
      for (let i = 0; i < val.length; i++) {
        ran = true;
        if (!one(BigInt(i), val instanceof Uint8Array ? BigInt(val[i]!) : val[i], !(val instanceof Uint8Array))) break;
      }
    } else if (typeof val === 'bigint' && this.env.rangeInt) {
      if (decl.length > 1) this.errorf(`can't use ${val} to iterate over more than one variable`);
      for (let i = 0n; i < val; i++) {
        ran = true;
        if (!one(undefined, i, false)) break;
      }
    } else if (val !== undefined && val !== null && isGoMap(val) && !(val instanceof GoTime)) {
      for (const [k, v] of sortedEntries(val)) {
        ran = true;
        if (!one(k, v, true)) break;
      }
    } else if (val !== undefined && val !== null) {
      // Go 1.23 (Helm 3.17) cannot range over integers; that came with Go 1.24.
      this.errorf(`range can't iterate over ${formatValue(val)}`);
    }
    if (!ran && r.elseList) this.walk(dot, dotIface, r.elseList);
    this.vars.length = mark0;
  }

  private walkTemplate(dot: unknown, dotIface: boolean, t: TemplateNode): void {
    this.node = t;
    const tree = this.env.lookup(t.name);
    if (!tree) this.errorf(`template ${JSON.stringify(t.name)} not defined`);
    if (this.depth >= MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
    const newDot = t.pipe ? this.evalPipeline(dot, dotIface, t.pipe) : undefined;
    const saved = { vars: this.vars, name: this.tmplName };
    this.vars = [{ name: '$', value: newDot, iface: false }];
    this.tmplName = tree.name;
    this.depth++;
    try {
      this.walk(newDot, false, tree.root);
    } finally {
      this.depth--;
      this.vars = saved.vars;
      this.tmplName = saved.name;
    }
  }

  private printValue(n: Node, v: unknown): void {
    this.node = n;
    if (typeof v === 'function') this.errorf(`can't print ${nodeString(n)} of type ${goTypeName(v)}`);
    this.out.push(v === undefined ? '<no value>' : typeof v === 'string' ? v : formatValue(v));
  }

  // --- pipelines and commands ---

  evalPipeline(dot: unknown, dotIface: boolean, pipe: PipeNode): unknown {
    this.node = pipe;
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, dotIface, cmd, value);
      // Go digs a nil interface down to "no value".
      if (value === null) value = undefined;
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0]!, value, false);
      else this.vars.push({ name: v.ident[0]!, value, iface: false });
    }
    return value;
  }

  private notAFunction(args: Node[], final: unknown): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0]!)}`);
  }

  private evalCommand(dot: unknown, dotIface: boolean, cmd: CommandNode, final: unknown): unknown {
    const first = cmd.args[0]!;
    switch (first.kind) {
      case 'field': return this.evalFieldNode(dot, dotIface, first, cmd.args, final);
      case 'chain': return this.evalChainNode(dot, dotIface, first, cmd.args, final);
      case 'identifier': return this.evalFunction(dot, dotIface, first, cmd, cmd.args, final);
      case 'pipe': this.notAFunction(cmd.args, final); return this.evalPipeline(dot, dotIface, first);
      case 'variable': return this.evalVariableNode(dot, dotIface, first, cmd.args, final);
      default: break;
    }
    this.node = first;
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool': return first.value;
      case 'dot': return dot;
      case 'nil': return this.errorf('nil is not a command');
      case 'number': return this.idealConstant(first);
      case 'string': return first.text;
      default: return this.errorf(`can't evaluate command ${JSON.stringify(nodeString(first))}`);
    }
  }

  private idealConstant(n: NumberNode): unknown {
    this.node = n;
    if (typeof n.value === 'number') return n.value;
    if (!n.isInt) this.errorf(`${n.text} overflows int`);
    return n.value;
  }

  private evalFieldNode(dot: unknown, dotIface: boolean, f: FieldNode, args: Node[], final: unknown): unknown {
    this.node = f;
    return this.evalFieldChain(dot, dotIface, dot, dotIface, f, f.ident, args, final);
  }

  private evalChainNode(dot: unknown, dotIface: boolean, c: ChainNode, args: Node[], final: unknown): unknown {
    this.node = c;
    if (c.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(c)}`);
    const recv = this.evalArg(dot, dotIface, null, c.node);
    return this.evalFieldChain(dot, dotIface, recv, false, c, c.field, args, final);
  }

  private evalVariableNode(dot: unknown, dotIface: boolean, v: VariableNode, args: Node[] | null, final: unknown): unknown {
    this.node = v;
    const entry = this.varEntry(v.ident[0]!);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? noNodes, final);
      return entry.value;
    }
    return this.evalFieldChain(dot, dotIface, entry.value, entry.iface, v, v.ident.slice(1), args ?? noNodes, final);
  }

  private evalFieldChain(dot: unknown, dotIface: boolean, recv: unknown, recvIface: boolean, node: Node, ident: string[], args: Node[], final: unknown): unknown {
    let r = recv;
    let iface = recvIface;
    for (let i = 0; i < ident.length - 1; i++) {
      r = this.evalField(dot, dotIface, ident[i]!, node, noNodes, MISSING, r, iface);
      iface = true;
    }
    return this.evalField(dot, dotIface, ident[ident.length - 1]!, node, args, final, r, iface);
  }

  private evalField(dot: unknown, dotIface: boolean, name: string, node: Node, args: Node[], final: unknown, recv: unknown, recvIface: boolean): unknown {
    if (recv === undefined) {
      if (this.env.missingKey === 'error') this.errorf(`nil data; no entry for key ${JSON.stringify(name)}`);
      return undefined;
    }
    if (recv === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
    const typ = recvIface ? 'interface {}' : goTypeName(recv);
    if (typeof recv === 'object') {
      const method = methodOf(recv, name);
      if (method) return this.evalCall(dot, dotIface, method, node, name, args, final);
    }
    const hasArgs = args.length > 1 || final !== MISSING;
    if (typeof recv === 'object' && !Array.isArray(recv) && goTypeTag in recv && Object.prototype.hasOwnProperty.call(recv, name)) {
      if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
      return (recv as Record<string, unknown>)[name];
    }
    if (typeof recv === 'object' && isGoMap(recv) && !Array.isArray(recv)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      if (mapHas(recv, name)) {
        const v = mapGet(recv, name);
        return v === undefined ? null : v;
      }
      switch (this.env.missingKey) {
        case 'zero': return null;
        case 'error': return this.errorf(`map has no entry for key ${JSON.stringify(name)}`);
        default: return undefined;
      }
    }
    return this.errorf(`can't evaluate field ${name} in type ${typ}`);
  }

  private evalFunction(dot: unknown, dotIface: boolean, n: IdentifierNode, cmd: Node, args: Node[] | null, final: unknown): unknown {
    this.node = n;
    const fn = this.env.func(n.ident);
    if (!fn) this.errorf(`${JSON.stringify(n.ident)} is not a defined function`);
    if (fn === andOr.and || fn === andOr.or) return this.evalAndOr(dot, dotIface, n.ident, args, final);
    return this.evalCall(dot, dotIface, fn, cmd, n.ident, args, final);
  }

  private evalAndOr(dot: unknown, dotIface: boolean, name: string, args: Node[] | null, final: unknown): unknown {
    const rest = args ? args.slice(1) : [];
    const numIn = rest.length + (final === MISSING ? 0 : 1);
    if (numIn < 1) this.errorf(`wrong number of args for ${name}: want at least 1 got ${rest.length}`);
    let v: unknown;
    for (const a of rest) {
      v = this.evalArg(dot, dotIface, 'any', a);
      if (isTrue(v) === (name === 'or')) return v;
    }
    if (final !== MISSING) v = final === undefined ? null : final;
    return v;
  }

  private evalCall(dot: unknown, dotIface: boolean, fn: TypedGoFunc, node: Node, name: string, args: Node[] | null, final: unknown): unknown {
    const rest = args && args.length > 1 ? args.slice(1) : noNodes;
    const sig = fn.goSignature;
    const numIn = rest.length + (final === MISSING ? 0 : 1);
    if (sig) {
      if (sig.variadic) {
        if (numIn < sig.params.length) this.errorf(`wrong number of args for ${name}: want at least ${sig.params.length} got ${rest.length}`);
      } else if (numIn !== sig.params.length) {
        this.errorf(`wrong number of args for ${name}: want ${sig.params.length} got ${numIn}`);
      }
    }
    const paramType = (i: number): GoParamType => (sig ? (sig.params[i] ?? sig.variadic ?? 'any') : 'any');
    const argv: unknown[] = new Array(numIn);
    let i = 0;
    // Go's `call` reports the callee by its source text.
    if (fn === builtinCall && rest[0]) return this.evalCall(dot, dotIface, callNamed(nodeString(rest[0])), node, name, args, final);
    for (; i < rest.length; i++) argv[i] = this.evalArg(dot, dotIface, paramType(i), rest[i]!);
    if (final !== MISSING) argv[i] = this.validateType(final, paramType(i));
    let v: unknown;
    try {
      v = fn(...argv);
    } catch (e) {
      if (e instanceof Thrown) throw e;
      this.node = node;
      const msg = e instanceof Error ? e.message : String(e);
      this.errorf(`error calling ${name}: ${msg}`, e);
    }
    return v === undefined ? null : v;
  }

  private validateType(value: unknown, typ: GoParamType | null): unknown {
    // Untyped (a chain's receiver): Go keeps an invalid value invalid.
    if (typ === null) return value;
    if (value === undefined) {
      if (typ === 'any' || typ === 'map') return null;
      this.errorf(`invalid value; expected ${goParamTypeName(typ)}`);
    }
    if (typ === 'any') return value;
    if (value === null) {
      this.errorf(`wrong type for value; expected ${goParamTypeName(typ)}; got interface {}`);
    }
    if (assignable(value, typ)) return value;
    return this.errorf(`wrong type for value; expected ${goParamTypeName(typ)}; got ${goTypeName(value)}`);
  }

  private evalArg(dot: unknown, dotIface: boolean, typ: GoParamType | null, n: Node): unknown {
    this.node = n;
    switch (n.kind) {
      case 'dot': return this.validateType(dot, typ);
      case 'nil':
        if (typ === null || typ === 'any' || typ === 'map') return null;
        return this.errorf(`cannot assign nil to ${goParamTypeName(typ)}`);
      case 'field': return this.validateType(this.evalFieldNode(dot, dotIface, n, noNodes, MISSING), typ);
      case 'variable': return this.validateType(this.evalVariableNode(dot, dotIface, n, null, MISSING), typ);
      case 'pipe': return this.validateType(this.evalPipeline(dot, dotIface, n), typ);
      case 'identifier': return this.validateType(this.evalFunction(dot, dotIface, n, n, null, MISSING), typ);
      case 'chain': return this.validateType(this.evalChainNode(dot, dotIface, n, noNodes, MISSING), typ);
      default: break;
    }
    switch (typ) {
      case 'bool': if (n.kind === 'bool') return n.value; return this.errorf(`expected bool; found ${nodeString(n)}`);
      case 'string': if (n.kind === 'string') return n.text; return this.errorf(`expected string; found ${nodeString(n)}`);
      case 'int':
        if (n.kind === 'number' && n.isInt) return typeof n.value === 'bigint' ? n.value : BigInt(n.value);
        return this.errorf(`expected integer; found ${nodeString(n)}`);
      case 'float64':
        if (n.kind === 'number' && n.isFloat) return Number(n.value);
        return this.errorf(`expected float; found ${nodeString(n)}`);
      case null: case 'any':
        if (n.kind === 'bool') return n.value;
        if (n.kind === 'number') return this.idealConstant(n);
        if (n.kind === 'string') return n.text;
        return this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
      default: return this.errorf(`can't handle ${nodeString(n)} for arg of type ${goParamTypeName(typ)}`);
    }
  }

  // --- variables ---

  private varEntry(name: string): Var {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!;
    return this.errorf(`undefined variable: ${name}`);
  }

  private setVar(name: string, value: unknown, iface: boolean): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) { this.vars[i] = { name, value, iface }; return; }
    }
    this.errorf(`undefined variable: ${name}`);
  }
}
