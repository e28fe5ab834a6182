import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buyingRoles, type BuyingRole } from '../../shared/domain/vocabulary';
import { coverage, defaultStepRoles, rolesForStep, type CoverageStep } from '../../shared/powermap/coverage';
import { clampStrength } from '../../shared/powermap/route-weights';
import { decider, graph, knows, link, member, randomGraph, stakeholder, visibleTo } from './powermap-graph';

const dana = member('m-dana', 'Dana');
const bea = member('m-bea', 'Bea');
const cfo = decider('p-cfo', 'Anna Berg', 'CFO');
const ceo = decider('p-ceo', 'Olof Ek', 'CEO', 'decision_maker');
const jon = stakeholder('p-jon', 'Jon', { title: 'CTO', buyingRole: 'technical_buyer' });
const uma = stakeholder('p-uma', 'Uma', { buyingRole: 'user' });
const maria = stakeholder('p-maria', 'Maria');

const evaluated: CoverageStep = { id: 's-eval', name: 'Evaluated' };
const decision: CoverageStep = { id: 's-dec', name: 'Decision' };
const contract: CoverageStep = { id: 's-con', name: 'Contract' };

describe('who decides a step', () => {
  test('the default table covers the seeded steps, by name, whatever the case and spacing', () => {
    expect(rolesForStep('Decision')).toEqual(['decision_maker', 'economic_buyer']);
    expect(rolesForStep('  vendors   SHORTLISTED ')).toEqual(['technical_buyer', 'influencer']);
    expect(rolesForStep('Need recognized')).toEqual(defaultStepRoles['need recognised']);
    expect(rolesForStep('Board approval')).toEqual(['decision_maker']);
    for (const roles of Object.values(defaultStepRoles)) for (const r of roles) expect(buyingRoles).toContain(r);
  });
});

describe('coverage of the steps ahead', () => {
  test('who covers whom, step by step, in the order of the steps', () => {
    const result = coverage({
      graph: graph({
        members: [dana, bea],
        people: [cfo, ceo, jon, uma, maria],
        relationships: [
          knows(dana.id, cfo.id, 3),
          knows(bea.id, jon.id, 2),
          knows(dana.id, jon.id, 2),
          knows(bea.id, maria.id, 3),
        ],
      }),
      stepsAhead: [evaluated, decision],
    });
    expect(result.gaps).toEqual([]);
    expect(result.steps.map((s) => [s.step.name, s.status])).toEqual([
      ['Evaluated', 'covered'],
      ['Decision', 'covered'],
    ]);
    const [evaluation, decisionStep] = result.steps;
    expect(
      evaluation?.people.map((p) => [
        p.person.type === 'person' && p.person.name,
        p.role,
        p.coveredBy.map((c) => c.memberName),
      ]),
    ).toEqual([
      ['Jon', 'technical_buyer', ['Bea', 'Dana']],
      ['Uma', 'user', []],
    ]);
    expect(decisionStep?.people.map((p) => [p.person.type === 'person' && p.person.name, p.coveredBy])).toEqual([
      ['Anna Berg', [{ memberId: dana.id, memberName: 'Dana', strength: 3 }]],
      ['Olof Ek', []],
    ]);
  });

  test('gaps: nobody mapped, nobody talking (with the best route in), only acquaintances', () => {
    const result = coverage({
      graph: graph({
        viewerId: dana.id,
        members: [dana, bea],
        people: [cfo, jon, maria],
        relationships: [knows(dana.id, maria.id, 2), knows(bea.id, cfo.id, 1)],
        links: [link(maria.id, 'influences', jon.id, 3)],
      }),
      stepsAhead: [evaluated, decision, { id: 's-x', name: 'Board approval', roles: ['information_provider'] }],
    });
    expect(result.steps.map((s) => s.status)).toEqual(['uncovered', 'weak', 'unmapped']);
    expect(result.gaps).toEqual([
      {
        stepId: 's-eval',
        stepName: 'Evaluated',
        kind: 'uncovered',
        personIds: [jon.id],
        suggestion:
          'Nobody on the team talks to Jon (technical buyer), who decides “Evaluated”. You know Maria well; Maria has a strong influence on the CTO: ask Maria for an introduction.',
      },
      {
        stepId: 's-dec',
        stepName: 'Decision',
        kind: 'weak',
        personIds: [cfo.id],
        suggestion:
          'Only acquaintances cover “Decision” (Bea with Anna Berg (decision maker)): deepen one before the step comes.',
      },
      {
        stepId: 's-x',
        stepName: 'Board approval',
        kind: 'unmapped',
        personIds: [],
        suggestion: 'Nobody on the map decides “Board approval” yet: find the information provider and add them.',
      },
    ]);
  });

  test('a gap with no way in suggests looking outside the account', () => {
    const [gap] = coverage({ graph: graph({ members: [dana], people: [jon, uma] }), stepsAhead: [evaluated] }).gaps;
    expect(gap?.suggestion).toBe(
      'Nobody on the team talks to Jon (technical buyer) and Uma (user), who decide “Evaluated”. Find a way in before the step comes: a partner, a consultant or a former colleague who knows them.',
    );
  });

  test("another member's private contact covers a step without being named; one nobody knows does not count", () => {
    const secret = stakeholder('p-secret', 'Secret Name', {
      title: 'Secret title',
      buyingRole: 'economic_buyer',
      visibility: 'private',
      ownerId: bea.id,
    });
    const lonely = stakeholder('p-lonely', 'Lonely Name', {
      buyingRole: 'economic_buyer',
      visibility: 'private',
      ownerId: bea.id,
    });
    const g = (relationships = [knows(bea.id, secret.id, 2)]) =>
      graph({ viewerId: dana.id, members: [dana, bea], people: [secret, lonely], relationships });
    const covered = coverage({ graph: g(), stepsAhead: [contract] });
    expect(covered.steps[0]?.status).toBe('covered');
    expect(covered.steps[0]?.people).toEqual([
      {
        person: { type: 'private', owners: [{ id: bea.id, name: 'Bea' }] },
        role: 'economic_buyer',
        coveredBy: [{ memberId: bea.id, memberName: 'Bea', strength: 2 }],
      },
    ]);
    const weak = coverage({ graph: g([knows(bea.id, secret.id, 1)]), stepsAhead: [contract] });
    expect(weak.gaps.map((gap) => gap.suggestion)).toEqual([
      'Only acquaintances cover “Contract” (Bea with a private contact): deepen one before the step comes.',
    ]);
    expect(coverage({ graph: g([]), stepsAhead: [contract] }).steps[0]?.status).toBe('unmapped');
    for (const text of [JSON.stringify(covered), JSON.stringify(weak)]) {
      for (const leak of ['Secret', 'p-secret', 'Lonely', 'p-lonely']) expect(text).not.toContain(leak);
    }
  });

  test('no steps ahead, no gaps', () => {
    expect(coverage({ graph: graph({ members: [dana], people: [cfo] }), stepsAhead: [] })).toEqual({
      steps: [],
      gaps: [],
    });
  });
});

const stepsArb = fc.array(
  fc.record({
    id: fc.uuid(),
    name: fc.constantFrom(...Object.keys(defaultStepRoles), 'Board approval'),
    roles: fc.option(fc.subarray<BuyingRole>([...buyingRoles], { minLength: 1 }), { nil: undefined }),
  }),
  { maxLength: 6 },
);

describe('coverage, properties', () => {
  test('status follows the strongest relationship to a decider; gaps are the uncovered steps in order; no private name leaks', () => {
    fc.assert(
      fc.property(randomGraph, stepsArb, (g, stepsAhead) => {
        const result = coverage({ graph: g, stepsAhead });
        const best = new Map<string, number>();
        for (const r of g.relationships) {
          const s = clampStrength(r.strength) ?? 0;
          if (g.members.some((m) => m.id === r.memberId)) best.set(r.personId, Math.max(best.get(r.personId) ?? 0, s));
        }
        expect(result.steps.map((s) => s.step.id)).toEqual(stepsAhead.map((s) => s.id));
        stepsAhead.forEach((step, i) => {
          const roles = step.roles ?? rolesForStep(step.name);
          const deciders = g.people.filter(
            (p) =>
              p.side === 'stakeholder' &&
              p.buyingRole !== null &&
              roles.includes(p.buyingRole) &&
              (visibleTo(g.viewerId, p) || (best.get(p.id) ?? 0) > 0),
          );
          const strongest = Math.max(0, ...deciders.map((p) => best.get(p.id) ?? 0));
          const expected =
            deciders.length === 0 ? 'unmapped' : strongest >= 2 ? 'covered' : strongest === 1 ? 'weak' : 'uncovered';
          expect(result.steps[i]?.status).toBe(expected);
          expect(result.steps[i]?.people).toHaveLength(deciders.length);
        });
        expect(result.gaps.map((gap) => gap.stepId)).toEqual(
          result.steps.filter((s) => s.status !== 'covered').map((s) => s.step.id),
        );
        const text = JSON.stringify(result);
        for (const p of g.people.filter((p) => !visibleTo(g.viewerId, p))) {
          for (const secret of [p.id, p.name, p.title]) expect(text).not.toContain(secret);
        }
      }),
      { numRuns: 300 },
    );
  });
});
