/**
 * One worker thread seen from the main thread: requests with ids and promised replies, everything else it
 * posts handed to a listener. If the thread dies, every pending request gets an error envelope, never a hang.
 * Changes with: protocol.ts.
 */
import { Worker, type Transferable } from 'node:worker_threads';
import type { Envelope } from '../../shared/envelope';
import type { FromWorker, ToDbWorker, WorkerData } from './protocol';
import { countPosts } from './waiting-calls';

type Request = ToDbWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

export interface WorkerLink {
  readonly worker: Worker;
  /** Requests not yet answered: the engine sends reads to the least busy reader. */
  readonly pending: number;
  /** `transfer` moves ports (a job thread's line to the writer) rather than copying them. */
  request(message: Request, transfer?: Transferable[]): Promise<Envelope<unknown>>;
  send(message: Exclude<ToDbWorker, { id: number }>): void;
  /** Resolves with the first `ready` (or rejects with the `open-failed` error) the thread posts. */
  ready: Promise<Extract<FromWorker, { type: 'ready' }>>;
  terminate(): Promise<void>;
}

export function startWorker(
  script: string,
  data: WorkerData,
  onMessage: (message: FromWorker) => void,
  transfer: Transferable[] = [],
): WorkerLink {
  const worker = new Worker(script, { workerData: data, transferList: transfer });
  // Counted before it is posted, so the writer never sees a message it has not been told of.
  const posted = data.role === 'writer' && data.calls ? countPosts(data.calls) : () => undefined;
  const waiting = new Map<number, (envelope: Envelope<unknown>) => void>();
  let nextId = 1;
  let resolveReady!: (message: Extract<FromWorker, { type: 'ready' }>) => void;
  let rejectReady!: (error: Error & { body?: unknown }) => void;
  const ready = new Promise<Extract<FromWorker, { type: 'ready' }>>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  // Nobody may be listening yet when a thread fails to open; the caller awaits `ready` later.
  ready.catch(() => undefined);

  const failAll = (message: string) => {
    for (const reply of waiting.values()) reply({ ok: false, error: { code: 'internal', message } });
    waiting.clear();
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'reply') {
      waiting.get(message.id)?.(message.envelope);
      waiting.delete(message.id);
    } else if (message.type === 'ready') resolveReady(message);
    else if (message.type === 'open-failed') {
      rejectReady(Object.assign(new Error(message.error.message), { body: message.error }));
    } else onMessage(message);
  });
  worker.on('error', (error) => {
    rejectReady(error);
    failAll(`A database worker stopped: ${error.message}`);
  });
  worker.on('exit', (code) => {
    rejectReady(new Error(`The worker exited (${code}) before it was ready.`));
    failAll('A database worker stopped unexpectedly; restart Winloop if this persists.');
  });

  return {
    worker,
    get pending() {
      return waiting.size;
    },
    request(message, transfer) {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        posted();
        worker.postMessage({ ...message, id }, transfer);
      });
    },
    send(message) {
      posted();
      worker.postMessage(message);
    },
    ready,
    async terminate() {
      await worker.terminate();
    },
  };
}
