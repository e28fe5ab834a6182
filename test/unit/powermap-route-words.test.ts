import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findRoutes } from '../../shared/powermap/route';
import type { RouteGraph, RouteResult } from '../../shared/powermap/route-types';
import { privateContactWords, resultSentences, targetWords } from '../../shared/powermap/route-words';
import { connector, decider, graph, knows, link, member, randomGraph, stakeholder, visibleTo } from './powermap-graph';

const dana = member('m-dana', 'Dana');
const bea = member('m-bea', 'Bea');
const cfo = decider('p-cfo', 'Anna Berg', 'CFO');
const maria = stakeholder('p-maria', 'Maria');
const jon = stakeholder('p-jon', 'Jon');

const sentences = (g: RouteGraph): string[] => {
  const [result, ...rest] = findRoutes(g);
  expect(rest).toEqual([]);
  return resultSentences(result as RouteResult, g.viewerId);
};

describe('a route in words', () => {
  test('through a named stakeholder: who knows whom, who moves whom, whom to ask', () => {
    const g = (viewerId: string | null) =>
      graph({
        viewerId,
        members: [dana, bea],
        people: [cfo, maria],
        relationships: [knows(dana.id, maria.id, 2)],
        links: [link(maria.id, 'influences', cfo.id, 2)],
      });
    expect(sentences(g(bea.id))).toEqual([
      'Dana knows Maria well; Maria influences the CFO: ask Maria for an introduction.',
    ]);
    expect(sentences(g(dana.id))).toEqual([
      'You know Maria well; Maria influences the CFO: ask Maria for an introduction.',
    ]);
  });

  test('every strength and both link kinds have their words; a longer route asks for the next introduction', () => {
    expect(
      sentences(
        graph({
          members: [dana],
          people: [cfo, maria, jon],
          relationships: [knows(dana.id, maria.id, 3)],
          links: [link(maria.id, 'influences', jon.id, 3), link(cfo.id, 'trusts', jon.id, 1)],
        }),
      ),
    ).toEqual([
      'Maria trusts Dana; Maria has a strong influence on Jon; the CFO trusts Jon a little: ask Maria for an introduction to Jon.',
    ]);
    expect(
      sentences(
        graph({
          members: [dana],
          people: [cfo, maria],
          relationships: [knows(dana.id, maria.id, 1)],
          links: [link(maria.id, 'influences', cfo.id, 1), link(cfo.id, 'trusts', maria.id, 3)],
        }),
      ),
    ).toEqual(['Dana is acquainted with Maria; the CFO trusts Maria completely: ask Maria for an introduction.']);
  });

  test('a direct relationship needs no introduction', () => {
    const direct = (strength: 1 | 2 | 3, viewerId: string | null = null) =>
      sentences(graph({ viewerId, members: [dana], people: [cfo], relationships: [knows(dana.id, cfo.id, strength)] }));
    expect(direct(2)).toEqual(['Dana already knows the CFO well.']);
    expect(direct(2, dana.id)).toEqual(['You already know the CFO well.']);
    expect(direct(1)).toEqual(['Dana is already acquainted with the CFO.']);
    expect(direct(3)).toEqual(['The CFO already trusts Dana.']);
    expect(direct(3, dana.id)).toEqual(['The CFO already trusts you.']);
  });

  test('the target without a title goes by name', () => {
    expect(targetWords(decider('p-x', 'Olga Lind', '  '))).toBe('Olga Lind');
    expect(targetWords(cfo)).toBe('the CFO');
  });

  test('the anonymous variant names the teammate to ask, never the contact', () => {
    const pia = connector('p-pia', 'Pia Secret', { visibility: 'private', ownerId: bea.id });
    const g = (relationships = [knows(bea.id, pia.id, 3)], viewerId: string | null = dana.id) =>
      graph({
        viewerId,
        members: [dana, bea],
        people: [cfo, pia],
        relationships,
        links: [link(pia.id, 'influences', cfo.id, 3)],
      });
    expect(sentences(g())).toEqual([
      'Bea has a private contact who can help reach the CFO: ask Bea for an introduction.',
    ]);
    expect(sentences(g([knows(dana.id, pia.id, 2)]))).toEqual([
      "You can reach the CFO through a private contact of Bea's: ask Bea for an introduction.",
    ]);
    expect(sentences(g([knows(dana.id, pia.id, 2)], null))).toEqual([
      "Dana can reach the CFO through a private contact of Bea's: ask Bea for an introduction.",
    ]);
    expect(sentences(g([knows(bea.id, pia.id, 3)], bea.id))).toEqual([
      'Pia Secret trusts you; Pia Secret has a strong influence on the CFO: ask Pia Secret for an introduction.',
    ]);
  });

  test('a private contact in the middle of a route, and one nobody owns', () => {
    const hidden = stakeholder('p-h', 'Hidden Name', { visibility: 'private', ownerId: null });
    const text = sentences(
      graph({
        viewerId: dana.id,
        members: [dana],
        people: [cfo, maria, hidden],
        relationships: [knows(dana.id, maria.id, 2)],
        links: [link(maria.id, 'influences', hidden.id, 3), link(hidden.id, 'influences', cfo.id, 3)],
      }),
    );
    expect(text).toEqual([
      "You know Maria well; Maria can reach the CFO through a teammate's private contact: ask Maria for an introduction.",
    ]);
    expect(privateContactWords([bea, member('m-carl', 'Carl')], null)).toBe("private contacts of Bea's and Carl's");
    expect(privateContactWords([], null)).toBe("a teammate's private contact");
  });

  test('a first step through a contact nobody can name asks around the team', () => {
    const hidden = stakeholder('p-h', 'Hidden Name', { visibility: 'private', ownerId: null });
    expect(
      sentences(
        graph({
          members: [dana],
          people: [cfo, hidden],
          relationships: [knows(dana.id, hidden.id, 3)],
          links: [link(hidden.id, 'influences', cfo.id, 2)],
        }),
      ),
    ).toEqual(["Dana can reach the CFO through a teammate's private contact: ask around the team who it is."]);
  });

  test('no route: say so, and where to look next', () => {
    expect(
      sentences(
        graph({
          members: [dana],
          people: [cfo, maria, jon],
          links: [link(maria.id, 'influences', cfo.id, 3), link(cfo.id, 'trusts', jon.id, 2)],
        }),
      ),
    ).toEqual([
      'Nobody on the team has a way to the CFO yet: Maria influences the CFO and the CFO trusts Jon, so find someone who knows Maria or Jon.',
    ]);
    expect(sentences(graph({ members: [dana], people: [cfo] }))).toEqual([
      'Nobody on the team has a way to the CFO yet: find out whom the CFO listens to, or ask a partner, a consultant or a former colleague who knows the account.',
    ]);
  });

  test('one sentence per route, best first', () => {
    expect(
      sentences(
        graph({
          members: [dana, bea],
          people: [cfo, maria],
          relationships: [knows(bea.id, cfo.id, 1), knows(dana.id, maria.id, 3)],
          links: [link(maria.id, 'influences', cfo.id, 3)],
        }),
      ),
    ).toEqual([
      'Maria trusts Dana; Maria has a strong influence on the CFO: ask Maria for an introduction.',
      'Bea is already acquainted with the CFO.',
    ]);
  });
});

describe('route words, properties', () => {
  test('one sentence per route (or one for no route), each a sentence, none naming a private contact of others', () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const hidden = g.people.filter((p) => !visibleTo(g.viewerId, p));
        for (const result of findRoutes(g, { k: 3 })) {
          const said = resultSentences(result, g.viewerId);
          expect(said).toHaveLength(result.kind === 'routes' ? result.routes.length : 1);
          for (const sentence of said) {
            expect(sentence).toMatch(/^[A-Z«].*\.$/);
            for (const p of hidden)
              for (const secret of [p.id, p.name, p.title]) expect(sentence).not.toContain(secret);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
