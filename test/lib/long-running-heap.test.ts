import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

// A process allocating in bursts, with the last few bursts alive (as a controller holds in-flight reconciles);
// it prints the largest young generation and heap it had. Run in a child: the settings last for a process's life.
const burstyProcess = `
import v8 from 'node:v8';
const { useLongRunningHeap } = await import(${JSON.stringify(new URL('../../src/lib/long-running-heap.js', import.meta.url).href)});
if (process.argv[1] === 'long-running') useLongRunningHeap();
const keep = []; let newSpace = 0; let heapTotal = 0;
for (let r = 0; r < 150; r++) {
  const burst = [];
  for (let i = 0; i < 20000; i++) burst.push({ name: 'object-' + i, round: r, spec: { replicas: i % 5 } });
  keep.push(burst);
  if (keep.length > 4) keep.shift();
  newSpace = Math.max(newSpace, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
  heapTotal = Math.max(heapTotal, process.memoryUsage().heapTotal);
}
console.log(JSON.stringify({ newSpace, heapTotal }));
`;

function run(mode: string): { newSpace: number; heapTotal: number } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', burstyProcess, mode], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { newSpace: number; heapTotal: number };
}

test('a long-running process keeps its young generation small and its heap near what is live', () => {
  // If a Node upgrade stopped V8 from taking these settings after start-up, controllers would quietly use 2-3x the memory.
  const defaults = run('default');
  const longRunning = run('long-running');
  assert.ok(longRunning.newSpace * 4 <= defaults.newSpace, `young generation ${longRunning.newSpace} against V8's default ${defaults.newSpace}`);
  assert.ok(longRunning.heapTotal * 2 <= defaults.heapTotal, `heap ${longRunning.heapTotal} against V8's default ${defaults.heapTotal}`);
});
