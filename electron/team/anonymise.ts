/**
 * The anonymised copy for trainers: people, customers, team members and every free text replaced, the same
 * original always by the same pseudonym ("Customer 3"), while ids, figures, dates, vocabulary, competitors and
 * structure stay, so the review of the copy shows the same rates. Runs on the export's private copy with the
 * clocks paused; the export's VACUUM then leaves no original byte in a free page.
 * Changes with: electron/team/tables.ts (a new free-text column belongs here), export.ts.
 */
import type Database from 'better-sqlite3';
import { normaliseName } from '../../shared/text/normalise-name';

interface Replacement {
  table: string;
  column: string;
  /** Pseudonym stem, numbered per distinct original; null blanks the column. */
  stem: string | null;
  /** Originals that share a pseudonym across these columns (a person named like an account stays apart). */
  pool?: string;
}

const replacements: Replacement[] = [
  { table: 'people', column: 'name', stem: 'Person' },
  { table: 'people', column: 'title', stem: 'Role' },
  // Contact details name the person as surely as their name does.
  { table: 'people', column: 'email', stem: null },
  { table: 'people', column: 'phone', stem: null },
  { table: 'people', column: 'profile_url', stem: null },
  { table: 'accounts', column: 'name', stem: 'Customer' },
  { table: 'team_members', column: 'name', stem: 'Seller' },
  { table: 'cases', column: 'title', stem: 'Case' },
  { table: 'cases', column: 'notes', stem: null },
  { table: 'cases', column: 'external_id', stem: null },
  { table: 'competitors', column: 'notes', stem: null },
  { table: 'interactions', column: 'notes', stem: null },
  { table: 'lessons', column: 'text', stem: 'Lesson' },
  { table: 'actions', column: 'title', stem: 'Action' },
];

/** Columns that are NOT NULL: blanked to '' rather than NULL. */
const notNull = new Set([
  'cases.notes',
  'competitors.notes',
  'interactions.notes',
  'people.title',
  'people.email',
  'people.phone',
  'people.profile_url',
]);

export function anonymise(sqlite: Database.Database): void {
  for (const r of replacements) {
    const key = `${r.table}.${r.column}`;
    if (r.stem === null) {
      sqlite.prepare(`UPDATE "${r.table}" SET "${r.column}" = ${notNull.has(key) ? "''" : 'NULL'}`).run();
      continue;
    }
    const rows = sqlite.prepare(`SELECT id, "${r.column}" AS v FROM "${r.table}" ORDER BY id`).all() as {
      id: string;
      v: string | null;
    }[];
    const pseudonyms = new Map<string, string>();
    const update = sqlite.prepare(`UPDATE "${r.table}" SET "${r.column}" = ? WHERE id = ?`);
    for (const row of rows) {
      if (row.v === null || row.v.trim() === '') continue;
      const original = normaliseName(row.v);
      let pseudonym = pseudonyms.get(original);
      if (pseudonym === undefined) {
        pseudonym = `${r.stem} ${pseudonyms.size + 1}`;
        pseudonyms.set(original, pseudonym);
      }
      update.run(pseudonym, row.id);
    }
  }
}
