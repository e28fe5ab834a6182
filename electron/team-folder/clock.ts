/**
 * Time as the team folder's scheduler sees it, injectable so its tests run in milliseconds: they move a manual
 * clock instead of waiting for settle times and intervals.
 */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    // A pending look or export never keeps a process alive that is otherwise done.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
