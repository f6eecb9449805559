import { readFileSync } from 'node:fs';
import { decodeYamlDocuments } from '../../src/build/kustomize/yaml/decode-yaml.js';
import { encodeYamlDocument } from '../../src/build/kustomize/yaml/encode-yaml.js';
const f = process.argv[2]!;
const docs = decodeYamlDocuments(readFileSync(f, 'utf8'), f);
process.stdout.write(docs.map((d) => encodeYamlDocument(d.value)).join('---\n'));
