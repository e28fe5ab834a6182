/**
 * Files waiting to be previewed and imported: `imports/` beside the database, one `<id>.csv` (written a chunk
 * at a time, so a file of any size arrives under the bridge's body cap), its `<id>.json` (the original name)
 * and the `<id>.preview.json` a preview job writes. Ids are UUIDs: no caller-chosen path ever reaches the disk.
 * Changes with: electron/services/imports.ts, electron/engine/job-worker.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/envelope';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function stageDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'imports');
}

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
