// A port of huandu/xstrings v1.5 case conversion (what Sprig 3.3 calls), over arrays of runes.

const enum W { Invalid, Number, Upper, Alphabet, Connector, Punct, Other }

const isConnector = (r: string): boolean => r === '-' || r === '_' || /^\s$/u.test(r);
const isUpper = (r: string): boolean => /^\p{Lu}$/u.test(r);
const isNumber = (r: string): boolean => /^\p{N}$/u.test(r);
const isPunct = (r: string): boolean => /^\p{P}$/u.test(r);
/** A letter that is not a common CJK character. */
const isAlphabet = (r: string): boolean => /^\p{L}$/u.test(r) && !/^[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]$/u.test(r);

function nextWord(s: string[], at: number): [W, number] {
  const r = s[at]!;
  let i = at + 1;
  const run = (p: (c: string) => boolean): void => { while (i < s.length && p(s[i]!)) i++; };
  if (isConnector(r)) { run(isConnector); return [W.Connector, i]; }
  if (isPunct(r)) { run(isPunct); return [W.Punct, i]; }
  if (isUpper(r)) {
    if (i >= s.length) return [W.Upper, i];
    if (isUpper(s[i]!)) {
      run(isUpper);
      // "HTTPStatus" splits into "HTTP" and "Status".
      if (i < s.length && isAlphabet(s[i]!)) i--;
    } else if (isAlphabet(s[i]!)) {
      run((c) => isAlphabet(c) && !isUpper(c));
    }
    return [W.Upper, i];
  }
  if (isAlphabet(r)) { run((c) => isAlphabet(c) && !isUpper(c)); return [W.Alphabet, i]; }
  if (isNumber(r)) { run(isNumber); return [W.Number, i]; }
  run((c) => !(isConnector(c) || isAlphabet(c) || isNumber(c) || isPunct(c)));
  return [W.Other, i];
}

function lowerWord(wt: W, word: string[], connector: string): string {
  if (wt !== W.Upper && wt !== W.Connector) return word.join('');
  return word.map((r) => (isConnector(r) ? connector : r.toLowerCase())).join('');
}

/** xstrings' camelCaseToLowerCase: `HTTPServer2XX` → `http_server2_xx` with `_`. */
function toLowerWords(str: string, connector: string): string {
  const s = [...str];
  if (s.length === 0) return '';
  let out = '';
  let pos = 0;
  const next = (): [W, string[]] => {
    if (pos >= s.length) return [W.Invalid, []];
    const [wt, end] = nextWord(s, pos);
    const word = s.slice(pos, end);
    pos = end;
    return [wt, word];
  };
  let [wt, word] = next();
  while (pos < s.length) {
    if (wt !== W.Connector) out += lowerWord(wt, word, connector);
    const prev = wt;
    const last = word;
    [wt, word] = next();
    switch (prev) {
      case W.Number:
        while (wt === W.Alphabet || wt === W.Number) { out += lowerWord(wt, word, connector); [wt, word] = next(); }
        if (wt !== W.Invalid && wt !== W.Punct && wt !== W.Connector) out += connector;
        break;
      case W.Connector:
        out += lowerWord(prev, last, connector);
        break;
      case W.Punct:
        break;
      default: {
        if (wt !== W.Number) {
          if (wt !== W.Connector && wt !== W.Punct) out += connector;
          break;
        }
        if (pos >= s.length) break;
        const num = word;
        [wt, word] = next();
        // A number is part of the previous word ("Bld4Floor" → "bld4_floor") unless letters follow it ("HTTP2xx" → "http_2xx").
        if (wt !== W.Alphabet) {
          out += lowerWord(W.Number, num, connector);
          if (wt !== W.Connector && wt !== W.Punct) out += connector;
          break;
        }
        out += connector + lowerWord(W.Number, num, connector);
        while (wt === W.Alphabet || wt === W.Number) { out += lowerWord(wt, word, connector); [wt, word] = next(); }
        if (wt !== W.Invalid && wt !== W.Connector && wt !== W.Punct) out += connector;
      }
    }
  }
  return out + lowerWord(wt, word, connector);
}

/** xstrings.ToSnakeCase: `HelloWorld` → `hello_world`, `http2xx` → `http_2xx`. */
export function snakeCase(s: string): string {
  return toLowerWords(s, '_');
}

/** xstrings.ToKebabCase: `HelloWorld` → `hello-world`. */
export function kebabCase(s: string): string {
  return toLowerWords(s, '-');
}

/** xstrings.ToPascalCase (Sprig's camelcase): `http_server` → `HttpServer`, `_complex__case_` → `_Complex_Case_`. */
export function camelCase(str: string): string {
  const s = [...str];
  if (s.length === 0) return '';
  let out = '';
  let i = 0;
  let firstUpper = false;
  let r0 = '';
  while (i < s.length) {
    r0 = s[i++]!;
    if (!isConnector(r0)) { firstUpper = isUpper(r0); r0 = r0.toUpperCase(); break; }
    out += r0;
    r0 = '';
  }
  if (i >= s.length) return out + r0;
  while (i < s.length) {
    const r1 = r0;
    r0 = s[i++]!;
    if (isConnector(r0) && isConnector(r1)) { out += r1; continue; }
    if (isConnector(r1)) {
      firstUpper = isUpper(r0);
      r0 = r0.toUpperCase();
    } else {
      if (firstUpper) {
        if (isUpper(r0)) r0 = r0.toLowerCase();
        else firstUpper = false;
      }
      out += r1;
    }
  }
  return out + r0;
}
