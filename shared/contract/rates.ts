/**
 * Exchange rates to the home currency (the settings currency), entered by hand or imported from a CSV, and the
 * `Conversion` every value figure of the review carries: which rates it used, which cases had none.
 * Changes with: electron/services/rates.ts, electron/review/conversion.ts, renderer/features/settings/CurrenciesSection.tsx.
 */
import { z } from 'zod';
import { ById, CurrencyCode, Day, Id, Timestamp } from './common';
import { method, mutation } from './define';

export const Rate = z.object({
  id: Id,
  currency: CurrencyCode,
  /** The currency it converts to: the home currency when it was entered. */
  home: CurrencyCode,
  /** One unit of `currency` is worth this many units of `home`. */
  rate: z.number().positive(),
  /** The first day it holds; it holds until the pair's next rate. */
  fromOn: Day,
  updatedAt: Timestamp,
});
export type Rate = z.infer<typeof Rate>;

export const RateInput = z.object({
  id: Id.optional(),
  currency: CurrencyCode,
  rate: z
    .number({ error: 'Enter a rate, e.g. 0.92' })
    .positive({ error: 'A rate is more than zero' })
    .max(1e9, { error: 'Too large for a rate' }),
  fromOn: Day,
});
export type RateInput = z.input<typeof RateInput>;

export const RatesList = z.object({
  home: CurrencyCode,
  /** Rates to the home currency, by currency, newest first. */
  rates: z.array(Rate),
  /** Rates kept for another home currency (entered before the setting changed, or by a teammate): not used. */
  elsewhere: z.array(z.object({ home: CurrencyCode, count: z.int() })),
});

export const RatesImportResult = z.object({
  added: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  /** Rows not imported, each with its line in the file and what is wrong. */
  errors: z.array(z.object({ line: z.int(), message: z.string() })),
});
export type RatesImportResult = z.infer<typeof RatesImportResult>;

/** A currency the cases use that the rates leave short: some of its cases no rate converts. */
export const UnratedCurrency = z.object({
  currency: z.string(),
  /** Live cases in this currency, any outcome. */
  cases: z.int(),
  /** Of those, the ones no rate converts: decided (open ones: today) before its first rate, or it has none. */
  unconverted: z.int(),
  /** The first day of its earliest rate; null when it has none. */
  firstRateOn: Day.nullable(),
  /** The earliest decision day among the cases not converted: a rate from then on converts them all. */
  neededFrom: Day,
});
export type UnratedCurrency = z.infer<typeof UnratedCurrency>;

/** Which rates a value figure used and which cases it could not convert (and so left out). */
export const Conversion = z.object({
  home: CurrencyCode,
  homeCases: z.int(),
  used: z.array(z.object({ currency: z.string(), rate: z.number(), fromOn: z.string(), cases: z.int() })),
  missing: z.array(z.object({ currency: z.string(), cases: z.int() })),
  /** The same in words (days as "1 Nov 2026"); '' when every case is in the home currency. */
  sentence: z.string(),
});
export type Conversion = z.infer<typeof Conversion>;

export const ratesApi = {
  'rates.list': method(
    'Exchange rates to the home currency, newest first per currency.',
    z.object({}).strict(),
    RatesList,
  ),
  'rates.unrated': method(
    'The currencies cases use that no rate converts (none at all, or only from after the cases were decided), most cases first.',
    z.object({}).strict(),
    z.array(UnratedCurrency),
  ),
  'rates.save': mutation('Add a rate, or change one (same currency and day: the rate is replaced).', RateInput, Rate, [
    'settings',
  ]),
  'rates.delete': mutation('Remove a rate (undoable with `rates.restore`).', ById, Rate, ['settings']),
  'rates.restore': mutation('Bring a removed rate back.', ById, Rate, ['settings']),
  'rates.import': mutation(
    'Import rates from CSV text (date, currency, rate columns, in any order and naming); bad rows are listed, not guessed.',
    z.object({ text: z.string().max(5_000_000, { error: 'Keep the file under 5 MB' }) }),
    RatesImportResult,
    ['settings'],
  ),
};
