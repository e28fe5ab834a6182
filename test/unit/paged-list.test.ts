/**
 * renderer/lib/paged-list.ts, the paging half of the cases and trash stores, on a real zustand store with a fake
 * server whose answers the test releases one by one (so the order pages land in is the test's, not the clock's).
 */
import { expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { PAGE_SIZE, pagedList, type Page, type PagedRows } from '../../renderer/lib/paged-list';

interface State extends PagedRows<string> {
  filter: string;
  setFilter: (filter: string) => void;
}

function setup(total = 250) {
  const calls: { filter: string; offset: number; release: () => void }[] = [];
  const store = createStore<State>((set, get) => {
    const { initial, restart } = pagedList<string, State>(
      set,
      get,
      (s, offset, limit) =>
        new Promise<Page<string>>((resolve) => {
          const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => {
            return `${s.filter}${offset + i}`;
          });
          calls.push({ filter: s.filter, offset, release: () => resolve({ items, total }) });
        }),
    );
    return { ...initial, filter: 'a', setFilter: (filter) => void restart({ filter }) };
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { store, calls, settle };
}

test('pages load once each, as rows come into view', async () => {
  const { store, calls, settle } = setup();
  store.getState().ensureRange(0, 150);
  store.getState().ensureRange(10, 120);
  expect(calls.map((c) => c.offset)).toEqual([0, PAGE_SIZE]);
  calls.forEach((c) => c.release());
  await settle();
  expect(store.getState()).toMatchObject({ total: 250, error: null, stale: false });
  expect(store.getState().rows[0]).toBe('a0');
  expect(store.getState().rows[199]).toBe('a199');
  store.getState().ensureRange(0, 199);
  expect(calls).toHaveLength(2);
});

test('a page of an older generation is dropped when it lands', async () => {
  const { store, calls, settle } = setup();
  store.getState().ensureRange(0, 10);
  store.getState().setFilter('b');
  expect(calls.map((c) => [c.filter, c.offset])).toEqual([
    ['a', 0],
    ['b', 0],
  ]);
  calls[1]!.release();
  await settle();
  calls[0]!.release();
  await settle();
  expect(store.getState().rows[0]).toBe('b0');
});

test('a reload keeps the old rows on screen until the first fresh page replaces them all', async () => {
  const { store, calls, settle } = setup();
  store.getState().ensureRange(0, 150);
  calls.forEach((c) => c.release());
  await settle();
  void store.getState().reload();
  expect(store.getState()).toMatchObject({ stale: true });
  expect(store.getState().rows[150]).toBe('a150');
  // While stale, scrolling asks for nothing: the rows shown are about to be replaced.
  store.getState().ensureRange(100, 199);
  expect(calls).toHaveLength(3);
  calls[2]!.release();
  await settle();
  expect(store.getState().stale).toBe(false);
  expect(store.getState().rows[0]).toBe('a0');
  expect(store.getState().rows[150]).toBeUndefined();
});

test('a failed page says why', async () => {
  const store = createStore<State>((set, get) => {
    const { initial, restart } = pagedList<string, State>(set, get, () => Promise.reject(new Error('offline')));
    return { ...initial, filter: '', setFilter: (filter) => void restart({ filter }) };
  });
  store.getState().ensureRange(0, 0);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(store.getState().error).toBe('offline');
});
