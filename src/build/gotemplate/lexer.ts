/** Token kinds of Go's text/template lexer (keywords sort after `Keyword`, as Go's item types do). */
export const enum T {
  Error, Bool, Char, CharConstant, Comment, Assign, Declare, EOF, Field, Identifier, LeftDelim, LeftParen,
  Number, Pipe, RawString, RightDelim, RightParen, Space, String, Text, Variable,
  Keyword, Block, Break, Continue, Dot, Define, Else, End, If, Nil, Range, Template, With,
}

/** One lexed token: kind, text, offset in the template text, 1-based line. */
export interface Token { t: T; val: string; pos: number; line: number }

const keywords: ReadonlyMap<string, T> = new Map([
  ['.', T.Dot], ['block', T.Block], ['break', T.Break], ['continue', T.Continue], ['define', T.Define],
  ['else', T.Else], ['end', T.End], ['if', T.If], ['range', T.Range], ['nil', T.Nil], ['template', T.Template],
  ['with', T.With],
]);

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlphaNumeric = (c: string): boolean => {
  const k = c.charCodeAt(0);
  if (k < 0x80) return (k >= 0x61 && k <= 0x7a) || (k >= 0x41 && k <= 0x5a) || (k >= 0x30 && k <= 0x39) || k === 0x5f;
  return /^[\p{L}\p{Nd}]$/u.test(c);
};
const hasLeftTrim = (s: string, i: number): boolean => s[i] === '-' && isSpace(s[i + 1] ?? '');
const hasRightTrim = (s: string, i: number): boolean => isSpace(s[i] ?? '') && s[i + 1] === '-';

/** Splits template text into Go's tokens; an error ends the stream with an Error token (Go's message). */
export function lex(input: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth: number;
  const emit = (t: T): void => {
    out.push({ t, val: input.slice(start, pos), pos: start, line: startLine });
    start = pos;
    startLine = line;
  };
  const ignore = (): void => {
    line += count(input, '\n', start, pos);
    start = pos;
    startLine = line;
  };
  const next = (): string => {
    if (pos >= input.length) { pos++; return ''; }
    const c = input[pos++]!;
    if (c === '\n') line++;
    return c;
  };
  const backup = (): void => {
    pos--;
    if (pos < input.length && input[pos] === '\n') line--;
  };
  const fail = (msg: string): Token[] => {
    out.push({ t: T.Error, val: msg, pos: start, line: startLine });
    return out;
  };
  const atRightDelim = (): [boolean, boolean] => {
    if (hasRightTrim(input, pos) && input.startsWith('}}', pos + 2)) return [true, true];
    return [input.startsWith('}}', pos), false];
  };
  const leftTrimLength = (i: number): number => {
    let j = i;
    while (j < input.length && isSpace(input[j]!)) j++;
    return j - i;
  };
  const atTerminator = (): boolean => {
    const c = input[pos] ?? '';
    if (c === '' || isSpace(c) || '.,|:()'.includes(c)) return true;
    return input.startsWith('}}', pos);
  };

  for (;;) {
    // Text up to the next action.
    const x = input.indexOf('{{', pos);
    if (x < 0) {
      pos = input.length;
      if (pos > start) { line += count(input, '\n', start, pos); emit(T.Text); }
      out.push({ t: T.EOF, val: '', pos, line });
      return out;
    }
    if (x > pos) {
      pos = x;
      let trim = 0;
      if (hasLeftTrim(input, pos + 2)) {
        let j = pos;
        while (j > start && isSpace(input[j - 1]!)) j--;
        trim = pos - j;
      }
      pos -= trim;
      line += count(input, '\n', start, pos);
      if (pos > start) emit(T.Text);
      pos += trim;
      ignore();
    }
    // Left delimiter.
    pos += 2;
    const trimLeft = hasLeftTrim(input, pos);
    const after = trimLeft ? 2 : 0;
    if (input.startsWith('/*', pos + after)) {
      pos += after;
      ignore();
      pos += 2;
      const e = input.indexOf('*/', pos);
      if (e < 0) return fail('unclosed comment');
      pos = e + 2;
      const [delim, trimSpace] = atRightDelim();
      if (!delim) return fail('comment ends before closing delimiter');
      if (trimSpace) pos += 2;
      pos += 2;
      if (trimSpace) pos += leftTrimLength(pos);
      ignore();
      continue;
    }
    emit(T.LeftDelim);
    pos += after;
    ignore();
    parenDepth = 0;
    // Inside the action.
    for (;;) {
      const [delim, trimSpace] = atRightDelim();
      if (delim) {
        if (parenDepth !== 0) return fail('unclosed left paren');
        if (trimSpace) { pos += 2; ignore(); }
        pos += 2;
        emit(T.RightDelim);
        if (trimSpace) { pos += leftTrimLength(pos); ignore(); }
        break;
      }
      const r = next();
      if (r === '') return fail('unclosed action');
      if (isSpace(r)) {
        backup();
        let n = 0;
        while (isSpace(input[pos] ?? '')) { next(); n++; }
        if (hasRightTrim(input, pos - 1) && input.startsWith('}}', pos + 1)) {
          backup();
          if (n === 1) continue;
        }
        emit(T.Space);
      } else if (r === '=') emit(T.Assign);
      else if (r === ':') {
        if (next() !== '=') return fail('expected :=');
        emit(T.Declare);
      } else if (r === '|') emit(T.Pipe);
      else if (r === '"') {
        for (;;) {
          const c = next();
          if (c === '\\') { const d = next(); if (d !== '' && d !== '\n') continue; }
          if (c === '' || c === '\n') return fail('unterminated quoted string');
          if (c === '"') break;
        }
        emit(T.String);
      } else if (r === '`') {
        const e = input.indexOf('`', pos);
        if (e < 0) return fail('unterminated raw quoted string');
        while (pos <= e) next();
        emit(T.RawString);
      } else if (r === '$' || (r === '.' && !/[0-9]/.test(input[pos] ?? 'x'))) {
        if (atTerminator()) { emit(r === '$' ? T.Variable : T.Dot); continue; }
        while (isAlphaNumeric(input[pos] ?? '')) next();
        if (!atTerminator()) return fail(`bad character ${goRune(input[pos] ?? '')}`);
        emit(r === '$' ? T.Variable : T.Field);
      } else if (r === "'") {
        for (;;) {
          const c = next();
          if (c === '\\') { const d = next(); if (d !== '' && d !== '\n') continue; }
          if (c === '' || c === '\n') return fail('unterminated character constant');
          if (c === "'") break;
        }
        emit(T.CharConstant);
      } else if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
        backup();
        const m = /^[+-]?(0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?([pP][+-]?[0-9_]+)?|0[bB][01_]*|0[oO][0-7_]*|[0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]+)?)i?/.exec(input.slice(pos, pos + 200))!;
        const numText = m[0];
        for (let k = 0; k < numText.length; k++) next();
        if (isAlphaNumeric(input[pos] ?? '') || numText === '' || numText === '+' || numText === '-') {
          next();
          return fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
        }
        emit(T.Number);
      } else if (isAlphaNumeric(r)) {
        while (isAlphaNumeric(input[pos] ?? '')) next();
        const word = input.slice(start, pos);
        if (!atTerminator()) return fail(`bad character ${goRune(input[pos] ?? '')}`);
        const kw = keywords.get(word);
        if (kw !== undefined && kw > T.Keyword) emit(kw);
        else if (word === 'true' || word === 'false') emit(T.Bool);
        else emit(T.Identifier);
      } else if (r === '(') { parenDepth++; emit(T.LeftParen); }
      else if (r === ')') {
        parenDepth--;
        if (parenDepth < 0) return fail('unexpected right paren');
        emit(T.RightParen);
      } else if (r.charCodeAt(0) < 0x7f && r.charCodeAt(0) >= 0x20) emit(T.Char);
      else return fail(`unrecognized character in action: ${goRune(r)}`);
    }
  }
}

function count(s: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf(ch, from); i >= 0 && i < to; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Go's `%#U` of a rune: `U+0041 'A'`. */
export function goRune(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return /\p{C}/u.test(c) ? `U+${hex}` : `U+${hex} '${c}'`;
}
