/** Team members and competitors: the people and rivals every case refers to. */
import { z } from 'zod';
import { Id, Name } from './common';
import { mutation } from './define';

export const TeamMember = z.object({ id: Id, name: z.string(), isMe: z.boolean() });
export type TeamMember = z.infer<typeof TeamMember>;

export const Competitor = z.object({ id: Id, name: z.string(), notes: z.string() });
export type Competitor = z.infer<typeof Competitor>;
export const CompetitorInput = z.object({ name: Name, notes: z.string().max(5000).default('') });

export const teamApi = {
  'team.save': mutation('Add or rename a team member.', z.object({ id: Id.optional(), name: Name }), TeamMember, [
    'team',
    'cases',
    'actions',
  ]),
  'competitors.save': mutation(
    'Add or change a competitor.',
    CompetitorInput.extend({ id: Id.optional() }),
    Competitor,
    ['competitors'],
  ),
};
