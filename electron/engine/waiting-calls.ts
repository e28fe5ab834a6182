/**
 * How the writer learns, in the middle of a long synchronous stretch (an import's slice), that a call waits in
 * its queue: the main thread counts in shared memory every message it posts to the writer, before posting it;
 * the writer counts those it has begun to serve. More posted than served means one is waiting, and the slice
 * ends after its current row instead of running its few milliseconds out.
 * Changes with: worker-link.ts (posts), db-worker.ts (serves), import-writer.ts (asks).
 */

/** The shared counter, made by the engine and handed to the writer with its start. */
export const newCallCounter = (): SharedArrayBuffer => new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);

/** The main thread's half: call before each post. */
export function countPosts(buffer: SharedArrayBuffer): () => void {
  const posted = new Int32Array(buffer);
  return () => void Atomics.add(posted, 0, 1);
}

/** The writer's half: `served` as each message is taken up, `waiting` whenever it may stop to let one in. */
export function callsWaiting(buffer: SharedArrayBuffer): { served(): void; waiting(): boolean } {
  const posted = new Int32Array(buffer);
  // Wraps past 2^31 as the shared Int32 does, so the two stay comparable for ever.
  let served = 0;
  return {
    served: () => void (served = (served + 1) | 0),
    waiting: () => Atomics.load(posted, 0) !== served,
  };
}
