import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSetInto } from '../../../src/build/helm/values/parse-set.js';

const parse = (s: string, asString = false, into: Record<string, unknown> = {}): Record<string, unknown> => {
  parseSetInto(s, into, asString);
  return into;
};

test('--set pairs separated by commas become typed values', () => {
  assert.deepEqual(parse('name1=value1,name2=value2,empty='), { name1: 'value1', name2: 'value2', empty: '' });
  assert.deepEqual(parse('t=true,f=FALSE,n=null,zero=0,int=1234567890,neg=-5,lead=00009,float=1.5'), {
    t: true, f: false, n: null, zero: 0n, int: 1234567890n, neg: -5n, lead: '00009', float: '1.5',
  });
});

test('--set-string keeps every value a string', () => {
  assert.deepEqual(parse('a=true,b=10,c=null', true), { a: 'true', b: '10', c: 'null' });
});

test('dots nest maps, brackets index lists, braces make lists, backslash escapes', () => {
  assert.deepEqual(parse('outer.inner1=value1,outer.inner3[0]=value3,outer.inner3[2]=x'), {
    outer: { inner1: 'value1', inner3: ['value3', null, 'x'] },
  });
  assert.deepEqual(parse('list[0].foo=bar,list[0].hello=world'), { list: [{ foo: 'bar', hello: 'world' }] });
  assert.deepEqual(parse('nested[0][1]=x'), { nested: [[null, 'x']] });
  assert.deepEqual(parse('name={a,b,3},after=x'), { name: ['a', 'b', 3n], after: 'x' });
  assert.deepEqual(parse('name1=one\\,two,key\\.with\\.dots=v'), { name1: 'one,two', 'key.with.dots': 'v' });
});

test('--set merges into values already given by files', () => {
  assert.deepEqual(parse('a.c=2', false, { a: { b: 1 } }), { a: { b: 1, c: 2n } });
});

test('malformed --set input fails with Helm\'s message', () => {
  assert.throws(() => parse('name1'), { message: 'key "name1" has no value' });
  assert.throws(() => parse('a,b=c'), /key "a" has no value \(cannot end with ,\)/);
  assert.throws(() => parse('list={a,b'), /list must terminate with '}'/);
  assert.throws(() => parse('a[-1]=x'), /negative -1 index not allowed/);
  assert.throws(() => parse('a[x]=y'), /error parsing index/);
  assert.throws(() => parse('a.b=1', false, { a: 'scalar' }), /interface conversion: interface \{\} is string, not map\[string\]interface \{\}/);
});
