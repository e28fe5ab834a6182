/**
 * The `.winloop` file: a SQLite database of this schema with the rows a teammate may take in, no derived rows,
 * no settings or merge history, and a one-row header table saying what it is.
 * Changes with: export.ts (writes it), teammate-file.ts (checks it before reading a row).
 */

/** Bumped when the header or the meaning of an export changes; a newer one is refused, naming both. */
export const FORMAT_VERSION = 1;

export const HEADER_TABLE = 'winloop_export';

/** The header's exact CREATE statement: the importer compares sqlite_master's text with it. */
export const HEADER_SQL =
  'CREATE TABLE `winloop_export` (`format_version` integer NOT NULL, `app_version` text NOT NULL, ' +
  '`schema_version` integer NOT NULL, `member_id` text, `member_name` text NOT NULL, `exported_at` text NOT NULL, ' +
  '`file_id` text NOT NULL, `without_private` integer NOT NULL, `anonymised` integer NOT NULL)';

export interface ExportHeader {
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  memberId: string | null;
  memberName: string;
  exportedAt: string;
  fileId: string;
  withoutPrivate: boolean;
  anonymised: boolean;
}

/** Default largest teammate file taken in (bytes): 2 GB. */
export const DEFAULT_SIZE_LIMIT = 2 * 1024 ** 3;
