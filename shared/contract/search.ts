/** "Find anything": one search over cases, accounts, people, lessons and actions. */
import { z } from 'zod';
import { Id } from './common';
import { method } from './define';

export const searchKinds = ['case', 'account', 'person', 'lesson', 'action'] as const;
export const SearchKind = z.enum(searchKinds);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchHit = z.object({
  kind: SearchKind,
  id: Id,
  /** What the hit is called: a case's title, a person's name, a lesson's text. */
  label: z.string(),
  /** Where it belongs: the customer of a case or person, the case of a lesson, an action's due date. */
  context: z.string(),
  /** The page that shows it, as a hash route. */
  href: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const searchApi = {
  'search.query': method(
    'The best matches for every word typed (each as a word start), across all kinds.',
    z.object({ text: z.string().max(200), limit: z.int().min(1).max(50).default(20) }),
    z.object({ hits: z.array(SearchHit), ms: z.number() }),
  ),
};
