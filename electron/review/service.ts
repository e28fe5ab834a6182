/**
 * `review.summary`: the learning summary for a scope and period, from this file's settings (currency, whether
 * no decision counts as a loss) and today's date in the user's calendar. The figures are built in
 * electron/review/; this file only hands them what they need.
 * Changes with: shared/contract/review.ts, electron/review/summary.ts.
 */
import { buildSummary } from './summary';
import type { HandlerMap } from '../services/handler';
import { today } from '../services/rows';
import { readSettings } from '../services/settings';

export const reviewHandlers: HandlerMap<'review'> = {
  'review.summary': (ctx, scope) => {
    const settings = readSettings(ctx);
    return buildSummary(ctx.sqlite, scope, {
      today: today(ctx),
      generatedAt: ctx.now().toISOString(),
      currency: settings.currency,
      countNoDecision: settings.countNoDecision,
    });
  },
};
