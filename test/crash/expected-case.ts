/** What a kill-test case holds, from its key and edit version: the test checks a saved case is whole by it. */
export function expectedCase(key: string, version: number): { title: string; valueMinor: number; notes: string } {
  const [round = 0, n = 0] = key.split('-').map(Number);
  // Notes of varying length (up to a few pages) so some saves span several database pages.
  const length = ((round * 7919 + n * 104729 + version * 31) % 9000) + 1;
  return {
    title: `Kill ${key}`,
    valueMinor: round * 100_000 + n,
    notes: `${key} v${version} ${'#'.repeat(length)}`,
  };
}
