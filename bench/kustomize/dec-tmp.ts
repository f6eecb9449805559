import { readFileSync } from 'node:fs';
import { parseAllDocuments, Parser, Composer } from 'yaml';
import { decodeYamlDocuments } from '../../src/build/kustomize/index.js';
const text = readFileSync('/tmp/kx/b2000/base/resources.yaml', 'utf8');
for (let i = 0; i < 3; i++) {
  let t = performance.now(); decodeYamlDocuments(text, 'x'); console.log('decode', (performance.now() - t).toFixed(0));
  t = performance.now(); parseAllDocuments(text, { schema: 'failsafe' }); console.log('parseAll', (performance.now() - t).toFixed(0));
  t = performance.now(); let n = 0; for (const _tok of new Parser().parse(text)) n++; console.log('cst', (performance.now() - t).toFixed(0), n);
  t = performance.now(); const c = new Composer({ schema: 'failsafe' }); let m = 0; for (const _d of c.compose(new Parser().parse(text))) m++; console.log('compose', (performance.now() - t).toFixed(0), m);
}
