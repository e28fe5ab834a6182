import { describe, expect, test } from 'vitest';
import type { Person } from '../../shared/contract/people';
import {
  descendantsOf,
  layoutPowerMap,
  managers,
  NODE_H,
  NODE_W,
  PAD,
  type ChartLayout,
  type ChartNode,
} from '../../renderer/features/powermap/layout';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const account = id(900);

/** A stakeholder `n` reporting to `boss` (a number, or null for nobody). */
function person(n: number, boss: number | null = null): Person {
  return {
    id: id(n),
    name: `Person ${n}`,
    title: '',
    accountId: account,
    buyingRole: null,
    networkRole: null,
    attitude: 'neutral',
    influence: 'medium',
    reportsToId: boss === null ? null : id(boss),
    preferredChannel: null,
    email: '',
    phone: '',
    profileUrl: '',
    ownerId: null,
    visibility: 'team',
    side: 'stakeholder',
    connectorKind: null,
    motivation: '',
    motivationTags: [],
    weighedCriteria: [],
    relationships: [],
  };
}

const nodeOf = (layout: ChartLayout, n: number): ChartNode => {
  const node = layout.nodes.find((x) => x.person.id === id(n));
  if (!node) throw new Error(`person ${n} is not on the chart`);
  return node;
};

/** Cards at the same depth must not overlap: the chart is unreadable otherwise. */
function expectNoOverlap(layout: ChartLayout) {
  for (const a of layout.nodes) {
    for (const b of layout.nodes) {
      if (a === b || a.y !== b.y) continue;
      expect(Math.abs(a.x - b.x), `${a.person.name} and ${b.person.name}`).toBeGreaterThanOrEqual(NODE_W);
    }
  }
}

/** Every card inside the drawing, with the padding on the left and top. */
function expectInside(layout: ChartLayout) {
  expect(Math.min(...layout.nodes.map((n) => n.x))).toBe(PAD);
  expect(Math.min(...layout.nodes.map((n) => n.y))).toBe(PAD);
  for (const n of layout.nodes) {
    expect(n.x + NODE_W).toBeLessThanOrEqual(layout.width - PAD);
    expect(n.y + NODE_H).toBeLessThanOrEqual(layout.height - PAD);
  }
}

describe('power map layout', () => {
  test('no stakeholders, no chart', () => {
    expect(layoutPowerMap([])).toEqual({ nodes: [], links: [], width: 0, height: 0 });
  });

  test('one person is one card inside its padding', () => {
    const layout = layoutPowerMap([person(1)]);
    expect(layout.nodes).toHaveLength(1);
    expect(nodeOf(layout, 1)).toMatchObject({ x: PAD, y: PAD, depth: 0, parentId: null, childIds: [] });
    expect(layout).toMatchObject({ links: [], width: NODE_W + 2 * PAD, height: NODE_H + 2 * PAD });
  });

  test('a reports-to tree puts managers above their reports, and no cards overlap', () => {
    // 1 CEO; 2 CFO and 3 CTO report to 1; 4, 5, 6 report to 3; 7 reports to 2.
    const people = [person(4, 3), person(1), person(5, 3), person(2, 1), person(7, 2), person(3, 1), person(6, 3)];
    const layout = layoutPowerMap(people);
    expect(layout.nodes).toHaveLength(people.length);
    for (const node of layout.nodes) {
      if (!node.parentId) continue;
      const boss = layout.nodes.find((n) => n.person.id === node.parentId);
      expect(boss?.y).toBeLessThan(node.y);
      expect(boss?.depth).toBe(node.depth - 1);
      expect(boss?.childIds).toContain(node.person.id);
    }
    expect([1, 2, 3, 4, 7].map((n) => nodeOf(layout, n).depth)).toEqual([0, 1, 1, 2, 2]);
    expect(nodeOf(layout, 3).childIds.sort()).toEqual([id(4), id(5), id(6)]);
    // A manager sits over the middle of their team.
    const team = [4, 5, 6].map((n) => nodeOf(layout, n).x);
    expect(nodeOf(layout, 3).x).toBeCloseTo((Math.min(...team) + Math.max(...team)) / 2);
    expectNoOverlap(layout);
    expectInside(layout);
  });

  test('each report hangs from its manager by an elbow from the bottom middle to the top middle', () => {
    const layout = layoutPowerMap([person(1), person(2, 1), person(3, 1)]);
    expect(layout.links.map((l) => l.id).sort()).toEqual([id(2), id(3)]);
    const boss = nodeOf(layout, 1);
    for (const n of [2, 3]) {
      const report = nodeOf(layout, n);
      const d = layout.links.find((l) => l.id === id(n))?.d ?? '';
      const [x1, y1, mid, x2, y2] = (d.match(/-?[\d.]+/g) ?? []).map(Number);
      expect(d).toMatch(/^M[\d.-]+,[\d.-]+V[\d.-]+H[\d.-]+V[\d.-]+$/);
      expect([x1, y1]).toEqual([boss.x + NODE_W / 2, boss.y + NODE_H]);
      expect([x2, y2]).toEqual([report.x + NODE_W / 2, report.y]);
      expect(mid).toBeGreaterThan(y1 ?? 0);
      expect(mid).toBeLessThan(y2 ?? 0);
    }
  });

  test('people whose manager is not on this chart (another account, the trash, private) are roots', () => {
    // 2 reports to 50, who is not among the people handed to the chart.
    const layout = layoutPowerMap([person(1), person(2, 50), person(3, 2)]);
    expect(nodeOf(layout, 2)).toMatchObject({ depth: 0, y: PAD, parentId: null, childIds: [id(3)] });
    expect(nodeOf(layout, 1)).toMatchObject({ depth: 0, y: PAD, parentId: null });
    expect(nodeOf(layout, 3)).toMatchObject({ depth: 1, parentId: id(2) });
    expect(layout.links.map((l) => l.id)).toEqual([id(3)]);
    expectNoOverlap(layout);
    expectInside(layout);
  });

  test('several trees sit side by side without overlapping', () => {
    const people = [person(1), person(2, 1), person(3, 1), person(10), person(11, 10), person(12, 10), person(13, 10)];
    const layout = layoutPowerMap(people);
    const roots = layout.nodes.filter((n) => n.parentId === null).map((n) => n.person.id);
    expect(roots.sort()).toEqual([id(1), id(10)]);
    expectNoOverlap(layout);
    expectInside(layout);
  });

  test('a reporting loop (which a merged file can carry) is cut: everyone is drawn, once, and it ends', () => {
    const layout = layoutPowerMap([person(1, 2), person(2, 3), person(3, 1)]);
    expect(layout.nodes.map((n) => n.person.id).sort()).toEqual([id(1), id(2), id(3)]);
    expect(layout.nodes.filter((n) => n.parentId === null)).toHaveLength(1);
    expect(layout.links).toHaveLength(2);
    expectInside(layout);
  });

  test('someone reporting to themself is a root', () => {
    const layout = layoutPowerMap([person(1, 1), person(2, 1)]);
    expect(nodeOf(layout, 1)).toMatchObject({ parentId: null, depth: 0, childIds: [id(2)] });
  });

  test('cutting a loop keeps the people who report into it where they are', () => {
    // 3 reports to 1, who is in a loop with 2; 3 is listed first, so it is looked at before the loop is cut.
    const layout = layoutPowerMap([person(3, 1), person(1, 2), person(2, 1)]);
    expect(nodeOf(layout, 3).parentId).toBe(id(1));
    expect(layout.nodes.filter((n) => n.parentId === null)).toHaveLength(1);
    expect(layout.nodes).toHaveLength(3);
  });
});

describe('managers and descendants', () => {
  test('managers are only those on the chart', () => {
    const parent = managers([person(1), person(2, 1), person(3, 99)]);
    expect([...parent]).toEqual([
      [id(1), null],
      [id(2), id(1)],
      [id(3), null],
    ]);
  });

  test('every loop is cut exactly once, whatever order people come in', () => {
    // 1 → 2 → 3 → 1 is the loop; 5 → 4 → 3 hang from it.
    const [p1, p2, p3, p4, p5] = [person(1, 2), person(2, 3), person(3, 1), person(4, 3), person(5, 4)];
    for (const people of [
      [p1, p2, p3, p4, p5],
      [p5, p4, p3, p2, p1],
      [p4, p2, p5, p1, p3],
    ]) {
      const parent = managers(people);
      expect([...parent.values()].filter((up) => up === null)).toHaveLength(1);
      // 4 and 5 are not in the loop: they keep their managers.
      expect([parent.get(id(4)), parent.get(id(5))]).toEqual([id(3), id(4)]);
    }
  });

  test("a person's descendants are their direct and indirect reports, never themself", () => {
    const people = [person(1), person(2, 1), person(3, 2), person(4, 3), person(5, 1), person(6)];
    expect([...descendantsOf(people, id(2))].sort()).toEqual([id(3), id(4)]);
    expect([...descendantsOf(people, id(1))].sort()).toEqual([id(2), id(3), id(4), id(5)]);
    expect(descendantsOf(people, id(6)).size).toBe(0);
  });

  test('descendants of someone in a loop end, and do not include themself', () => {
    const below = descendantsOf([person(1, 2), person(2, 1), person(3, 2)], id(1));
    expect(below.has(id(1))).toBe(false);
    expect(below.size).toBeLessThanOrEqual(2);
  });
});
