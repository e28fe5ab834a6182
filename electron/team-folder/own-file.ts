/**
 * Writing this seller's file to the team folder: built by the `team.export` job beside the database (not in the
 * synced folder, so the sync tool uploads one finished file rather than every page of the build), private
 * contacts left out as the charter says, then published whole (publish.ts). A failure is one sentence.
 * Changes with: scheduler.ts, publish.ts, electron/team/export.ts (through the job).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Charter } from '../../shared/contract/charter';
import type { Dispatch } from '../dispatch';
import type { JobClient } from './job-client';
import { publishFile } from './publish';

export async function writeOwnFile(
  o: { dispatch: Dispatch; jobs: JobClient },
  dbPath: string,
  folder: string,
  name: string,
): Promise<void> {
  const workDir = path.join(path.dirname(dbPath), 'team-folder');
  fs.mkdirSync(workDir, { recursive: true });
  const built = path.join(workDir, name);
  const charter = await o.dispatch('charter.get', {});
  const withoutPrivate = charter.ok ? (charter.value as Charter).exportWithoutPrivate : true;
  const job = await o.jobs.run({
    kind: 'team.export',
    input: { out: built, withoutPrivate, anonymise: false, background: true },
  });
  if (job.state !== 'done') {
    throw new Error(
      `This file could not be written to the team folder: ${(job.error ?? job.state).replace(/\.$/, '')}.`,
    );
  }
  try {
    await publishFile(built, folder, name);
  } catch (e) {
    throw new Error(`This file could not be written to ${folder}: ${(e as Error).message}`, { cause: e });
  } finally {
    fs.rmSync(built, { force: true });
  }
}
