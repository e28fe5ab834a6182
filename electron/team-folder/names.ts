/**
 * Which files in the team folder are teammates' exports, and what this seller's own file is called. Sync tools
 * write a file under a temporary name and rename it, and leave conflict copies beside it: none of those is a
 * teammate's file, so none is ever read (a half-synced file is never merged).
 * Changes with: scheduler.ts, publish.ts (the temporary name this app writes under).
 */

/** Temporary and conflict names of Dropbox, OneDrive, Google Drive, Syncthing, Nextcloud, Office and browsers. */
const ignoredPatterns: readonly RegExp[] = [
  /^\./, // hidden files: Syncthing's `.syncthing.x.tmp`, rsync's `.x.abc123`, this app's own temp file
  /^~/, // Office-style `~$x` lock files and editors' backups
  /\.syncthing\./i,
  /\.sync-conflict-/i,
  /\(.*conflicted copy.*\)/i, // Dropbox: `anna (Ben's conflicted copy 2026-12-03).winloop`
  /\(conflict/i,
];

/**
 * Whether `name` (a bare file name) might be a teammate's finished export: only `*.winloop` counts, so a
 * download or a copy in progress (`x.winloop.part`, `.tmp`, `.crdownload`, `.building`, `-wal`) never does.
 */
export function isTeamFileName(name: string): boolean {
  if (!/\.winloop$/i.test(name)) return false;
  return !ignoredPatterns.some((pattern) => pattern.test(name));
}

/**
 * This seller's file: their name made safe for every file system, and the start of their member id, so two
 * teammates with one name never write the same file (`anna-3f2a9c1d.winloop`).
 */
export function ownFileName(memberName: string, memberId: string): string {
  const slug = memberName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const short = memberId
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 8)
    .toLowerCase();
  return `${slug || 'member'}-${short}.winloop`;
}
