/** Splits an identifier into words the way huandu/xstrings does for snake/kebab case. */
function words(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  const chars = [...s];
  const kind = (c: string | undefined): 'u' | 'l' | 'd' | 's' | 'o' =>
    c === undefined ? 's' : /\p{Lu}/u.test(c) ? 'u' : /\p{Ll}/u.test(c) ? 'l' : /\p{Nd}/u.test(c) ? 'd' : /[\s_\-.]/u.test(c) ? 's' : 'o';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const k = kind(c);
    if (k === 's') { if (cur) out.push(cur); cur = ''; continue; }
    const prev = kind(chars[i - 1]);
    const next = kind(chars[i + 1]);
    const boundary = cur !== '' && (
      (k === 'u' && prev === 'l') ||
      (k === 'u' && prev === 'u' && next === 'l') ||
      (k === 'd' && (prev === 'l' || prev === 'u') && false) ||
      ((k === 'l' || k === 'u') && prev === 'd' && false)
    );
    if (boundary) { out.push(cur); cur = ''; }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** xstrings.ToSnakeCase: `HelloWorld` → `hello_world`. */
export function snakeCase(s: string): string {
  return words(s).map((w) => w.toLowerCase()).join('_');
}

/** xstrings.ToKebabCase: `HelloWorld` → `hello-world`. */
export function kebabCase(s: string): string {
  return words(s).map((w) => w.toLowerCase()).join('-');
}

/** xstrings.ToCamelCase: `http_server` → `HttpServer` (underscores, spaces and hyphens separate words). */
export function camelCase(s: string): string {
  let out = '';
  let upperNext = true;
  for (const c of s) {
    if (c === '_' || c === ' ' || c === '-') {
      if (out === '' || upperNext) { if (out === '' && c === '_') out += c; }
      upperNext = true;
      continue;
    }
    out += upperNext ? c.toUpperCase() : c;
    upperNext = false;
  }
  return out;
}
