import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fastYamlDocuments } from '../../src/build/kustomize/yaml/fast-yaml.js';
import { fullYamlDocuments } from '../../src/build/kustomize/yaml/decode-yaml.js';
import { jsonEqual } from '../../src/lib/strategic-merge/index.js';
const files = execSync("find test/fixtures/kustomize/cases /tmp/kx/b800 -type f \\( -name '*.yaml' -o -name '*.yml' -o -name Kustomization -o -name '*.json' \\)").toString().trim().split('\n');
let fast = 0, bailed = 0, bad = 0;
for (const f of files) {
  const t = readFileSync(f, 'utf8');
  let a; try { a = fastYamlDocuments(t); } catch { bailed++; continue; }
  let b; try { b = fullYamlDocuments(t, f); } catch (e) { console.log('FAST ACCEPTED INVALID', f, String(e)); bad++; continue; }
  fast++;
  if (a.length !== b.length || !a.every((d, i) => jsonEqual(d.value, b[i]!.value))) { bad++; console.log('MISMATCH', f, JSON.stringify(a.map(d=>d.value)).slice(0,300), '\n   vs', JSON.stringify(b.map(d=>d.value)).slice(0,300)); }
  else if (!a.every((d, i) => d.line === b[i]!.line)) console.log('LINE', f, a.map(d=>d.line), b.map(d=>d.line));
}
console.log({ files: files.length, fast, bailed, bad });
