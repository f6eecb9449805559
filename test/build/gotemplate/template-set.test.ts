import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  TemplateSet, goInt, isTemplateExecError, isTemplateParseError, typed, type FuncMap,
} from '../../../src/build/gotemplate/index.js';

function render(text: string, data: unknown, funcs: FuncMap = {}, missingKey?: 'default' | 'zero' | 'error'): string {
  const set = new TemplateSet({ funcs, missingKey });
  set.parse('t', text);
  return set.execute('t', data);
}

describe('TemplateSet', () => {
  test('a function can execute another template of the same set (how Helm builds include)', () => {
    const set = new TemplateSet({ name: 'gotpl' });
    set.addFuncs({ include: (name: unknown, data: unknown) => set.execute(String(name), data) });
    set.parse('helpers.tpl', '{{ define "name" }}app-{{ .n }}{{ end }}');
    set.parse('main.yaml', 'name: {{ include "name" . | printf "%q" }}');
    assert.equal(set.execute('main.yaml', { n: 'web' }), 'name: "app-web"');
  });

  test('templates parsed into a clone stay out of the original (how Helm builds tpl)', () => {
    const set = new TemplateSet({ name: 'gotpl' });
    set.parse('a', 'A');
    const clone = set.clone();
    clone.parse('gotpl', '{{ define "local" }}L{{ end }}{{ template "local" }}{{ template "a" }}');
    assert.equal(clone.execute('gotpl', null), 'LA');
    assert.equal(set.has('local'), false);
    assert.deepEqual(set.names(), ['a']);
  });

  test('a later file redefines a named template, an empty one does not', () => {
    const set = new TemplateSet();
    set.parse('one', '{{ define "x" }}first{{ end }}');
    set.parse('two', '{{ define "x" }}second{{ end }}');
    set.parse('three', '{{ define "x" }} {{ end }}');
    set.parse('main', '{{ template "x" }}');
    assert.equal(set.execute('main', {}), 'second');
  });

  test('function-valued properties are called as Go methods with their arguments', () => {
    const files = { Get: (name: unknown) => `content of ${String(name)}`, Lines: () => ['a', 'b'] };
    const caps = { APIVersions: { Has: (v: unknown) => v === 'apps/v1' } };
    const out = render('{{ .Files.Get "x.txt" }}|{{ .Files.Lines }}|{{ .Capabilities.APIVersions.Has "apps/v1" }}', { Files: files, Capabilities: caps });
    assert.equal(out, 'content of x.txt|[a b]|true');
  });

  test('missingkey=default prints <no value>, missingkey=error fails with Go\'s message', () => {
    assert.equal(render('{{ .a }}', {}), '<no value>');
    assert.equal(render('{{ .a.b }}', {}), '<no value>');
    assert.throws(() => render('{{ .a }}', {}, {}, 'error'), /template: t:1:3: executing "t" at <.a>: map has no entry for key "a"/);
  });

  test('Go ints and float64 values print as Go prints them', () => {
    assert.equal(render('{{ .i }} {{ .f }} {{ .g }} {{ .h }}', { i: goInt(1000000), f: 1000000, g: 3, h: 1.5 }), '1000000 1e+06 3 1.5');
  });

  test('a parse error is typed and carries the template name and line', () => {
    const set = new TemplateSet();
    try {
      set.parse('x.yaml', 'a\n{{ nosuch }}');
      assert.fail('parsed');
    } catch (e) {
      assert.ok(isTemplateParseError(e));
      assert.equal(e.message, 'template: x.yaml:2: function "nosuch" not defined');
      assert.equal(e.line, 2);
      assert.equal(e.templateName, 'x.yaml');
    }
  });

  test('an error thrown by a function is reported as "error calling" with the original kept', () => {
    const boom = new Error('boom');
    try {
      render('{{ explode 1 }}', {}, { explode: () => { throw boom; } });
      assert.fail('rendered');
    } catch (e) {
      assert.ok(isTemplateExecError(e));
      assert.equal(e.message, 'template: t:1:3: executing "t" at <explode 1>: error calling explode: boom');
      assert.equal(e.funcError, boom);
    }
  });

  test('typed functions get Go\'s argument count and type checks', () => {
    const funcs = { twice: typed('int string', (n: unknown, s: unknown) => String(s).repeat(Number(n))) };
    assert.equal(render('{{ twice 2 "ab" }}', {}, funcs), 'abab');
    assert.throws(() => render('{{ twice 2 }}', {}, funcs), /wrong number of args for twice: want 2 got 1/);
    assert.throws(() => render('{{ twice .n "x" }}', { n: 2 }, funcs), /wrong type for value; expected int; got float64/);
  });

  test('executing an unknown template names the set', () => {
    const set = new TemplateSet({ name: 'gotpl' });
    assert.throws(() => set.execute('nope', {}), { message: 'template: no template "nope" associated with template "gotpl"' });
  });

  test('runaway recursion fails instead of overflowing', () => {
    const set = new TemplateSet();
    set.parse('t', '{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}');
    assert.throws(() => set.execute('t', {}), /exceeded maximum template depth/);
  });

  test('a Map value is read like a Go map', () => {
    assert.equal(render('{{ .m.b }} {{ .m }}', { m: new Map([['b', 'x'], ['a', 'y']]) }), 'x map[a:y b:x]');
  });
});

describe('template data cannot reach prototypes', () => {
  test('dict, set and merge with a __proto__ key make an ordinary key', async () => {
    const { sprigFuncs } = await import('../../../src/build/gotemplate/index.js');
    const out = render('{{ $d := dict "__proto__" (dict "polluted" 1) }}{{ $_ := set $d "__proto__" "x" }}{{ $m := merge (dict) (fromJson "{\\"__proto__\\":{\\"p\\":1}}") }}{{ keys $d }} {{ len $m }}', {}, sprigFuncs());
    assert.equal(out, '[__proto__] 1');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(({} as Record<string, unknown>)['p'], undefined);
  });
});

describe('range over integers', () => {
  test('is refused as in Helm 3.17 unless Go 1.24 behaviour is asked for', () => {
    assert.throws(() => render('{{ range 3 }}{{ . }}{{ end }}', {}), /range can't iterate over 3/);
    const set = new TemplateSet({ rangeInt: true });
    set.parse('t', '{{ range 3 }}{{ . }}{{ end }}|{{ range $i := 2 }}[{{ $i }}]{{ end }}|{{ range 0 }}x{{ else }}none{{ end }}');
    assert.equal(set.execute('t', {}), '012|[0][1]|none');
  });
});
