/**
 * Messages from the contract and the services are written once, in ISO: "Must be a date, YYYY-MM-DD", or a day
 * such as 2026-12-02 inside a sentence. On screen they must read like the field above them, so every error the
 * UI shows passes through here: ISO days become the locale's numeric form, and the ISO pattern the locale's.
 * Changes with: shared/dates/locale-day.ts, components/Field.tsx, components/DateField.tsx.
 */
import { dayPattern, formatLocaleDay, parseLocaleDay } from '../../shared/dates/locale-day';

const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function localizeDays(message: string, locale: string | undefined): string {
  // formatLocaleDay would roll 2026-13-45 on into 2027: only a real day is rewritten.
  return message
    .replace(/YYYY-MM-DD/g, dayPattern(locale).hint)
    .replace(ISO_DAY, (day) => (parseLocaleDay(day, locale).ok ? formatLocaleDay(day, locale) : day));
}
