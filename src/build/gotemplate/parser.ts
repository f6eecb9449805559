import type {
  ActionNode, CommandNode, ListNode, Node, PipeNode, Source, VariableNode,
} from './ast.js';
import { isEmptyTree, nodeString } from './ast.js';
import { T, lex, type Token } from './lexer.js';
import { parseNumber } from './parse-number.js';
import { unquoteGo } from './unquote.js';
import { TemplateParseError } from './template-parse-error.js';

/** One parsed template: its name and body. */
export interface Tree { name: string; root: ListNode; src: Source }


/**
 * Parses template text the way Go's text/template/parse does: returns the top-level tree named `name` and every
 * `{{define}}`/`{{block}}` tree, in definition order. Throws TemplateParseError with Go's message.
 */
export function parseTemplate(name: string, text: string, hasFunc: (n: string) => boolean): Map<string, Tree> {
  return new Parser(name, text, hasFunc).parseAll();
}

class Parser {
  private readonly toks: Token[];
  private i = 0;
  private cur: Token;
  private furthest = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private actionLine = 0;
  private readonly src: Source;
  private readonly trees = new Map<string, Tree>();
  private treeName: string;

  constructor(name: string, text: string, private readonly hasFunc: (n: string) => boolean) {
    this.toks = lex(text);
    this.cur = this.toks[0]!;
    this.src = { parseName: name, text };
    this.treeName = name;
  }

  parseAll(): Map<string, Tree> {
    const root = this.list(this.peek().pos);
    while (this.peek().t !== T.EOF) {
      if (this.peek().t === T.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().t === T.Define) {
          this.parseDefinition();
          continue;
        }
        this.i = this.toks.indexOf(delim);
      }
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    this.add(this.treeName, root, true);
    return this.trees;
  }

  private add(name: string, root: ListNode, top = false): void {
    const old = this.trees.get(name);
    if (!old || isEmptyTree(old.root)) { this.trees.set(name, { name, root, src: this.src }); return; }
    if (!isEmptyTree(root) && !top) this.errorf(`template: multiple definition of template ${JSON.stringify(name)}`);
  }

  private parseDefinition(): void {
    const savedVars = this.vars;
    const savedName = this.treeName;
    const savedDepth = this.rangeDepth;
    this.rangeDepth = 0;
    this.vars = ['$'];
    const tok = this.nextNonSpace();
    if (tok.t !== T.String && tok.t !== T.RawString) this.unexpected(tok, 'define clause');
    const name = this.unquote(tok.val);
    this.treeName = name;
    this.expect(T.RightDelim, 'define clause');
    const [root, end] = this.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected ${nodeString(end)} in define clause`);
    this.add(name, root);
    this.vars = savedVars;
    this.treeName = savedName;
    this.rangeDepth = savedDepth;
  }

  // --- token stream ---
  private at(i: number): Token {
    const k = Math.min(i, this.toks.length - 1);
    if (k > this.furthest) this.furthest = k;
    return this.toks[k]!;
  }
  private next(): Token { this.cur = this.at(this.i++); return this.cur; }
  private peek(): Token { return this.at(this.i); }
  private backup(): void { this.i--; }
  private nextNonSpace(): Token { let t = this.next(); while (t.t === T.Space) t = this.next(); return t; }
  private peekNonSpace(): Token { const t = this.nextNonSpace(); this.backup(); return t; }
  private expect(t: T, context: string): Token {
    const tok = this.nextNonSpace();
    if (tok.t !== t) this.unexpected(tok, context);
    return tok;
  }

  private errorf(msg: string): never {
    const line = this.toks[this.furthest]!.line;
    throw new TemplateParseError(`template: ${this.src.parseName}:${line}: ${msg}`, this.src.parseName, line, msg);
  }

  private unexpected(tok: Token, context: string): never {
    if (tok.t === T.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== tok.line) {
        extra = ` in action started at ${this.src.parseName}:${this.actionLine}`;
        if (tok.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(tok.val + extra);
    }
    this.errorf(`unexpected ${tokenString(tok)} in ${context}`);
  }

  private unquote(s: string): string {
    try { return unquoteGo(s); } catch (e) { return this.errorf((e as Error).message); }
  }

  // --- grammar ---
  private list(pos: number): ListNode { return { kind: 'list', pos, src: this.src, nodes: [] }; }

  private itemList(): [ListNode, Node] {
    const list = this.list(this.peekNonSpace().pos);
    while (this.peekNonSpace().t !== T.EOF) {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n];
      list.nodes.push(n);
    }
    return this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const tok = this.nextNonSpace();
    switch (tok.t) {
      case T.Text: return { kind: 'text', pos: tok.pos, src: this.src, text: tok.val };
      case T.LeftDelim: {
        this.actionLine = tok.line;
        try { return this.action(); } finally { this.actionLine = 0; }
      }
      default: return this.unexpected(tok, 'input');
    }
  }

  private action(): Node {
    const tok = this.nextNonSpace();
    switch (tok.t) {
      case T.Block: return this.blockControl();
      case T.Break: case T.Continue: {
        const word = tok.t === T.Break ? 'break' : 'continue';
        const t2 = this.nextNonSpace();
        if (t2.t !== T.RightDelim) this.unexpected(t2, `{{${word}}}`);
        if (this.rangeDepth === 0) this.errorf(`{{${word}}} outside {{range}}`);
        return { kind: word, pos: tok.pos, src: this.src };
      }
      case T.Else: {
        const p = this.peekNonSpace();
        if (p.t === T.If || p.t === T.With) return { kind: 'else', pos: p.pos, src: this.src };
        const t2 = this.expect(T.RightDelim, 'else');
        return { kind: 'else', pos: t2.pos, src: this.src };
      }
      case T.End: return { kind: 'end', pos: this.expect(T.RightDelim, 'end').pos, src: this.src };
      case T.If: case T.Range: case T.With: return this.control(tok.t === T.If ? 'if' : tok.t === T.Range ? 'range' : 'with');
      case T.Template: return this.templateControl();
      default: break;
    }
    this.backup();
    const t = this.peek();
    const a: ActionNode = { kind: 'action', pos: t.pos, src: this.src, pipe: this.pipeline('command', T.RightDelim) };
    return a;
  }

  private control(context: 'if' | 'range' | 'with'): Node {
    const mark = this.vars.length;
    const pipe = this.pipeline(context, T.RightDelim);
    if (context === 'range') this.rangeDepth++;
    const [list, next] = this.itemList();
    if (context === 'range') this.rangeDepth--;
    let elseList: ListNode | null = null;
    if (next.kind === 'else') {
      if ((context === 'if' && this.peek().t === T.If) || (context === 'with' && this.peek().t === T.With)) {
        this.next();
        elseList = this.list(next.pos);
        elseList.nodes.push(this.control(context));
      } else {
        const [l, n2] = this.itemList();
        elseList = l;
        if (n2.kind !== 'end') this.errorf(`expected end; found ${nodeString(n2)}`);
      }
    }
    this.vars.length = mark;
    return { kind: context, pos: pipe.pos, src: this.src, pipe, list, elseList };
  }

  private blockControl(): Node {
    const tok = this.nextNonSpace();
    const name = this.templateName(tok, 'block clause');
    const pipe = this.pipeline('block clause', T.RightDelim);
    const savedVars = this.vars;
    const savedDepth = this.rangeDepth;
    this.vars = ['$'];
    this.rangeDepth = 0;
    const [root, end] = this.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected ${nodeString(end)} in block clause`);
    this.add(name, root);
    this.vars = savedVars;
    this.rangeDepth = savedDepth;
    return { kind: 'template', pos: tok.pos, src: this.src, name, pipe };
  }

  private templateControl(): Node {
    const tok = this.nextNonSpace();
    const name = this.templateName(tok, 'template clause');
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().t !== T.RightDelim) {
      this.backup();
      pipe = this.pipeline('template clause', T.RightDelim);
    }
    return { kind: 'template', pos: tok.pos, src: this.src, name, pipe };
  }

  private templateName(tok: Token, context: string): string {
    if (tok.t !== T.String && tok.t !== T.RawString) this.unexpected(tok, context);
    return this.unquote(tok.val);
  }

  private pipeline(context: string, end: T): PipeNode {
    const start = this.peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: start.pos, src: this.src, isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.t !== T.Variable) break;
      this.nextNonSpace();
      const vi = this.i - 1;
      const afterVar = this.peek();
      const nxt = this.peekNonSpace();
      if (nxt.t === T.Assign || nxt.t === T.Declare) {
        pipe.isAssign = nxt.t === T.Assign;
        this.nextNonSpace();
        pipe.decl.push(this.variable(v.pos, v.val));
        this.vars.push(v.val);
      } else if (nxt.t === T.Char && nxt.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(this.variable(v.pos, v.val));
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().t;
          if (p === T.Variable || p === T.RightDelim || p === T.RightParen) continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else {
        void afterVar;
        this.i = vi;
      }
      break;
    }
    for (;;) {
      const tok = this.nextNonSpace();
      if (tok.t === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (tok.t) {
        case T.Bool: case T.CharConstant: case T.Dot: case T.Field: case T.Identifier: case T.Number: case T.Nil:
        case T.RawString: case T.String: case T.Variable: case T.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default: this.unexpected(tok, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const k = c.args[0]!.kind;
      if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, src: this.src, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const tok = this.next();
      if (tok.t === T.Space) continue;
      if (tok.t === T.RightDelim || tok.t === T.RightParen) this.backup();
      else if (tok.t !== T.Pipe) this.unexpected(tok, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Node | null {
    let node = this.term();
    if (!node) return null;
    if (this.peek().t === T.Field) {
      const pos = this.peek().pos;
      const fields: string[] = [];
      while (this.peek().t === T.Field) fields.push(this.next().val.slice(1));
      switch (node.kind) {
        case 'field': node = { kind: 'field', pos, src: this.src, ident: [...node.ident, ...fields] }; break;
        case 'variable': node = { kind: 'variable', pos, src: this.src, ident: [...node.ident, ...fields] }; break;
        case 'bool': case 'string': case 'number': case 'nil': case 'dot':
          this.errorf(`unexpected . after term ${JSON.stringify(nodeString(node))}`);
          break;
        default: node = { kind: 'chain', pos, src: this.src, node, field: fields };
      }
    }
    return node;
  }

  private term(): Node | null {
    const tok = this.nextNonSpace();
    const base = { pos: tok.pos, src: this.src };
    switch (tok.t) {
      case T.Identifier:
        if (!this.hasFunc(tok.val)) this.errorf(`function ${JSON.stringify(tok.val)} not defined`);
        return { kind: 'identifier', ...base, ident: tok.val };
      case T.Dot: return { kind: 'dot', ...base };
      case T.Nil: return { kind: 'nil', ...base };
      case T.Variable: return this.useVar(tok.pos, tok.val);
      case T.Field: return { kind: 'field', ...base, ident: [tok.val.slice(1)] };
      case T.Bool: return { kind: 'bool', ...base, value: tok.val === 'true' };
      case T.CharConstant: case T.Number: {
        const r = parseNumber(tok.val, tok.t === T.CharConstant);
        if (typeof r === 'string') return this.errorf(r);
        return { kind: 'number', ...base, text: tok.val, ...r };
      }
      case T.LeftParen: return this.pipeline('parenthesized pipeline', T.RightParen);
      case T.String: case T.RawString:
        return { kind: 'string', ...base, quoted: tok.val, text: this.unquote(tok.val) };
      default: this.backup(); return null;
    }
  }

  private variable(pos: number, name: string): VariableNode {
    return { kind: 'variable', pos, src: this.src, ident: name.split('.') };
  }

  private useVar(pos: number, name: string): Node {
    const v = this.variable(pos, name);
    if (!this.vars.includes(v.ident[0]!)) this.errorf(`undefined variable ${JSON.stringify(v.ident[0])}`);
    return v;
  }
}

/** Go's `item.String()` as used in "unexpected X in Y". */
function tokenString(tok: Token): string {
  if (tok.t === T.EOF) return 'EOF';
  if (tok.t === T.Error) return tok.val;
  if (tok.t > T.Keyword) return `<${tok.val}>`;
  const chars = [...tok.val];
  if (chars.length > 10) return `${goQuote(chars.slice(0, 10).join(''))}...`;
  return goQuote(tok.val);
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}
