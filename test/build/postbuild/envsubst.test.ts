import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envsubst, VariableNotSetError, EnvsubstSyntaxError } from '../../../src/build/postbuild/index.js';

const expand = (text: string, vars: Record<string, string>, strict = false): string =>
  envsubst(text, (n) => vars[n], { strict });

const cases: Array<[string, Record<string, string>, string]> = [
  ['plain text passes through', {}, 'abcdEFGH28ij'],
  ['${#v} is the length', { v: 'abcdEFGH28ij' }, '12'],
  ['${v^} upper-cases the first letter', { v: 'abcd' }, 'Abcd'],
  ['${v^^} upper-cases all', { v: 'abcdEF' }, 'ABCDEF'],
  ['${v,} lower-cases the first letter', { v: 'ABCD' }, 'aBCD'],
  ['${v,,} lower-cases all', { v: 'ABCD' }, 'abcd'],
  ['${p:11} is a substring from 11', { p: '/home/bozo/ideas/thoughts.for.today' }, 'ideas/thoughts.for.today'],
  ['${p:11:5} is a substring of length 5', { p: '/home/bozo/ideas/thoughts.for.today' }, 'ideas'],
  ['${p:1:-1} drops the first and last character', { p: '[x]' }, 'x'],
  ['${v=xyz} keeps a set value', { v: 'abc' }, 'abc'],
  ['${v=xyz} defaults an unset value', {}, 'xyz'],
  ['${v:=xyz} defaults an unset value', {}, 'xyz'],
  ['${v:-xyz} defaults an empty value', { v: '' }, 'xyz'],
  ['${v=${d}-suffix} nests a substitution in the default', { d: 'foo1' }, 'foo1-suffix'],
  ['${s/%abc/XYZ} replaces a suffix', { s: 'abcABC123ABCabc' }, 'abcABC123ABCXYZ'],
  ['${s/#abc/XYZ} replaces a prefix', { s: 'abcABC123ABCabc' }, 'XYZABC123ABCabc'],
  ['${s/#/prefix-} prepends', { s: 'somevalue' }, 'prefix-somevalue'],
  ['${s/%/-suffix} appends', { s: 'somevalue' }, 'somevalue-suffix'],
  ['${s//abc/xyz} replaces all', { s: 'abcABC123ABCabc' }, 'xyzABC123ABCxyz'],
  ['${s/abc/xyz} replaces the first', { s: 'abcABC123ABCabc' }, 'xyzABC123ABCabc'],
  ['${s/./} deletes the first match', { s: 'foo.bar' }, 'foobar'],
  ['${s/\\//-} replaces an escaped slash', { s: 'foo/bar' }, 'foo-bar'],
  ['${s//\\//-} replaces every escaped slash', { s: 'foo/bar/baz' }, 'foo-bar-baz'],
  ['${f#*.} trims the shortest prefix', { f: 'bash.string.txt' }, 'string.txt'],
  ['${f##*.} trims the longest prefix', { f: 'bash.string.txt' }, 'txt'],
  ['${f##*/} trims a path to its base', { f: '/path/to/file' }, 'file'],
  ['${f%.*} trims the shortest suffix', { f: 'bash.string.txt' }, 'bash.string'],
  ['${f%%.*} trims the longest suffix', { f: 'bash.string.txt' }, 'bash'],
  ['${v=${w^^}} nests an operator', { w: 'abcd' }, 'ABCD'],
  ['$${v} escapes to a literal ${v}', { v: 'x' }, '${v}'],
  ['bare $v is left alone', { v: 'x' }, 'cost: $v'],
  ['$$ becomes $', {}, 'a$b'],
];
const inputs: Record<string, string> = {
  'plain text passes through': 'abcdEFGH28ij', '${#v} is the length': '${#v}', '${v^} upper-cases the first letter': '${v^}',
  '${v^^} upper-cases all': '${v^^}', '${v,} lower-cases the first letter': '${v,}', '${v,,} lower-cases all': '${v,,}',
  '${p:11} is a substring from 11': '${p:11}', '${p:11:5} is a substring of length 5': '${p:11:5}',
  '${p:1:-1} drops the first and last character': '${p:1:-1}',
  '${v=xyz} keeps a set value': '${v=xyz}', '${v=xyz} defaults an unset value': '${v=xyz}',
  '${v:=xyz} defaults an unset value': '${v:=xyz}', '${v:-xyz} defaults an empty value': '${v:-xyz}',
  '${v=${d}-suffix} nests a substitution in the default': '${v=${d}-suffix}',
  '${s/%abc/XYZ} replaces a suffix': '${s/%abc/XYZ}', '${s/#abc/XYZ} replaces a prefix': '${s/#abc/XYZ}',
  '${s/#/prefix-} prepends': '${s/#/prefix-}', '${s/%/-suffix} appends': '${s/%/-suffix}',
  '${s//abc/xyz} replaces all': '${s//abc/xyz}', '${s/abc/xyz} replaces the first': '${s/abc/xyz}',
  '${s/./} deletes the first match': '${s/./}', '${s/\\//-} replaces an escaped slash': '${s/\\//-}',
  '${s//\\//-} replaces every escaped slash': '${s//\\//-}', '${f#*.} trims the shortest prefix': '${f#*.}',
  '${f##*.} trims the longest prefix': '${f##*.}', '${f##*/} trims a path to its base': '${f##*/}',
  '${f%.*} trims the shortest suffix': '${f%.*}', '${f%%.*} trims the longest suffix': '${f%%.*}',
  '${v=${w^^}} nests an operator': '${v=${w^^}}', '$${v} escapes to a literal ${v}': '$${v}',
  'bare $v is left alone': 'cost: $v', '$$ becomes $': 'a$$b',
};

for (const [name, vars, expected] of cases) {
  test(name, () => assert.equal(expand(inputs[name]!, vars), expected));
}

test('escapes and substitutions mix in one string', () => {
  assert.equal(
    expand('some text ${v}$${w$${v}$v${v}', { v: 'X' }),
    'some text X${w${v}$vX',
  );
});

test('strict mode names the variable that has no value', () => {
  assert.throws(() => expand('image: ${IMAGE}', {}, true), (err: unknown) =>
    err instanceof VariableNotSetError && err.variable === 'IMAGE' && /variable not set \(strict mode\): "IMAGE"/.test(err.message));
});

test('strict mode refuses transformation operators on unset variables but accepts defaults', () => {
  for (const t of ['${#m}', '${m^^}', '${m:0}', '${m/a/b}', '${m%x}']) {
    assert.throws(() => expand(t, {}, true), VariableNotSetError, t);
  }
  assert.equal(expand('${m:-fallback}', {}, true), 'fallback');
  assert.equal(expand('${m:=assigned}', {}, true), 'assigned');
  assert.equal(expand('${m}', { m: '' }, true), '');
});

test('an unclosed substitution is a syntax error', () => {
  assert.throws(() => expand('${abc', {}), EnvsubstSyntaxError);
  assert.throws(() => expand('${}', {}), EnvsubstSyntaxError);
});

test('a replacement containing $& stays literal', () => {
  assert.equal(expand('${s/a/$&x}', { s: 'abc' }), '$&xbc');
});
