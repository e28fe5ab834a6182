/**
 * The shared count of calls posted to the writer against those it has served: waiting exactly while one is
 * posted and not yet taken up, and the count is shared with a thread it is handed to at start, not copied.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { callsWaiting, countPosts, newCallCounter } from '../../electron/engine/waiting-calls';

test('waiting while more calls were posted than served', () => {
  const buffer = newCallCounter();
  const post = countPosts(buffer);
  const writer = callsWaiting(buffer);
  expect(writer.waiting()).toBe(false);
  post();
  post();
  expect(writer.waiting()).toBe(true);
  writer.served();
  expect(writer.waiting()).toBe(true);
  writer.served();
  expect(writer.waiting()).toBe(false);
});

test('a post counted on another thread is seen here at once, with no message', async () => {
  const buffer = newCallCounter();
  const writer = callsWaiting(buffer);
  // What worker-link.ts does on the main thread, done by a thread that was handed the buffer in its workerData.
  const poster = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     Atomics.add(new Int32Array(workerData), 0, 1);
     parentPort.postMessage('posted');`,
    { eval: true, workerData: buffer },
  );
  await once(poster, 'message');
  expect(writer.waiting()).toBe(true);
  writer.served();
  expect(writer.waiting()).toBe(false);
  await poster.terminate();
});
