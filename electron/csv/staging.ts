/**
 * Files waiting to be previewed and imported: `imports/` beside the database, one `<id>.csv` (written a chunk
 * at a time, so a file of any size arrives under the bridge's body cap), its `<id>.json` (the original name)
 * and the `<id>.preview.json` a preview job writes. Ids are UUIDs: no caller-chosen path ever reaches the disk.
 * A staged file lives until its import ends (done, cancelled or failed: the engine removes it then), or a day
 * when it is never imported; whatever a killed process left is removed at the next start.
 * Changes with: electron/services/imports.ts, electron/engine/job-worker.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/envelope';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function stageDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'imports');
}

/** A staged file's parts, the preview's `.building` name included: what removing it must remove. */
const STAGED_NAME =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(csv|json|preview\.json(\.building)?)$/i;
/** A file staged and never imported is kept this long, so an import page left open overnight still works. */
export const STAGED_FOR_MS = 24 * 60 * 60 * 1000;

export function stagedFiles(dbPath: string, stageId: string): { csv: string; meta: string; preview: string } {
  if (!ID.test(stageId)) throw new ApiError('invalid_input', 'That is not a staged file id.');
  const base = path.join(stageDir(dbPath), stageId);
  return { csv: `${base}.csv`, meta: `${base}.json`, preview: `${base}.preview.json` };
}

export interface StagedFile {
  bytes: Uint8Array;
  fileName: string;
}

export function readStaged(dbPath: string, stageId: string): StagedFile {
  const files = stagedFiles(dbPath, stageId);
  if (!fs.existsSync(files.meta)) throw new ApiError('not_found', 'That file is no longer staged; pick it again.');
  const meta = JSON.parse(fs.readFileSync(files.meta, 'utf8')) as { fileName: string; complete: boolean };
  if (!meta.complete) throw new ApiError('conflict', 'That file has not arrived completely yet.');
  return { bytes: fs.readFileSync(files.csv), fileName: meta.fileName };
}

/** The name the file had on the seller's disk, for labels; a neutral phrase if it is gone. */
export function stagedName(dbPath: string, stageId: string): string {
  try {
    return (JSON.parse(fs.readFileSync(stagedFiles(dbPath, stageId).meta, 'utf8')) as { fileName: string }).fileName;
  } catch {
    return 'a CSV file';
  }
}

/** Appends a chunk; the first call (no id) starts a new staged file. */
export function stageChunk(
  dbPath: string,
  input: { stageId?: string | undefined; fileName: string; chunk: string; last: boolean },
  newId: () => string,
): { stageId: string; bytes: number } {
  const stageId = input.stageId ?? newId();
  const files = stagedFiles(dbPath, stageId);
  fs.mkdirSync(stageDir(dbPath), { recursive: true });
  if (input.stageId === undefined) {
    removeStaleStaged(dbPath, STAGED_FOR_MS);
    fs.writeFileSync(files.csv, '');
  } else {
    if (!fs.existsSync(files.meta)) throw new ApiError('not_found', 'That staged file does not exist.');
    const meta = JSON.parse(fs.readFileSync(files.meta, 'utf8')) as { complete: boolean };
    if (meta.complete) throw new ApiError('conflict', 'That file has arrived completely already.');
  }
  fs.appendFileSync(files.csv, Buffer.from(input.chunk, 'base64'));
  fs.writeFileSync(files.meta, JSON.stringify({ fileName: input.fileName, complete: input.last }));
  return { stageId, bytes: fs.statSync(files.csv).size };
}

/** Removes a staged file with its name and preview: its import has ended and nothing will read it again. */
export function removeStaged(dbPath: string, stageId: string): void {
  const files = stagedFiles(dbPath, stageId);
  for (const file of [files.csv, files.meta, files.preview, `${files.preview}.building`])
    fs.rmSync(file, { force: true });
}

/**
 * Removes the staged files last touched more than `olderThanMs` ago (all of them with 0: at start, when no
 * job of this process can be reading one). Only names staging makes are touched. Returns what it removed.
 */
export function removeStaleStaged(dbPath: string, olderThanMs = 0, now = Date.now()): string[] {
  const dir = stageDir(dbPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!STAGED_NAME.test(name)) continue;
    const file = path.join(dir, name);
    try {
      if (olderThanMs > 0 && now - fs.statSync(file).mtimeMs < olderThanMs) continue;
      fs.rmSync(file, { force: true });
      removed.push(file);
    } catch {
      // Gone meanwhile: nothing to remove.
    }
  }
  return removed;
}
