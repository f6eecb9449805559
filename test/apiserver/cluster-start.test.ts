import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';

const cli = fileURLToPath(new URL(`./cli-child.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url));

describe('fluxion cluster start', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'fluxion-cli-'));
  after(() => rmSync(stateDir, { recursive: true, force: true }));

  test('serves the API, writes <state-dir>/kubeconfig and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [...process.execArgv.filter((a) => !a.startsWith('--test')), cli, 'cluster', 'start', '--state-dir', stateDir, '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /API server at (https:\/\/\S+)/.exec(stderr);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${String(code)}: ${stderr}`)));
    });
    const kubeconfig = join(stateDir, 'kubeconfig');
    assert.ok(existsSync(kubeconfig));
    assert.match(readFileSync(kubeconfig, 'utf8'), new RegExp(url.replace(/[.:/]/g, '\\$&')));
    const kc = new KubeConfig();
    kc.loadFromFile(kubeconfig);
    const ns = await kc.makeApiClient(CoreV1Api).listNamespace();
    assert.ok(ns.items.some((n) => n.metadata?.name === 'default'));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    assert.equal(code, 0);
    assert.equal(stdout, '', 'nothing on stdout');
  });

  test('a bad --port is refused with a message on stderr', async () => {
    const child = spawn(process.execPath, [...process.execArgv.filter((a) => !a.startsWith('--test')), cli, 'cluster', 'start', '--state-dir', stateDir, '--port', 'abc'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    assert.notEqual(code, 0);
    assert.match(stderr, /--port: invalid port "abc"/);
  });
});
