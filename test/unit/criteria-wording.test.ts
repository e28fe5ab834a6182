import { expect, test } from 'vitest';
import { criteriaWording } from '../../renderer/features/debrief/criteria-wording';

test('the criteria question is worded for how the case ended', () => {
  expect(criteriaWording('won', undefined).column).toBe('Runner-up');
  expect(criteriaWording('won', undefined).question).toMatch(/against the runner-up/);
  expect(criteriaWording('no_decision', undefined)).toMatchObject({
    column: 'Doing nothing',
    rating: "doing nothing's",
  });
  expect(criteriaWording('lost', 'Liftmark')).toMatchObject({
    question: 'How did the buyer rate us against Liftmark, who won?',
    column: 'Liftmark (winner)',
  });
  expect(criteriaWording('lost', undefined).column).toBe('Winner');
  expect(criteriaWording('withdrawn', undefined).column).toBe('Best rival');
});
