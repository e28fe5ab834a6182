/** The debrief's criteria grid starts from what the people involved weigh: who, how much, most weighed first. */
import { expect, test } from 'vitest';
import { importanceWord, peopleCriteria } from '../../renderer/features/debrief/people-criteria';

const criteria = [
  { id: 'price', name: 'Price', position: 0 },
  { id: 'fit', name: 'Strategy fit', position: 1 },
  { id: 'quality', name: 'Quality', position: 2 },
  { id: 'security', name: 'Security', position: 4 },
];
const person = (id: string, name: string, title: string, weighed: [string, number][]) => ({
  id,
  name,
  title,
  weighedCriteria: weighed.map(([criterionId, importance]) => ({ criterionId, importance })),
});
const people = [
  person('eva', 'Eva Berg', 'CFO', [
    ['price', 5],
    ['quality', 3],
  ]),
  person('tom', 'Tom Lind', '', [
    ['quality', 4],
    ['security', 2],
  ]),
  person('out', 'Ola Nyström', 'CEO', [['fit', 5]]),
];

test('only people involved count; most weighed first, then the list order; each says who weighs it', () => {
  expect(peopleCriteria(['eva', 'tom'], people, criteria)).toEqual([
    { criterionId: 'price', importance: 5, sentence: 'Eva Berg (CFO) weighs Price: high' },
    { criterionId: 'quality', importance: 4, sentence: 'Tom Lind weighs Quality: high; Eva Berg (CFO): medium' },
    { criterionId: 'security', importance: 2, sentence: 'Tom Lind weighs Security: low' },
  ]);
});

test('nobody involved, or nobody weighing, gives nothing: the grid starts as before', () => {
  expect(peopleCriteria([], people, criteria)).toEqual([]);
  expect(peopleCriteria(['x'], [person('x', 'X', '', [])], criteria)).toEqual([]);
  // A criterion taken off the list is not offered.
  expect(peopleCriteria(['eva'], people, criteria.slice(1))).toEqual([
    { criterionId: 'quality', importance: 3, sentence: 'Eva Berg (CFO) weighs Quality: medium' },
  ]);
  expect([1, 2, 3, 4, 5].map(importanceWord)).toEqual(['low', 'low', 'medium', 'high', 'high']);
});
