import {
  EscapeAll, EscapeDollar, ScanEscape, ScanIdent, ScanLbrack, ScanRbrack, Scanner, Token, type Accept,
} from './envsubst-scanner.js';

/** A parsed envsubst template: literal text and `${…}` substitutions. */
export type EnvsubstNode =
  | { type: 'text'; value: string }
  | { type: 'func'; name: string; param: string; args: EnvsubstNode[] }
  | { type: 'list'; nodes: EnvsubstNode[] };

/** A template that is not valid envsubst syntax (`bad substitution`, `missing closing brace`, …). */
export class EnvsubstSyntaxError extends Error {
  override name = 'EnvsubstSyntaxError';
}

const acceptRune: Accept = () => true;
const acceptIdent: Accept = (r) => /^[\p{L}\p{Nd}_]$/u.test(r);
const acceptColon: Accept = (r) => r === ':';
const acceptOneHash: Accept = (r, i) => r === '#' && i === 1;
const acceptNotClosing: Accept = (r) => r !== '}';
const acceptHashFunc: Accept = (r, i) => r === '#' && i < 3;
const acceptPercentFunc: Accept = (r, i) => r === '%' && i < 3;
const acceptDefaultFunc: Accept = (r, i) => (i === 1 && r === ':') || (i === 2 && '=-?+'.includes(r));
const acceptReplaceFunc: Accept = (r, i) => (i === 1 && r === '/') || (i === 2 && '/#%'.includes(r));
const acceptOneEqual: Accept = (r, i) => i === 1 && r === '=';
const acceptOneColon: Accept = (r, i) => i === 1 && r === ':';
const rejectColonClose: Accept = (r) => r !== ':' && r !== '}';
const acceptSlash: Accept = (r) => r === '/';
const acceptNotSlash: Accept = (r) => r !== '/';
const acceptCasingFunc: Accept = (r, i) => (r === ',' || r === '^') && i < 3;

const fail = (msg: string): never => { throw new EnvsubstSyntaxError(msg); };

/** Parses text with Flux's envsubst grammar: only `${…}` substitutes, bare `$var` stays, `$$` escapes. */
export function parseEnvsubst(text: string): EnvsubstNode {
  return new Parser(new Scanner(text)).parseAny();
}

class Parser {
  constructor(private readonly s: Scanner) {}

  parseAny(): EnvsubstNode {
    const nodes: EnvsubstNode[] = [];
    for (;;) {
      this.s.accept = acceptRune;
      this.s.mode = ScanIdent | ScanLbrack | ScanEscape;
      this.s.escapeChars = EscapeDollar;
      const tok = this.s.scan();
      if (tok === Token.EOF) break;
      if (tok === Token.Ident) nodes.push({ type: 'text', value: this.s.text() });
      else if (tok === Token.Lbrack) nodes.push(this.parseFunc());
      else fail('bad substitution');
    }
    return nodes.length === 1 ? nodes[0]! : { type: 'list', nodes };
  }

  private parseFunc(): EnvsubstNode {
    this.s.escapeChars = EscapeAll;
    if (this.s.peek() === '#') return this.parseLenFunc();
    this.s.accept = acceptIdent;
    this.s.mode = ScanIdent;
    if (this.s.scan() !== Token.Ident) fail('unable to parse variable name');
    const name = this.s.text();
    switch (this.s.peek()) {
      case ':': return this.parseDefaultOrSubstr(name);
      case '=': return this.parseDefaultFunc(name);
      case ',': case '^': return this.parseCasingFunc(name);
      case '/': return this.parseReplaceFunc(name);
      case '#': return this.parseRemoveFunc(name, acceptHashFunc);
      case '%': return this.parseRemoveFunc(name, acceptPercentFunc);
    }
    this.s.accept = acceptIdent;
    this.s.mode = ScanRbrack;
    if (this.s.scan() !== Token.Rbrack) fail('missing closing brace');
    return { type: 'func', name: '', param: name, args: [] };
  }

  private parseParam(accept: Accept, mode: number): EnvsubstNode {
    this.s.accept = accept;
    this.s.mode = mode | ScanLbrack;
    const tok = this.s.scan();
    if (tok === Token.Lbrack) return this.parseFunc();
    if (tok === Token.Ident || tok === Token.Rbrack) return { type: 'text', value: this.s.text() };
    return fail('unable to parse substitution within function');
  }

  private operator(accept: Accept, error = 'bad substitution'): string {
    this.s.accept = accept;
    this.s.mode = ScanIdent;
    if (this.s.scan() !== Token.Ident) fail(error);
    return this.s.text();
  }

  private parseDefaultOrSubstr(name: string): EnvsubstNode {
    this.s.read();
    const next = this.s.peek();
    this.s.unread();
    return '=-?+'.includes(next) && next !== '' ? this.parseDefaultFunc(name) : this.parseSubstrFunc(name);
  }

  private parseSubstrFunc(param: string): EnvsubstNode {
    const node = { type: 'func' as const, name: this.operator(acceptOneColon), param, args: [] as EnvsubstNode[] };
    node.args.push(this.parseParam(rejectColonClose, ScanIdent));
    this.s.accept = acceptColon;
    this.s.mode = ScanIdent | ScanRbrack;
    const tok = this.s.scan();
    if (tok === Token.Rbrack) return node;
    if (tok !== Token.Ident) fail('bad substitution');
    node.args.push(this.parseParam(acceptNotClosing, ScanIdent));
    this.consumeRbrack();
    return node;
  }

  private parseRemoveFunc(param: string, accept: Accept): EnvsubstNode {
    const node = { type: 'func' as const, name: this.operator(accept), param, args: [] as EnvsubstNode[] };
    node.args.push(this.parseParam(acceptNotClosing, ScanIdent));
    this.consumeRbrack();
    return node;
  }

  private parseReplaceFunc(param: string): EnvsubstNode {
    const node = { type: 'func' as const, name: this.operator(acceptReplaceFunc), param, args: [] as EnvsubstNode[] };
    // An empty pattern (${v/#/x}) leaves the delimiter next: record "" to keep the two-argument shape.
    if (this.s.peek() === '/') node.args.push({ type: 'text', value: '' });
    else node.args.push(this.parseParam(acceptNotSlash, ScanIdent | ScanEscape));
    this.operator(acceptSlash);
    if (this.s.peek() === '}') {
      this.consumeRbrack();
      return node;
    }
    node.args.push(this.parseParam(acceptNotClosing, ScanIdent | ScanEscape));
    this.consumeRbrack();
    return node;
  }

  private parseDefaultFunc(param: string): EnvsubstNode {
    const accept = this.s.peek() === '=' ? acceptOneEqual : acceptDefaultFunc;
    const node = { type: 'func' as const, name: this.operator(accept, 'unable to parse default function'), param, args: [] as EnvsubstNode[] };
    while (this.s.peek() !== '}') {
      node.args.push(this.parseParam(acceptNotClosing, ScanIdent));
    }
    this.consumeRbrack();
    return node;
  }

  private parseCasingFunc(param: string): EnvsubstNode {
    const node = { type: 'func' as const, name: this.operator(acceptCasingFunc), param, args: [] };
    this.consumeRbrack();
    return node;
  }

  private parseLenFunc(): EnvsubstNode {
    const name = this.operator(acceptOneHash);
    const param = this.operator(acceptIdent);
    this.consumeRbrack();
    return { type: 'func', name, param, args: [] };
  }

  private consumeRbrack(): void {
    this.s.mode = ScanRbrack;
    if (this.s.scan() !== Token.Rbrack) fail('bad substitution');
  }
}
