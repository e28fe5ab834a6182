/**
 * Who we are rated against in the criteria grid depends on how the case ended: the winner when we lost, the
 * runner-up when we won, doing nothing when the buyer made no decision. Pure, so the wording is tested.
 */
import type { Outcome } from '../../../shared/domain/vocabulary';

export interface CriteriaWording {
  /** The question above the grid. */
  question: string;
  /** The third column's heading. */
  column: string;
  /** Names one rating for screen readers: "<criterion>: <this> rating". */
  rating: string;
}

export function criteriaWording(outcome: Outcome, winner: string | undefined): CriteriaWording {
  if (outcome === 'won')
    return {
      question: 'How did the buyer rate us against the runner-up, the rival they nearly chose?',
      column: 'Runner-up',
      rating: "runner-up's",
    };
  if (outcome === 'no_decision')
    return {
      question: 'How did the buyer rate us against doing nothing, staying as they were?',
      column: 'Doing nothing',
      rating: "doing nothing's",
    };
  if (outcome === 'lost' && winner)
    return {
      question: `How did the buyer rate us against ${winner}, who won?`,
      column: `${winner} (winner)`,
      rating: "winner's",
    };
  if (outcome === 'lost')
    return { question: 'How did the buyer rate us against the winner?', column: 'Winner', rating: "winner's" };
  return {
    question: 'How did the buyer rate us against the best rival?',
    column: 'Best rival',
    rating: "best rival's",
  };
}
