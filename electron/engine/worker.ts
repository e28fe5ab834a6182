/**
 * The entry point of every engine thread: reads its role from workerData. Bundled for Electron as
 * dist-electron/engine-worker.cjs; under plain Node (browser mode, the CLI, tests) boot.mjs loads it through tsx.
 */
import { workerData } from 'node:worker_threads';
import { runDbWorker } from './db-worker';
import { runJobWorker } from './job-worker';
import type { WorkerData } from './protocol';

const data = workerData as WorkerData;
if (data.role === 'job') void runJobWorker(data);
else runDbWorker(data);
