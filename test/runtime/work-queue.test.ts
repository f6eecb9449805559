import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkQueue } from '../../src/runtime/queue/work-queue.js';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

test('duplicate adds of a waiting key merge into one run', async () => {
  const runs: string[] = [];
  const q = new WorkQueue({ concurrency: 1 });
  q.add('K/ns/a');
  q.add('K/ns/a');
  q.add('K/ns/b');
  q.add('K/ns/a');
  q.start(async (key) => void runs.push(key));
  await tick(20);
  assert.deepEqual(runs, ['K/ns/a', 'K/ns/b']);
  await q.shutdown();
});

test('a key never runs twice at once; a change during a run runs it once more afterwards', async () => {
  let running = 0;
  let maxRunning = 0;
  let runs = 0;
  const q = new WorkQueue({ concurrency: 4 });
  q.start(async () => {
    running++;
    runs++;
    maxRunning = Math.max(maxRunning, running);
    await tick(30);
    running--;
  });
  q.add('K/ns/a');
  await tick(5);
  q.add('K/ns/a');
  q.add('K/ns/a');
  await tick(120);
  assert.equal(maxRunning, 1);
  assert.equal(runs, 2);
  await q.shutdown();
});

test('concurrency bounds how many keys run together', async () => {
  let running = 0;
  let maxRunning = 0;
  const q = new WorkQueue({ concurrency: 3 });
  q.start(async () => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    await tick(20);
    running--;
  });
  for (let i = 0; i < 10; i++) q.add(`K/ns/${i}`);
  assert.equal(q.depth, 7);
  await tick(150);
  assert.equal(maxRunning, 3);
  assert.equal(q.depth, 0);
  await q.shutdown();
});

test('a new change aborts the running reconcile of that key when asked to', async () => {
  const reasons: string[] = [];
  const q = new WorkQueue({ concurrency: 1 });
  q.start(
    (_key, signal) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reasons.push(String((signal.reason as Error).message));
          resolve();
        });
      }),
  );
  q.add('K/ns/a');
  await tick(10);
  q.add('K/ns/a', { abortRunning: true });
  await tick(10);
  assert.deepEqual(reasons, ['K/ns/a changed while it was being reconciled']);
  await q.shutdown({ abort: true });
});

test('delayed adds keep the earliest deadline and an immediate add cancels the timer', async () => {
  const runs: number[] = [];
  const q = new WorkQueue({ concurrency: 1 });
  const t0 = Date.now();
  q.start(async () => void runs.push(Date.now() - t0));
  q.addAfter('K/ns/a', 200);
  q.addAfter('K/ns/a', 30);
  q.addAfter('K/ns/a', 500);
  assert.ok((q.dueAt('K/ns/a') ?? 0) - t0 < 100);
  await tick(80);
  assert.equal(runs.length, 1);
  assert.ok(runs[0] >= 25 && runs[0] < 150, `ran at ${runs[0]} ms`);
  q.addAfter('K/ns/b', 10_000);
  q.add('K/ns/b');
  assert.equal(q.dueAt('K/ns/b'), undefined);
  await q.shutdown();
});

test('forget drops a queued key and its timer; shutdown waits for running keys', async () => {
  const runs: string[] = [];
  const q = new WorkQueue({ concurrency: 1 });
  q.add('K/ns/slow');
  q.add('K/ns/gone');
  q.addAfter('K/ns/later', 20);
  q.forget('K/ns/gone');
  q.forget('K/ns/later');
  let finished = false;
  q.start(async (key) => {
    runs.push(key);
    await tick(40);
    finished = true;
  });
  await tick(5);
  await q.shutdown();
  assert.equal(finished, true);
  assert.deepEqual(runs, ['K/ns/slow']);
});
