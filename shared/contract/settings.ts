/** This file's settings and the first-run set-up. */
import { z } from 'zod';
import { CurrencyCode, Empty, Id, Name, Timestamp } from './common';
import { method, mutation } from './define';

export const Settings = z.object({
  currency: CurrencyCode,
  /** Does "lost to no decision" count as a loss in the win rate? */
  countNoDecision: z.boolean(),
  firstRunDone: z.boolean(),
  meId: Id.nullable(),
  teamName: z.string(),
  /** Set on sample databases so the UI can say so and never mix them with real data. */
  isSample: z.boolean(),
  updatedAt: Timestamp.nullable(),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = z
  .object({
    currency: CurrencyCode,
    countNoDecision: z.boolean(),
    firstRunDone: z.boolean(),
    teamName: z.string().trim().max(200),
  })
  .partial();

export const settingsApi = {
  'settings.get': method("This file's settings.", Empty, Settings),
  'settings.update': mutation('Change some settings.', SettingsPatch, Settings, ['settings']),
  'setup.complete': mutation(
    'Finish the first-run start: who I am, the team name and the currency.',
    z.object({ myName: Name, teamName: z.string().trim().max(200).default(''), currency: CurrencyCode }),
    Settings,
    ['settings', 'team', 'vocabulary'],
  ),
};
