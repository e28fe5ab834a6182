/**
 * k shortest loopless paths on a small weighted digraph: Dijkstra for one path, Yen (1971) for the next ones.
 * Knows nothing of people: nodes are numbers, costs whole units, and a rank per node breaks ties.
 * Changes with: route.ts (builds the graph and reads the paths).
 */

export interface SearchGraph {
  /** out[v]: the edges leaving v, as target → cost in whole units (≥ 0); at most one edge per ordered pair. */
  out: readonly ReadonlyMap<number, number>[];
  /** rank[v]: v's place in the tie-break order, lower first (the caller sorts by names, then ids). */
  rank: readonly number[];
}

export interface RankedPath {
  nodes: number[];
  units: number;
}

/**
 * The one order every path is held to: cost, then fewer hops, then the nodes' ranks read from the start. It is
 * kept by extension (adding the same edge to two paths does not swap them), which is what lets Dijkstra use it.
 */
export function comparePaths(g: SearchGraph, a: RankedPath, b: RankedPath): number {
  if (a.units !== b.units) return a.units - b.units;
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let i = 0; i < a.nodes.length; i++) {
    const d = (g.rank[a.nodes[i] ?? 0] ?? 0) - (g.rank[b.nodes[i] ?? 0] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const edgeKey = (u: number, v: number) => `${u}>${v}`;

/** The cost of a path that follows existing edges. */
export function pathUnits(g: SearchGraph, nodes: readonly number[]): number {
  let units = 0;
  for (let i = 1; i < nodes.length; i++) {
    const cost = g.out[nodes[i - 1] ?? -1]?.get(nodes[i] ?? -1);
    if (cost === undefined) throw new RangeError(`no edge ${nodes[i - 1]} → ${nodes[i]}`);
    units += cost;
  }
  return units;
}

/**
 * The best path from → to avoiding some nodes and edges, or null. O(n²) selection: a power map has tens of
 * people, and a heap would buy nothing but code.
 */
export function shortestPath(
  g: SearchGraph,
  from: number,
  to: number,
  blockedNodes: ReadonlySet<number> = new Set(),
  blockedEdges: ReadonlySet<string> = new Set(),
): RankedPath | null {
  const best = new Map<number, RankedPath>([[from, { nodes: [from], units: 0 }]]);
  const settled = new Set<number>();
  for (;;) {
    let v = -1;
    let label: RankedPath | undefined;
    for (const [node, candidate] of best) {
      if (settled.has(node)) continue;
      if (!label || comparePaths(g, candidate, label) < 0) [v, label] = [node, candidate];
    }
    if (!label) return null;
    if (v === to) return label;
    settled.add(v);
    for (const [w, units] of g.out[v] ?? new Map<number, number>()) {
      if (settled.has(w) || blockedNodes.has(w) || blockedEdges.has(edgeKey(v, w))) continue;
      const next = { nodes: [...label.nodes, w], units: label.units + units };
      const known = best.get(w);
      if (!known || comparePaths(g, next, known) < 0) best.set(w, next);
    }
  }
}

const startsWith = (nodes: readonly number[], root: readonly number[]) => root.every((n, i) => nodes[i] === n);

/**
 * Loopless paths from → to in the order of comparePaths, best first, as many as the caller pulls (Yen's
 * algorithm: each next path leaves an earlier one at some node and takes the best way on that no earlier one took).
 */
export function* rankedPaths(g: SearchGraph, from: number, to: number): Generator<RankedPath> {
  const first = shortestPath(g, from, to);
  if (!first) return;
  const found: RankedPath[] = [first];
  yield first;
  const candidates: RankedPath[] = [];
  const seen = new Set([first.nodes.join(',')]);
  for (;;) {
    const previous = found[found.length - 1] ?? first;
    for (let j = 0; j < previous.nodes.length - 1; j++) {
      const root = previous.nodes.slice(0, j + 1);
      const spur = root[j] ?? from;
      const blockedEdges = new Set<string>();
      for (const p of found) {
        if (startsWith(p.nodes, root)) blockedEdges.add(edgeKey(spur, p.nodes[j + 1] ?? -1));
      }
      const tail = shortestPath(g, spur, to, new Set(root.slice(0, j)), blockedEdges);
      if (!tail) continue;
      const nodes = [...root.slice(0, j), ...tail.nodes];
      const key = nodes.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, units: pathUnits(g, nodes) });
    }
    if (candidates.length === 0) return;
    candidates.sort((a, b) => comparePaths(g, a, b));
    const next = candidates.shift();
    if (!next) return;
    found.push(next);
    yield next;
  }
}
