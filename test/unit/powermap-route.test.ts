import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findRoutes, prepareRouteGraph } from '../../shared/powermap/route';
import { rankedPaths } from '../../shared/powermap/route-search';
import type { Route, RouteGraph, RoutePerson, RouteResult, Strength } from '../../shared/powermap/route-types';
import { clampStrength, hopCost, hopUnits, strengthWeights } from '../../shared/powermap/route-weights';
import { connector, decider, graph, knows, link, member, randomGraph, stakeholder, visibleTo } from './powermap-graph';

const dana = member('m-dana', 'Dana');
const bea = member('m-bea', 'Bea');
const ada = member('m-ada', 'Ada');
const cfo = decider('p-cfo', 'Anna Berg', 'CFO');
const maria = stakeholder('p-maria', 'Maria');
const jon = stakeholder('p-jon', 'Jon');

/** A partial match, typed as what it is: a matcher, not a value. */
const like = (o: object): unknown => expect.objectContaining(o);

const only = (results: RouteResult[]): RouteResult => {
  expect(results).toHaveLength(1);
  return results[0] as RouteResult;
};
const routesOf = (g: RouteGraph, k?: number): Route[] => {
  const result = only(findRoutes(g, k === undefined ? {} : { k }));
  if (result.kind !== 'routes') throw new Error(`expected routes, got ${JSON.stringify(result)}`);
  return result.routes;
};
/** A route as the ids it passes, private steps as "private(owners)". */
const trail = (r: Route) => [
  r.member.id,
  ...r.steps.map((s) =>
    s.kind === 'private' ? `private(${s.owners.map((o) => o.name).join(',')})>${s.to.id}` : s.to.id,
  ),
];

describe('weights', () => {
  test('each strength is a chance in (0, 1), stronger is likelier, and rows outside the scale are clamped', () => {
    for (const s of [1, 2, 3] as const) expect(strengthWeights[s]).toBeGreaterThan(0);
    expect(strengthWeights[1]).toBeLessThan(strengthWeights[2]);
    expect(strengthWeights[2]).toBeLessThan(strengthWeights[3]);
    expect(strengthWeights[3]).toBeLessThan(1);
    expect([0, -1, Number.NaN, 1, 2, 2.5, 3, 9].map(clampStrength)).toEqual([null, null, null, 1, 2, 2, 3, 3]);
  });

  test('the orderings the weights promise: a warm introduction beats a cold acquaintance, knowing well beats both', () => {
    expect(strengthWeights[3] ** 2).toBeGreaterThan(strengthWeights[1]);
    expect(strengthWeights[2]).toBeGreaterThan(strengthWeights[3] ** 2);
  });
});

describe('route finder', () => {
  test('a direct relationship is a one-step route with its own cost and chance', () => {
    const [route, ...rest] = routesOf(
      graph({ members: [dana], people: [cfo], relationships: [knows(dana.id, cfo.id, 2)] }),
    );
    expect(rest).toEqual([]);
    expect(route?.steps).toEqual([
      {
        kind: 'knows',
        from: { type: 'member', id: dana.id, name: 'Dana' },
        to: like({ id: cfo.id }),
        strength: 2,
      },
    ]);
    expect(route?.cost).toBeCloseTo(hopCost(2), 12);
    expect(route?.chance).toBeCloseTo(0.65, 12);
    expect(route?.hops).toBe(1);
  });

  test('two trusted hops beat a cold acquaintance; knowing the target well beats two trusted hops', () => {
    const people = [cfo, maria];
    const introduction = [knows(bea.id, maria.id, 3)];
    const links = [link(maria.id, 'influences', cfo.id, 3)];
    const cold = routesOf(
      graph({ members: [bea, dana], people, links, relationships: [...introduction, knows(dana.id, cfo.id, 1)] }),
    );
    expect(cold.map(trail)).toEqual([
      [bea.id, maria.id, cfo.id],
      [dana.id, cfo.id],
    ]);
    expect(cold[0]?.cost).toBeCloseTo(2 * hopCost(3), 12);
    const warm = routesOf(
      graph({ members: [bea, dana], people, links, relationships: [...introduction, knows(dana.id, cfo.id, 2)] }),
    );
    expect(warm.map(trail)[0]).toEqual([dana.id, cfo.id]);
  });

  test('equal costs go to fewer hops… and then to names, whatever the order of the rows', () => {
    // Ada (2) → Jon (3) → CFO costs exactly what Dana (3) → Maria (2) → CFO costs: the same hops in another order.
    const g = graph({
      members: [dana, ada],
      people: [cfo, maria, jon],
      relationships: [knows(dana.id, maria.id, 3), knows(ada.id, jon.id, 2)],
      links: [link(maria.id, 'influences', cfo.id, 2), link(jon.id, 'influences', cfo.id, 3)],
    });
    const routes = routesOf(g);
    expect(routes.map(trail)).toEqual([
      [ada.id, jon.id, cfo.id],
      [dana.id, maria.id, cfo.id],
    ]);
    expect(routes[0]?.cost).toBe(routes[1]?.cost);
    const reversed = graph({
      members: [...g.members].reverse(),
      people: [...g.people].reverse(),
      relationships: [...g.relationships].reverse(),
      links: [...g.links].reverse(),
    });
    expect(findRoutes(reversed)).toEqual(findRoutes(g));

    const twoMembers = routesOf(
      graph({
        members: [dana, ada],
        people: [cfo],
        relationships: [knows(dana.id, cfo.id, 2), knows(ada.id, cfo.id, 2)],
      }),
    );
    expect(twoMembers.map((r) => r.member.name)).toEqual(['Ada', 'Dana']);
  });

  test('cycles, self-loops and duplicate links: loopless routes, the strongest duplicate, one route per way', () => {
    const routes = routesOf(
      graph({
        members: [dana],
        people: [cfo, maria, jon],
        relationships: [knows(dana.id, maria.id, 2), knows(dana.id, maria.id, 1)],
        links: [
          link(maria.id, 'influences', jon.id, 2),
          link(jon.id, 'influences', maria.id, 2),
          link(maria.id, 'influences', maria.id, 3),
          link(jon.id, 'influences', cfo.id, 1),
          link(jon.id, 'influences', cfo.id, 3),
          link(cfo.id, 'trusts', jon.id, 2),
        ],
      }),
    );
    expect(routes.map(trail)).toEqual([[dana.id, maria.id, jon.id, cfo.id]]);
    expect(routes[0]?.steps.map((s) => (s.kind === 'private' ? s.strengths : s.strength))).toEqual([2, 2, 3]);
    expect(routes[0]?.steps[2]?.kind).toBe('influences');
  });

  test('trust carries from the trusted to the one who trusts; at-odds links carry nothing', () => {
    const trusted = routesOf(
      graph({
        members: [dana],
        people: [cfo, maria],
        relationships: [knows(dana.id, maria.id, 2)],
        links: [link(cfo.id, 'trusts', maria.id, 3)],
      }),
    );
    expect(trusted[0]?.steps[1]).toMatchObject({
      kind: 'is_trusted_by',
      from: { id: maria.id },
      to: { id: cfo.id },
      strength: 3,
    });

    for (const links of [
      [link(maria.id, 'trusts', cfo.id, 3)],
      [link(maria.id, 'at_odds_with', cfo.id, 3)],
      [link(cfo.id, 'at_odds_with', maria.id, 3)],
    ]) {
      const result = only(
        findRoutes(
          graph({ members: [dana], people: [cfo, maria], relationships: [knows(dana.id, maria.id, 3)], links }),
        ),
      );
      expect(result.kind).toBe('no_route');
    }
  });

  test('an unreachable target is an explicit "no route", with the named people whose word carries to it', () => {
    const result = only(
      findRoutes(
        graph({
          viewerId: dana.id,
          members: [dana],
          people: [cfo, maria, jon, stakeholder('p-pia', 'Pia', { visibility: 'private', ownerId: bea.id })],
          links: [
            link(maria.id, 'influences', cfo.id, 1),
            link(cfo.id, 'trusts', jon.id, 3),
            link('p-pia', 'influences', cfo.id, 3),
          ],
        }),
      ),
    );
    expect(result).toEqual({
      kind: 'no_route',
      target: like({ id: cfo.id }),
      nearest: [
        { person: like({ id: jon.id }), link: 'is_trusted_by' },
        { person: like({ id: maria.id }), link: 'influences' },
      ],
    });
    expect(JSON.stringify(result)).not.toContain('Pia');
  });

  test("another member's private contact is an anonymous step naming only its owner; the viewer's own is named", () => {
    const pia = connector('p-pia', 'Pia Secret', {
      title: 'Former CFO of the group',
      visibility: 'private',
      ownerId: bea.id,
    });
    const g = (viewerId: string | null) =>
      graph({
        viewerId,
        members: [dana, bea],
        people: [cfo, pia],
        relationships: [knows(bea.id, pia.id, 3)],
        links: [link(pia.id, 'influences', cfo.id, 3)],
      });

    const seenByDana = only(findRoutes(g(dana.id)));
    expect(seenByDana.kind === 'routes' && seenByDana.routes.map(trail)).toEqual([[bea.id, `private(Bea)>${cfo.id}`]]);
    expect(seenByDana.kind === 'routes' && seenByDana.routes[0]?.steps[0]).toMatchObject({
      kind: 'private',
      strengths: [3, 3],
    });
    for (const secret of ['Pia', 'p-pia', 'Former CFO', '"side":"connector"', '"partner"'])
      expect(JSON.stringify(seenByDana)).not.toContain(secret);
    expect(only(findRoutes(g(null)))).toEqual(seenByDana);

    const seenByBea = only(findRoutes(g(bea.id)));
    expect(seenByBea.kind === 'routes' && seenByBea.routes.map(trail)).toEqual([[bea.id, pia.id, cfo.id]]);
  });

  test('routes that read the same (two private contacts of one owner) come out once', () => {
    const secret = (id: string) => stakeholder(id, id, { visibility: 'private', ownerId: bea.id });
    const routes = routesOf(
      graph({
        viewerId: dana.id,
        members: [dana, bea],
        people: [cfo, secret('p-s1'), secret('p-s2')],
        relationships: [knows(bea.id, 'p-s1', 3), knows(bea.id, 'p-s2', 2)],
        links: [link('p-s1', 'influences', cfo.id, 3), link('p-s2', 'influences', cfo.id, 3)],
      }),
    );
    expect(routes).toHaveLength(1);
    expect(routes[0]?.steps[0]).toMatchObject({ kind: 'private', strengths: [3, 3] });
  });

  test('k routes, best first: three by default, as many as asked, fewer when fewer exist', () => {
    const people = [cfo, ...[1, 2, 3, 4].map((i) => stakeholder(`p-${i}`, `Person ${i}`))];
    const g = graph({
      members: [dana],
      people,
      relationships: [1, 2, 3, 4].map((i) => knows(dana.id, `p-${i}`, 2)),
      links: [1, 2, 3, 4].map((i) => link(`p-${i}`, 'influences', cfo.id, i === 4 ? 3 : 1)),
    });
    const three = routesOf(g);
    expect(three.map(trail)).toEqual([
      [dana.id, 'p-4', cfo.id],
      [dana.id, 'p-1', cfo.id],
      [dana.id, 'p-2', cfo.id],
    ]);
    expect(routesOf(g, 1).map(trail)).toEqual([[dana.id, 'p-4', cfo.id]]);
    expect(routesOf(g, 10)).toHaveLength(4);
  });

  test('targets: decision makers then economic buyers by name; private ones of others are not there at all', () => {
    const g = graph({
      viewerId: dana.id,
      members: [dana],
      people: [
        decider('p-eb', 'Eve', 'Finance director', 'economic_buyer'),
        decider('p-dm2', 'Zoe', 'CEO'),
        decider('p-dm1', 'Ben', 'COO'),
        stakeholder('p-hidden', 'Hidden', { buyingRole: 'decision_maker', visibility: 'private', ownerId: bea.id }),
        stakeholder('p-mine', 'Mine', { buyingRole: 'decision_maker', visibility: 'private', ownerId: dana.id }),
        stakeholder('p-user', 'Uma', { buyingRole: 'user' }),
      ],
    });
    expect(findRoutes(g).map((r) => r.target.name)).toEqual(['Ben', 'Mine', 'Zoe', 'Eve']);
    expect(findRoutes(g, { targetRoles: ['user'] }).map((r) => r.target.name)).toEqual(['Uma']);
    expect(findRoutes(g, { targetIds: ['p-user', 'p-hidden'] }).map((r) => r.target.name)).toEqual(['Uma']);
  });

  test('rows pointing nowhere and strengths of 0 are ignored', () => {
    const result = only(
      findRoutes(
        graph({
          members: [dana],
          people: [cfo],
          relationships: [
            knows(dana.id, 'p-gone', 3),
            knows('m-gone', cfo.id, 3),
            { memberId: dana.id, personId: cfo.id, strength: 0 as 1 },
          ],
          links: [link('p-gone', 'influences', cfo.id, 3)],
        }),
      ),
    );
    expect(result).toEqual({ kind: 'no_route', target: like({ id: cfo.id }), nearest: [] });
  });
});

// ---- Properties on random small graphs, against a brute force that knows only the rules of the brief. ----

/** The hops the brief allows, strongest per ordered pair: member knows person; influences a→b; trusts a→b carries b→a. */
function allowedHops(g: RouteGraph): Map<string, Strength> {
  const hops = new Map<string, Strength>();
  const add = (from: string, to: string, s: Strength) => {
    if (from !== to) hops.set(`${from}>${to}`, Math.max(hops.get(`${from}>${to}`) ?? 0, s) as Strength);
  };
  for (const r of g.relationships) add(r.memberId, r.personId, r.strength);
  for (const l of g.links) {
    if (l.kind === 'influences') add(l.fromId, l.toId, l.strength);
    if (l.kind === 'trusts') add(l.toId, l.fromId, l.strength);
  }
  return hops;
}

/** Every loopless path from any member to the target, with its cost in micro-units and in nepers. */
function bruteForce(g: RouteGraph, targetId: string) {
  const hops = allowedHops(g);
  const paths: { nodes: string[]; units: number; cost: number }[] = [];
  const walk = (nodes: string[], units: number, cost: number) => {
    const at = nodes[nodes.length - 1] ?? '';
    if (at === targetId) return void paths.push({ nodes, units, cost });
    for (const p of g.people) {
      const s = hops.get(`${at}>${p.id}`);
      if (s !== undefined && !nodes.includes(p.id)) walk([...nodes, p.id], units + hopUnits(s), cost + hopCost(s));
    }
  };
  for (const m of g.members) walk([m.id], 0, 0);
  return paths.sort((a, b) => a.units - b.units || a.nodes.length - b.nodes.length);
}

describe('route finder, properties', () => {
  test('routes use only allowed hops between people the viewer may name, cost what their hops cost, and none is cheaper', () => {
    fc.assert(
      fc.property(randomGraph, fc.integer({ min: 1, max: 4 }), (g, k) => {
        const hops = allowedHops(g);
        const people = new Map(g.people.map((p) => [p.id, p]));
        const hidden = g.people.filter((p) => !visibleTo(g.viewerId, p));
        const results = findRoutes(g, { k });
        for (const result of results) {
          expect(visibleTo(g.viewerId, people.get(result.target.id) as RoutePerson)).toBe(true);
          const all = bruteForce(g, result.target.id);
          if (result.kind === 'no_route') {
            expect(all).toEqual([]);
            continue;
          }
          expect(result.routes.length).toBeGreaterThan(0);
          expect(result.routes.length).toBeLessThanOrEqual(k);
          expect(result.routes[0]?.cost).toBeCloseTo(all[0]?.cost ?? Number.NaN, 9);
          let previous = -Infinity;
          for (const route of result.routes) {
            expect(route.cost).toBeGreaterThanOrEqual(previous - 1e-9);
            previous = route.cost;
            let at: string = route.member.id;
            let cost = 0;
            let count = 0;
            for (const step of route.steps) {
              expect(step.from.id).toBe(at);
              if (step.to.type === 'person')
                expect(visibleTo(g.viewerId, people.get(step.to.id) as RoutePerson)).toBe(true);
              if (step.kind === 'private') {
                expect(step.strengths.length).toBeGreaterThanOrEqual(2);
                for (const o of step.owners) expect(g.members.map((m) => m.id)).toContain(o.id);
                step.strengths.forEach((s) => (cost += hopCost(s)));
                count += step.strengths.length;
              } else {
                expect(hops.get(`${step.from.id}>${step.to.id}`)).toBe(step.strength);
                expect(step.kind === 'knows').toBe(step.from.type === 'member');
                cost += hopCost(step.strength);
                count += 1;
              }
              at = step.to.id;
            }
            expect(at).toBe(result.target.id);
            expect(route.cost).toBeCloseTo(cost, 9);
            expect(route.hops).toBe(count);
          }
        }
        const text = JSON.stringify(results);
        for (const p of hidden) for (const secret of [p.id, p.name, p.title]) expect(text).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });

  test("Yen's order is the brute force's order: the n-th path costs the n-th cheapest, down to the last one", () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const prepared = prepareRouteGraph(g);
        for (const target of g.people) {
          const index = prepared.personIndex.get(target.id) ?? -1;
          const ids = (nodes: number[]) =>
            nodes.slice(1).map((n) => {
              const node = prepared.nodes[n];
              return node?.type === 'member' ? node.member.id : node?.type === 'person' ? node.person.id : '?';
            });
          const yen = [...rankedPaths(prepared.search, 0, index)].map((p) => ({ nodes: ids(p.nodes), units: p.units }));
          const all = bruteForce(g, target.id);
          expect(yen.map((p) => p.units)).toEqual(all.map((p) => p.units));
          expect(new Set(yen.map((p) => p.nodes.join(','))).size).toBe(yen.length);
          expect(yen.map((p) => p.nodes.join(',')).sort()).toEqual(all.map((p) => p.nodes.join(',')).sort());
        }
      }),
      { numRuns: 200 },
    );
  });

  test('the same graph in any row order gives the same routes', () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const reversed = {
          ...g,
          members: [...g.members].reverse(),
          people: [...g.people].reverse(),
          relationships: [...g.relationships].reverse(),
          links: [...g.links].reverse(),
        };
        expect(findRoutes(reversed, { k: 4 })).toEqual(findRoutes(g, { k: 4 }));
      }),
      { numRuns: 200 },
    );
  });
});
