/**
 * `searchMs`: "find anything" (`search.query` through dispatch, as the app calls it) on the 100,000-case
 * sample: the median of RUNS calls per query, for a common word, a rare one, a two-letter prefix being typed
 * and two words together; the figure is the slowest of those medians. Target < 50 ms.
 */
import { performance } from 'node:perf_hooks';
import type { Workspace } from '../../electron/workspace';

const QUERIES = ['price', 'steering', 'pr', 'pilot users'];
const RUNS = 9;

export function searchFigures(workspace: Workspace): { searchMs: number; perQuery: Record<string, number> } {
  const perQuery: Record<string, number> = {};
  for (const text of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const started = performance.now();
      const result = workspace.dispatchSync('search.query', { text });
      const ms = performance.now() - started;
      if (!result.ok) throw new Error(`search.query failed: ${result.error.message}`);
      if ((result.value as { hits: unknown[] }).hits.length === 0) throw new Error(`"${text}" found nothing`);
      if (i > 0) times.push(ms); // the first call compiles the statements
    }
    perQuery[text] = Number([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1));
  }
  return { searchMs: Math.max(...Object.values(perQuery)), perQuery };
}
