import { useEffect, useRef, useState } from 'react';

export type SaveStatus = { kind: 'saving' | 'saved' | 'error'; message?: string } | null;

/**
 * A set recorded on a case (competitors met, people involved), saved whole on every change. The page reloads
 * after each save; while our own saves are on their way, an older set from a reload does not replace ours.
 */
export function useSetSaver<T>(initial: T, send: (next: T) => Promise<unknown>) {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>(null);
  const seq = useRef(0);
  const inflight = useRef(0);
  const serverKey = JSON.stringify(initial);
  useEffect(() => {
    if (inflight.current === 0) setValue(JSON.parse(serverKey) as T);
  }, [serverKey]);

  async function save(next: T) {
    setValue(next);
    const mine = ++seq.current;
    setStatus({ kind: 'saving' });
    inflight.current += 1;
    try {
      await send(next);
      if (mine === seq.current) setStatus({ kind: 'saved' });
    } catch (error) {
      if (mine === seq.current) setStatus({ kind: 'error', message: (error as Error).message });
    } finally {
      inflight.current -= 1;
    }
  }
  return { value, status, save };
}

export function SaveState({ status }: { status: SaveStatus }) {
  return (
    <span className={`save-state ${status?.kind ?? ''}`} role="status">
      {status?.kind === 'saving' ? 'Saving…' : status?.kind === 'saved' ? 'Saved' : ''}
    </span>
  );
}
