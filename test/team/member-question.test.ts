/**
 * A teammate's file names a team member that more than one member here could be: the preview asks which one (or
 * someone new) instead of guessing, and the merge follows the answer. Issue 13: "Members match by member id; on
 * a first merge by name, asking when that is ambiguous."
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-workspace';
import { addCase, addRow, field, member } from './members';

function twoSams() {
  const dir = tempDir();
  const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
  // Two people called Sam on Anna's side (say, two teammates who each shared a file once).
  const samA = addRow(anna, 'team_members', { name: 'Sam' });
  const samB = addRow(anna, 'team_members', { name: 'sam ' });
  // Ben entered his own "Sam" by hand and gave him a case.
  const samInBen = addRow(ben, 'team_members', { name: 'SAM' });
  const deal = addCase(ben, addRow(ben, 'accounts', { name: 'Acme' }), 'Pumps', { owner_id: samInBen });
  const sams = () =>
    anna.db.prepare("select id from team_members where lower(trim(name)) = 'sam' order by id").pluck().all();
  return { anna, ben, samA, samB, samInBen, deal, sams };
}

test('the preview asks which member a name is, listing the members it could be', () => {
  const { anna, ben, samA, samB, samInBen, sams } = twoSams();
  const report = anna.preview(ben);
  expect(report.ambiguous.map(({ candidates: _, ...a }) => a)).toEqual([
    { table: 'team_members', name: 'SAM', id: samInBen },
  ]);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect([...(report.ambiguous[0]!.candidates ?? [])].sort(byId)).toEqual(
    [
      { id: samA, name: 'Sam', cases: 0 },
      { id: samB, name: 'sam ', cases: 0 },
    ].sort(byId),
  );
  // A preview writes nothing.
  expect(sams()).toHaveLength(2);
});

test('answered with one of them: that member owns the case, and no third Sam appears', () => {
  const { anna, ben, samA, samB, samInBen, deal, sams } = twoSams();
  const { report } = anna.takeIn(ben, { [samInBen]: samB });
  expect(report.ambiguous).toEqual([]);
  expect(report.recognised.some((r) => r.table === 'team_members' && r.name === 'SAM')).toBe(true);
  // Recognised as one, the two ids become one (the lower stays, as for any reference data created apart).
  const one = samB < samInBen ? samB : samInBen;
  expect(field(anna, 'cases', deal, 'owner_id')).toBe(one);
  expect(sams()).toEqual([samA, one].sort());
  expect(anna.db.pragma('foreign_key_check')).toEqual([]);
  // Merging the same file again changes nothing and asks nothing: Ben's Sam is now known by id.
  const again = anna.takeIn(ben).report;
  expect(again.ambiguous).toEqual([]);
  expect(again.changed).toBe(false);
});

test('answered "someone new": kept apart as a member of his own, and not asked again', () => {
  const { anna, ben, samInBen, deal, sams } = twoSams();
  const { report } = anna.takeIn(ben, { [samInBen]: 'new' });
  expect(report.ambiguous).toEqual([]);
  expect(sams()).toHaveLength(3);
  expect(field(anna, 'cases', deal, 'owner_id')).toBe(samInBen);
  expect(anna.takeIn(ben).report.ambiguous).toEqual([]);
});

test('an answer naming a member the name cannot be is not taken: the question stays open', () => {
  const { anna, ben, samInBen, sams } = twoSams();
  const report = anna.preview(ben, { [samInBen]: anna.id });
  expect(report.ambiguous.map((a) => a.id)).toEqual([samInBen]);
  expect(sams()).toHaveLength(2);
});

test('CLI: the dry run asks, --member-map answers, a malformed map is a usage error', () => {
  const { anna, ben, samA, samInBen, deal } = twoSams();
  const file = ben.exportFile();
  anna.close();
  const root = path.resolve(import.meta.dirname, '../..');
  const cli = (...args: string[]) =>
    spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
  const asked = cli('import', '--db', anna.file, '--dry-run', file);
  expect(asked.status, asked.stderr).toBe(0);
  expect(asked.stdout).toContain(`asked: team member "SAM" (${samInBen}) is which of`);
  expect(asked.stdout).toContain(`--member-map ${samInBen}=ID|new`);
  const bad = cli('import', '--db', anna.file, '--member-map', 'nonsense', file);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/--member-map takes THEIR_ID=OUR_ID/);
  const merged = cli('import', '--db', anna.file, '--member-map', `${samInBen}=${samA}`, file);
  expect(merged.status, merged.stderr).toBe(0);
  expect(merged.stdout).not.toContain('asked:');
  const db = new Database(anna.file, { readonly: true });
  try {
    expect([samA, samInBen]).toContain(db.prepare('select owner_id from cases where id = ?').pluck().get(deal));
    expect(db.prepare("select count(*) from team_members where lower(trim(name)) = 'sam'").pluck().get()).toBe(2);
  } finally {
    db.close();
  }
});
