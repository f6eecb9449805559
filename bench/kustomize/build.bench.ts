import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiskFileSystem } from '../../src/build/fs/index.js';
import { kustomizeBuild, renderKustomizeYaml } from '../../src/build/kustomize/index.js';

// A 3-layer overlay (base → mid → top) with N resources, prefixes/suffixes, labels, dozens of strategic merge and
// JSON 6902 patches and generators, built by `kubectl kustomize` and by `fluxion kustomize build` (whole processes).

function findRepoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function deployment(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  labels: {app: app-${i}}
spec:
  replicas: 1
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}}}
    spec:
      serviceAccountName: sa-${i}
      containers:
      - name: main
        image: registry.example.com/app:${i % 7}.0
        envFrom:
        - configMapRef: {name: cfg-${i}}
        env:
        - {name: INDEX, value: "${i}"}
        ports:
        - containerPort: 8080
      - name: sidecar
        image: envoy:1.0
      volumes:
      - name: config
        configMap: {name: cfg-${i}}
`;
}

function generate(root: string, n: number): string {
  const groups = Math.ceil(n / 4);
  const base: string[] = [];
  for (let i = 0; i < groups; i++) {
    base.push(deployment(i));
    base.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\nspec:\n  selector: {app: app-${i}}\n  ports:\n  - port: 80\n    targetPort: 8080\n`);
    base.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-${i}\ndata:\n  index: "${i}"\n  mode: base\n`);
    base.push(`apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa-${i}\n`);
  }
  write(join(root, 'base/resources.yaml'), base.join('---\n'));
  const gens = Array.from({ length: 20 }, (_, i) => `- name: gen-${i}\n  literals: [A=${i}, B=base]\n`).join('');
  write(join(root, 'base/kustomization.yaml'), `resources:\n- resources.yaml\nnamePrefix: base-\ncommonLabels:\n  layer: base\nconfigMapGenerator:\n${gens}`);

  const smp = Array.from({ length: 30 }, (_, i) => `- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: app-${i}\n    spec:\n      replicas: ${(i % 5) + 2}\n      template:\n        spec:\n          containers:\n          - name: main\n            resources:\n              limits: {cpu: 500m}\n`).join('');
  const json = Array.from({ length: 30 }, (_, i) => `- target:\n    kind: Service\n    name: app-${i + 30}\n  patch: |-\n    - op: add\n      path: /metadata/annotations\n      value: {patched: "${i}"}\n`).join('');
  const merge = Array.from({ length: 10 }, (_, i) => `- name: gen-${i}\n  behavior: merge\n  literals: [B=mid, C=${i}]\n`).join('');
  write(join(root, 'mid/kustomization.yaml'), `resources:\n- ../base\nnamePrefix: mid-\nlabels:\n- pairs: {layer-mid: "true"}\n  includeTemplates: true\npatches:\n${smp}${json}configMapGenerator:\n${merge}`);

  const top = Array.from({ length: 20 }, (_, i) => `- target:\n    kind: Deployment\n    name: app-${i + 60}\n  patch: |-\n    - op: replace\n      path: /spec/template/spec/containers/1/image\n      value: envoy:2.${i}\n`).join('');
  const psm = Array.from({ length: 10 }, (_, i) => `- |-\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: cfg-${i}\n  data:\n    mode: top\n`).join('');
  write(join(root, 'top/kustomization.yaml'), `resources:\n- ../mid\nnamespace: production\nnameSuffix: -v1\ncommonAnnotations:\n  owner: platform\nimages:\n- name: registry.example.com/app\n  newTag: "9.9"\npatchesStrategicMerge:\n${psm}patches:\n${top}secretGenerator:\n- name: creds\n  literals: [user=admin, pass=secret]\n`);
  return join(root, 'top');
}

function timed(cmd: string, args: string[], cwd: string): { ms: number; out: string; err: string; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, out: r.stdout, err: r.stderr, status: r.status };
}

const repo = findRepoRoot();
const work = mkdtempSync(join(tmpdir(), 'fluxion-kbench-'));
try {
  for (const n of [800, 2000]) {
    const dir = generate(join(work, `n${n}`), n);
    const theirs = timed('kubectl', ['kustomize', dir], work);
    // bin/fluxion.js runs the compiled CLI in dist/ (npm run bench compiles first).
    const ours = timed(process.execPath, [join(repo, 'bin/fluxion.js'), 'kustomize', 'build', '--root', work, dir], repo);
    if (theirs.status !== 0) throw new Error(`kubectl kustomize failed: ${theirs.err}`);
    if (ours.status !== 0) throw new Error(`fluxion kustomize build failed: ${ours.err}`);
    const docs = theirs.out.split('\n---\n').length;
    // The engine alone, in this process (no CLI start-up): the second of two runs, so the code is compiled.
    let inProcess = 0;
    for (let i = 0; i < 2; i++) {
      const t0 = process.hrtime.bigint();
      renderKustomizeYaml(kustomizeBuild(new DiskFileSystem(work), `n${n}/top`));
      inProcess = Number(process.hrtime.bigint() - t0) / 1e6;
    }
    const startup = timed(process.execPath, [join(repo, 'bin/fluxion.js'), 'version'], repo).ms;
    const equal = ours.out === theirs.out;
    console.log(`kustomize build, ${n} resources in base (+ generators; ${docs} objects out): kubectl kustomize ${theirs.ms.toFixed(0)} ms, `
      + `fluxion ${ours.ms.toFixed(0)} ms, ratio ${(ours.ms / theirs.ms).toFixed(3)} (${(theirs.ms / ours.ms).toFixed(1)}x faster), output ${equal ? 'byte-identical' : 'DIFFERENT'}; `
      + `of which CLI start-up (fluxion version) ${startup.toFixed(0)} ms; engine in-process ${inProcess.toFixed(0)} ms`);
    if (!equal) process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
