/**
 * The outcome of an imported case from its stage or status text and, when the file has them, won/closed flags
 * (Salesforce IsWon/IsClosed, report "Won"/"Closed", HubSpot hs_is_closed_won). Flags win over text; a
 * disagreement is flagged so the preview can count it. Text the user mapped wins over the built-in reading.
 */
import { normaliseName } from '../../shared/text/normalise-name';

export type ImportOutcome = 'open' | 'won' | 'lost' | 'no_decision' | 'withdrawn';

export type OutcomeResult = { ok: true; outcome: ImportOutcome; disagrees: boolean } | { ok: false; reason: string };

const squash = (text: string) => normaliseName(text).replace(/[^a-z0-9]/g, '');
/** Stage texts repeat on every row: normalising them once keeps 100,000 rows fast. */
const normalisedCache = new Map<string, string>();
function cachedName(text: string): string {
  let n = normalisedCache.get(text);
  if (n === undefined) {
    n = normaliseName(text);
    if (normalisedCache.size < 10_000) normalisedCache.set(text, n);
  }
  return n;
}

/** Built-in reading: the stage names CRMs ship with for won and lost; null when the text says neither. */
export function outcomeFromText(text: string): 'won' | 'lost' | null {
  const s = squash(text.length < 40 ? cachedName(text) : text);
  if (s === 'won' || s === 'win' || s.startsWith('closedwon') || s === 'dealwon') return 'won';
  if (s === 'lost' || s === 'loss' || s.startsWith('closedlost') || s === 'deallost') return 'lost';
  return null;
}

/** TRUE/FALSE, true/false, 1/0 (and yes/no): undefined when blank, null when unreadable. */
export function parseFlag(text: string | undefined): boolean | null | undefined {
  const s = (text ?? '').trim().toLowerCase();
  if (s === '') return undefined;
  if (['true', '1', 'yes', 'y', 't'].includes(s)) return true;
  if (['false', '0', 'no', 'n', 'f'].includes(s)) return false;
  return null;
}

export interface OutcomeInput {
  text: string | undefined;
  won: string | undefined;
  closed: string | undefined;
  /** The mapping's `values.outcome`, keys already normalised with normaliseName. */
  mapped: Map<string, ImportOutcome>;
}

export function decideOutcome(input: OutcomeInput): OutcomeResult {
  const fromText =
    input.text === undefined ? null : (input.mapped.get(cachedName(input.text)) ?? outcomeFromText(input.text));
  const won = parseFlag(input.won);
  const closed = parseFlag(input.closed);
  if (won === null || closed === null) return { ok: false, reason: 'cannot read the won/closed flag' };
  let fromFlags: ImportOutcome | null = null;
  if (won === true) fromFlags = 'won';
  else if (closed === false) fromFlags = 'open';
  else if (closed === true)
    fromFlags = fromText !== null && fromText !== 'won' && fromText !== 'open' ? fromText : 'lost';
  else if (won === false) fromFlags = fromText === 'won' ? 'open' : (fromText ?? 'open');
  if (fromFlags === null) return { ok: true, outcome: fromText ?? 'open', disagrees: false };
  // Text that names no outcome (a custom stage) cannot disagree; only a recognised or mapped one can.
  return { ok: true, outcome: fromFlags, disagrees: fromText !== null && fromText !== fromFlags };
}
