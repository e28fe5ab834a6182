/**
 * The org chart's geometry as a pure function of the stakeholders: a tidy tree (d3-hierarchy) by reports-to,
 * top-down. People without a visible manager (none set, in the trash, or private to someone else) are roots,
 * hung under one invisible root so several trees sit side by side. A reporting loop (which the service refuses
 * but a merged file could carry) is cut rather than drawn forever.
 */
import { hierarchy, tree } from 'd3-hierarchy';
import type { Person } from '../../../shared/contract/people';

export const NODE_W = 256;
export const NODE_H = 156;
const GAP_X = 28;
const GAP_Y = 52;
export const PAD = 20;

export interface ChartNode {
  person: Person;
  /** Top-left corner of the card. */
  x: number;
  y: number;
  depth: number;
  parentId: string | null;
  childIds: string[];
}

export interface ChartLayout {
  nodes: ChartNode[];
  /** Elbow connectors (SVG path data) from a manager's card to each direct report's. */
  links: { id: string; d: string }[];
  width: number;
  height: number;
}

interface Datum {
  person: Person | null;
  children: Datum[];
}

/** Each person's manager if that manager is on the chart, with loops cut. */
export function managers(people: Person[]): Map<string, string | null> {
  const ids = new Set(people.map((p) => p.id));
  const parent = new Map<string, string | null>(
    people.map((p) => [p.id, p.reportsToId && ids.has(p.reportsToId) ? p.reportsToId : null]),
  );
  for (const p of people) {
    const seen = new Set<string>([p.id]);
    let up = parent.get(p.id) ?? null;
    while (up !== null) {
      if (seen.has(up)) {
        // Only a person the walk comes back to is in the loop: cut there. Someone who merely reports into a
        // loop keeps their manager; the loop is cut when the walk starts from one of its members.
        if (up === p.id) parent.set(p.id, null);
        break;
      }
      seen.add(up);
      up = parent.get(up) ?? null;
    }
  }
  return parent;
}

/** Everyone below a person (direct and indirect reports): they cannot become that person's manager. */
export function descendantsOf(people: Person[], id: string): Set<string> {
  const parent = managers(people);
  const below = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, up] of parent) {
      if (up !== null && (up === id || below.has(up)) && !below.has(child)) {
        below.add(child);
        grew = true;
      }
    }
  }
  return below;
}

export function layoutPowerMap(people: Person[]): ChartLayout {
  if (people.length === 0) return { nodes: [], links: [], width: 0, height: 0 };
  const parent = managers(people);
  const datum = new Map<string, Datum>(people.map((p) => [p.id, { person: p, children: [] }]));
  const top: Datum = { person: null, children: [] };
  for (const p of people) {
    const up = parent.get(p.id);
    const node = datum.get(p.id);
    if (!node) continue;
    (up ? (datum.get(up) ?? top) : top).children.push(node);
  }

  const root = tree<Datum>()
    .nodeSize([NODE_W + GAP_X, NODE_H + GAP_Y])
    // Cousins sit a little further apart than siblings, so each manager's team reads as a group.
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.15))(hierarchy(top, (d) => d.children));

  const placed = root.descendants().filter((n) => n.data.person !== null);
  const minX = Math.min(...placed.map((n) => n.x));
  const maxX = Math.max(...placed.map((n) => n.x));
  const maxDepth = Math.max(...placed.map((n) => n.depth));
  const left = (x: number) => x - minX + PAD;
  const topOf = (depth: number) => (depth - 1) * (NODE_H + GAP_Y) + PAD;

  const nodes: ChartNode[] = placed.map((n) => {
    const person = n.data.person as Person;
    return {
      person,
      x: left(n.x),
      y: topOf(n.depth),
      depth: n.depth - 1,
      parentId: parent.get(person.id) ?? null,
      childIds: (n.children ?? []).map((c) => (c.data.person as Person).id),
    };
  });

  const links = placed
    .filter((n) => n.parent && n.parent.data.person)
    .map((n) => {
      const from = n.parent as NonNullable<typeof n.parent>;
      const x1 = left(from.x) + NODE_W / 2;
      const y1 = topOf(from.depth) + NODE_H;
      const x2 = left(n.x) + NODE_W / 2;
      const y2 = topOf(n.depth);
      const mid = y1 + (y2 - y1) / 2;
      return { id: (n.data.person as Person).id, d: `M${x1},${y1}V${mid}H${x2}V${y2}` };
    });

  return {
    nodes,
    links,
    width: maxX - minX + NODE_W + PAD * 2,
    height: maxDepth * (NODE_H + GAP_Y) - GAP_Y + PAD * 2,
  };
}
