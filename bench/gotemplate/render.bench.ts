/**
 * Go-template engine benchmark: a chart of 300 templates sharing deep helpers, rendered by our engine
 * (parse every file once, execute every template) and by `helm template` (whole process), side by side.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TemplateSet, sprigFuncs } from '../../src/build/gotemplate/index.js';
import { hasTool } from '../../test/support/tools.js';

const COUNT = 300;

const helpers = `{{- define "b.name" -}}{{ default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}{{- end }}
{{- define "b.fullname" -}}{{ printf "%s-%s" .Release.Name (include "b.name" .) | trunc 63 | trimSuffix "-" }}{{- end }}
{{- define "b.selector" -}}
app.kubernetes.io/name: {{ include "b.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
{{- define "b.labels" -}}
{{ include "b.selector" . }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- range $k, $v := .Values.labels }}
{{ $k }}: {{ $v | quote }}
{{- end }}
{{- end }}`;

function template(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "b.fullname" . }}-${i}
  labels:
    {{- include "b.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels:
      {{- include "b.selector" . | nindent 6 }}
  template:
    metadata:
      annotations:
        checksum: {{ toJson .Values.env | sha256sum }}
    spec:
      containers:
        - name: c${i}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.Version }}"
          env:
          {{- range $e := .Values.env }}
            - name: {{ $e.name | upper }}
              value: {{ $e.value | quote }}
          {{- end }}
          {{- with .Values.resources }}
          resources: {{ toJson . }}
          {{- end }}
          {{- if and .Values.probe (gt (len .Values.env) 2) }}
          livenessProbe: {httpGet: {path: /healthz, port: {{ add .Values.port 0 }}}}
          {{- end }}
`;
}

const values = {
  replicas: 2, port: 8080, probe: true, labels: { team: 'web', tier: 'frontend' },
  image: { repository: 'ghcr.io/acme/app', tag: '' },
  env: Array.from({ length: 8 }, (_, k) => ({ name: `var_${k}`, value: `value-${k}` })),
  resources: { limits: { cpu: '500m', memory: '256Mi' } },
};

function ours(): { ms: number; bytes: number } {
  const t0 = performance.now();
  const set = new TemplateSet({ name: 'gotpl', missingKey: 'zero', funcs: sprigFuncs() });
  set.addFuncs({ include: (name: unknown, data: unknown) => set.execute(String(name), data) });
  set.parse('bench/templates/_helpers.tpl', helpers);
  for (let i = 0; i < COUNT; i++) set.parse(`bench/templates/t${i}.yaml`, template(i));
  const ctx = { Values: values, Release: { Name: 'rel', Namespace: 'default' }, Chart: { Name: 'bench', Version: '1.0.0' } };
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) bytes += set.execute(`bench/templates/t${i}.yaml`, ctx).length;
  return { ms: performance.now() - t0, bytes };
}

function helm(dir: string): number {
  const t0 = performance.now();
  const r = spawnSync('helm', ['template', 'rel', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return performance.now() - t0;
}

const dir = mkdtempSync(join(tmpdir(), 'gt-bench-'));
mkdirSync(join(dir, 'templates'));
writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: bench\nversion: 1.0.0\n');
writeFileSync(join(dir, 'values.yaml'), JSON.stringify(values));
writeFileSync(join(dir, 'templates', '_helpers.tpl'), helpers);
for (let i = 0; i < COUNT; i++) writeFileSync(join(dir, 'templates', `t${i}.yaml`), template(i));

ours(); // warm-up
const runs = 5;
const oursMs: number[] = [];
let bytes = 0;
for (let r = 0; r < runs; r++) { const o = ours(); oursMs.push(o.ms); bytes = o.bytes; }
const median = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(`gotemplate engine: ${COUNT} templates, ${(bytes / 1024).toFixed(0)} KiB out, median ${median(oursMs).toFixed(1)} ms (parse + execute, in process)`);
if (hasTool('helm')) {
  const helmMs = Array.from({ length: 3 }, () => helm(dir));
  console.log(`helm template (whole process): median ${median(helmMs).toFixed(1)} ms`);
  console.log(`ratio ours/helm: ${(median(oursMs) / median(helmMs)).toFixed(2)}`);
} else {
  console.log('helm not installed: no side-by-side figure');
}
rmSync(dir, { recursive: true, force: true });
