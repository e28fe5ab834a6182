/**
 * `review.summary`: the learning summary for a scope and period, from this file's settings (currency, whether
 * no decision counts as a loss) and today's date in the user's calendar. The figures are built in
 * electron/analytics/; this file only hands them what they need.
 * Changes with: shared/contract/review.ts, electron/analytics/summary.ts.
 */
import { buildSummary } from '../analytics/summary';
import type { HandlerMap } from './handler';
import { today } from './rows';
import { readSettings } from './settings';

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
