/**
 * `helm template` vs `fluxion helm template` on generated charts (300 templates and 20, helpers nested ten deep, a
 * library subchart), whole process each time, median of a few runs; beside them Node's own start-up, the floor under
 * any Node program.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../test/support/repo-root.js';
import { helmTemplate } from '../../src/build/helm/index.js';

const sizes = [300, 20];
const depth = 10;
const runs = 5;

function writeChart(root: string, templates: number): string {
  const dir = join(root, `chart-${templates}`);
  mkdirSync(join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'charts', 'lib', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: bigchart\nversion: 1.0.0\nappVersion: "1.0"\ndependencies:\n  - name: lib\n    version: 1.0.0\n');
  const services = Array.from({ length: templates }, (_, i) => `  - name: svc-${i}\n    port: ${8000 + i}\n    replicas: ${(i % 5) + 1}\n    env: {LEVEL: info, INDEX: "${i}"}\n`).join('');
  writeFileSync(join(dir, 'values.yaml'), `image: {repository: example/app, tag: "1.2.3"}\nlabels: {team: bench, tier: backend}\nservices:\n${services}`);
  writeFileSync(join(dir, 'charts', 'lib', 'Chart.yaml'), 'apiVersion: v2\nname: lib\nversion: 1.0.0\ntype: library\n');
  let helpers = '{{- define "lib.level0" -}}{{ .name | trunc 63 | trimSuffix "-" }}{{- end -}}\n';
  for (let d = 1; d <= depth; d++) {
    helpers += `{{- define "lib.level${d}" -}}{{ include "lib.level${d - 1}" . | lower }}{{- end -}}\n`;
  }
  helpers += '{{- define "lib.labels" -}}\napp: {{ include "lib.level' + depth + '" . }}\n{{- range $k, $v := .labels }}\n{{ $k }}: {{ $v | quote }}\n{{- end }}\n{{- end -}}\n';
  writeFileSync(join(dir, 'charts', 'lib', 'templates', '_helpers.tpl'), helpers);
  for (let i = 0; i < templates; i++) {
    writeFileSync(join(dir, 'templates', `svc-${i}.yaml`), `{{- $s := index .Values.services ${i} }}
{{- $ctx := dict "name" $s.name "labels" .Values.labels }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "lib.level${depth}" $ctx }}
  labels:
    {{- include "lib.labels" $ctx | nindent 4 }}
spec:
  replicas: {{ $s.replicas }}
  template:
    metadata:
      annotations:
        checksum: {{ toYaml $s | sha256sum }}
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          env:
            {{- range $k, $v := $s.env }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
          ports:
            - containerPort: {{ $s.port }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "lib.level${depth}" $ctx }}
  labels:
    {{- include "lib.labels" $ctx | nindent 4 }}
spec:
  ports:
    - port: {{ $s.port }}
`);
  }
  return dir;
}

function time(cmd: string, args: string[]): { ms: number; out: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const hasHelm = spawnSync('sh', ['-c', 'command -v helm'], { stdio: 'ignore' }).status === 0;
if (!hasHelm) {
  console.log('helm template: skipped (helm is not installed)');
} else {
  const root = mkdtempSync(join(tmpdir(), 'fluxion-helm-bench-'));
  try {
    // What any Node program pays before its first line runs: a floor under every figure below.
    const nodeAlone = median(Array.from({ length: runs }, () => time(process.execPath, ['-e', '0']).ms));
    for (const templates of sizes) {
      const chart = writeChart(root, templates);
      const helm: number[] = [];
      const ours: number[] = [];
      let same = true;
      for (let i = 0; i < runs; i++) {
        const h = time('helm', ['template', 'bench', chart]);
        const f = time(process.execPath, [join(repoRoot, 'bin', 'fluxion.js'), 'helm', 'template', 'bench', chart]);
        helm.push(h.ms);
        ours.push(f.ms);
        same &&= h.out === f.out;
      }
      const hm = median(helm);
      const fm = median(ours);
      console.log(`helm template, ${templates} templates (${templates * 2} objects), helpers ${depth} deep, median of ${runs}:`);
      console.log(`  helm     ${hm.toFixed(0)} ms`);
      console.log(`  fluxion  ${fm.toFixed(0)} ms   (node alone, \`node -e 0\`: ${nodeAlone.toFixed(0)} ms)`);
      console.log(`  ratio fluxion/helm ${(fm / hm).toFixed(2)} (${fm <= hm ? 'no slower than Helm' : 'slower than Helm'}); output ${same ? 'identical' : 'DIFFERS'}`);
      // The render alone, in this process once warm: what a controller pays per reconcile, without process start-up.
      const inProcess: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        helmTemplate({ releaseName: 'bench', chartPath: chart });
        inProcess.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      console.log(`  fluxion in-process render, warm (what the helm-controller pays) ${median(inProcess).toFixed(0)} ms`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
