/** Parse-tree nodes of a Go template; `pos` is the offset in the source text, used for error locations. */
export type Node =
  | ListNode | TextNode | ActionNode | IfNode | RangeNode | WithNode | TemplateNode | BreakNode | ContinueNode
  | PipeNode | CommandNode | FieldNode | VariableNode | ChainNode | IdentifierNode | DotNode | NilNode | BoolNode
  | NumberNode | StringNode | EndNode | ElseNode | CommentNode;

/** The source a node came from: its parse name (file) and text, to turn offsets into line:col. */
export interface Source { parseName: string; text: string }

interface Base { pos: number; src: Source }
export interface ListNode extends Base { kind: 'list'; nodes: Node[] }
export interface TextNode extends Base { kind: 'text'; text: string }
export interface ActionNode extends Base { kind: 'action'; pipe: PipeNode }
export interface BranchFields extends Base { pipe: PipeNode; list: ListNode; elseList: ListNode | null }
export interface IfNode extends BranchFields { kind: 'if' }
export interface RangeNode extends BranchFields { kind: 'range' }
export interface WithNode extends BranchFields { kind: 'with' }
export interface TemplateNode extends Base { kind: 'template'; name: string; pipe: PipeNode | null }
export interface BreakNode extends Base { kind: 'break' }
export interface ContinueNode extends Base { kind: 'continue' }
export interface PipeNode extends Base { kind: 'pipe'; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
export interface CommandNode extends Base { kind: 'command'; args: Node[] }
export interface FieldNode extends Base { kind: 'field'; ident: string[] }
export interface VariableNode extends Base { kind: 'variable'; ident: string[] }
export interface ChainNode extends Base { kind: 'chain'; node: Node; field: string[] }
export interface IdentifierNode extends Base { kind: 'identifier'; ident: string }
export interface DotNode extends Base { kind: 'dot' }
export interface NilNode extends Base { kind: 'nil' }
export interface BoolNode extends Base { kind: 'bool'; value: boolean }
/** A number literal: `value` is a bigint for Go ints and a number for floats; `text` is the source spelling. */
export interface NumberNode extends Base { kind: 'number'; text: string; value: bigint | number; isInt: boolean; isFloat: boolean }
export interface StringNode extends Base { kind: 'string'; quoted: string; text: string }
export interface EndNode extends Base { kind: 'end' }
export interface ElseNode extends Base { kind: 'else' }
export interface CommentNode extends Base { kind: 'comment'; text: string }

/** Go's `Node.String()`: how a node appears in error contexts (`<.Values.a.b>`). */
export function nodeString(n: Node): string {
  switch (n.kind) {
    case 'list': return n.nodes.map(nodeString).join('');
    case 'text': return n.text;
    case 'action': return `{{${nodeString(n.pipe)}}}`;
    case 'if': case 'range': case 'with':
      return `{{${n.kind} ${nodeString(n.pipe)}}}${nodeString(n.list)}` +
        (n.elseList ? `{{else}}${nodeString(n.elseList)}` : '') + '{{end}}';
    case 'template':
      return `{{template ${JSON.stringify(n.name)}${n.pipe ? ' ' + nodeString(n.pipe) : ''}}}`;
    case 'break': return '{{break}}';
    case 'continue': return '{{continue}}';
    case 'pipe': {
      const decl = n.decl.length ? n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ') : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
    case 'command': return n.args.map((a) => (a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'field': return n.ident.map((i) => '.' + i).join('');
    case 'variable': return n.ident.join('.');
    case 'chain':
      return (n.node.kind === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)) + n.field.map((f) => '.' + f).join('');
    case 'identifier': return n.ident;
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'bool': return String(n.value);
    case 'number': return n.text;
    case 'string': return n.quoted;
    case 'end': return '{{end}}';
    case 'else': return '{{else}}';
    case 'comment': return `{{${n.text}}}`;
  }
}

/** Go's `ErrorContext` location: `FILE:LINE:COL` where COL is the 0-based byte offset within the line. */
export function nodeLocation(n: Node): string {
  const before = n.src.text.slice(0, n.pos);
  const nl = before.lastIndexOf('\n');
  const line = 1 + countNewlines(before);
  const col = nl < 0 ? Buffer.byteLength(before) : Buffer.byteLength(before.slice(nl + 1));
  return `${n.src.parseName}:${line}:${col}`;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Go's `IsEmptyTree`: only whitespace text and comments, so a later definition may replace it. */
export function isEmptyTree(n: Node): boolean {
  if (n.kind === 'list') return n.nodes.every(isEmptyTree);
  if (n.kind === 'text') return n.text.trim() === '';
  return n.kind === 'comment';
}
