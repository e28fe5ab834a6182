import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-workspace';
import { seeded } from '../db/migration-steps';
import { addCase, addRow, field, member, setField } from './members';

describe('merging a teammate file', () => {
  test('one teammate moves the stage, the other the value: both survive, no conflict', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const acme = addRow(anna, 'accounts', { name: 'Acme' });
    const deal = addCase(anna, acme, 'Pumps');
    ben.takeIn(anna);
    setField(anna, 'cases', deal, 'stage_id', seeded.stageNegotiation);
    setField(ben, 'cases', deal, 'value_minor', 250_000);
    const intoBen = ben.takeIn(anna).report;
    const intoAnna = anna.takeIn(ben).report;
    for (const m of [anna, ben]) {
      expect(field(m, 'cases', deal, 'stage_id')).toBe(seeded.stageNegotiation);
      expect(field(m, 'cases', deal, 'value_minor')).toBe(250_000);
    }
    expect(intoBen.conflicts).toEqual([]);
    expect(intoAnna.conflicts).toEqual([]);
    expect(intoBen.counts.cases).toMatchObject({ updated: 1 });
    // Ben is in Anna's file now as a teammate, not as "me".
    expect(anna.db.prepare('select name, is_me from team_members order by is_me desc, name').all()).toEqual([
      { name: 'Anna', is_me: 1 },
      { name: 'Ben', is_me: 0 },
    ]);
  });

  test('the same field changed on both sides is a conflict: the later change wins, both values are listed', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
    ben.takeIn(anna);
    setField(anna, 'cases', deal, 'title', 'Pumps (Anna)');
    setField(ben, 'cases', deal, 'title', 'Pumps (Ben)');
    const { report } = anna.takeIn(ben);
    expect(report.conflicts).toEqual([
      {
        table: 'cases',
        rowId: deal,
        field: 'title',
        label: 'Pumps (Anna)',
        local: 'Pumps (Anna)',
        remote: 'Pumps (Ben)',
        kept: 'remote',
      },
    ]);
    expect(field(anna, 'cases', deal, 'title')).toBe('Pumps (Ben)');
    // Ben, taking Anna's file now, keeps his own: the same winner on both sides.
    expect(ben.takeIn(anna).report.conflicts).toEqual([]);
    expect(field(ben, 'cases', deal, 'title')).toBe('Pumps (Ben)');
  });

  test('taking in the same file twice changes nothing the second time', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
    const file = anna.exportFile();
    expect(ben.takeIn(file).report.counts.cases).toEqual({ added: 1, updated: 0, deleted: 0, restored: 0 });
    const clock = field(ben, 'sync_clock', 1 as never, 'hlc');
    const second = ben.takeIn(file).report;
    expect(second.changed).toBe(false);
    expect(second.counts).toEqual({});
    expect(field(ben, 'sync_clock', 1 as never, 'hlc')).toBe(clock);
  });

  test('a deletion and a later restore travel as fields', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
    ben.takeIn(anna);
    setField(anna, 'cases', deal, 'deleted_at', new Date().toISOString());
    expect(ben.takeIn(anna).report.counts.cases).toMatchObject({ deleted: 1 });
    expect(field(ben, 'cases', deal, 'deleted_at')).not.toBeNull();
    setField(ben, 'cases', deal, 'deleted_at', null);
    expect(anna.takeIn(ben).report.counts.cases).toMatchObject({ restored: 1 });
    expect(field(anna, 'cases', deal, 'deleted_at')).toBeNull();
  });

  test('reference data created apart is one: the same competitor, account and teammate, references re-pointed', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const rivalA = addRow(anna, 'competitors', { name: 'Rival GmbH' });
    const rivalB = addRow(ben, 'competitors', { name: '  RIVAL   gmbh ' });
    const acmeA = addRow(anna, 'accounts', { name: 'Acmé' });
    const acmeB = addRow(ben, 'accounts', { name: 'acme' });
    const benInAnna = addRow(anna, 'team_members', { name: 'ben' });
    const dealA = addCase(anna, acmeA, 'Pumps', { winner_competitor_id: rivalA, owner_id: benInAnna });
    const dealB = addCase(ben, acmeB, 'Valves');
    addRow(ben, 'case_competitors', { case_id: dealB, competitor_id: rivalB });
    const { report } = anna.takeIn(ben);
    const keep = rivalA < rivalB ? rivalA : rivalB;
    expect(anna.db.prepare('select id from competitors').pluck().all()).toEqual([keep]);
    expect(anna.db.prepare('select count(*) from accounts').pluck().get()).toBe(1);
    expect(
      field(
        anna,
        'case_competitors',
        anna.db.prepare('select id from case_competitors').pluck().get() as string,
        'competitor_id',
      ),
    ).toBe(keep);
    expect(field(anna, 'cases', dealA, 'winner_competitor_id')).toBe(keep);
    // Anna's placeholder "ben" is Ben himself: his own id stays.
    expect(anna.db.prepare('select id from team_members where is_me = 0').pluck().all()).toEqual([ben.id]);
    expect(field(anna, 'cases', dealA, 'owner_id')).toBe(ben.id);
    expect(report.recognised.map((r) => r.table).sort()).toEqual(['accounts', 'competitors', 'team_members']);
    expect(anna.db.pragma('foreign_key_check')).toEqual([]);
    // Ben taking Anna's file ends with the same rows.
    ben.takeIn(anna);
    expect(ben.db.prepare('select id from competitors').pluck().all()).toEqual([keep]);
    expect(ben.db.prepare('select id, account_id from cases order by id').all()).toEqual(
      anna.db.prepare('select id, account_id from cases order by id').all(),
    );
  });

  test("another member's private contacts never arrive, even when the file carries them", () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const acme = addRow(ben, 'accounts', { name: 'Acme' });
    const secret = addRow(ben, 'people', {
      name: 'Secret Sam',
      account_id: acme,
      owner_id: ben.id,
      visibility: 'private',
    });
    const shared = addRow(ben, 'people', {
      name: 'Open Olga',
      account_id: acme,
      owner_id: ben.id,
      reports_to_id: secret,
    });
    addRow(ben, 'relationships', { member_id: ben.id, person_id: secret, strength: 3 });
    // The informal power map: a line from the private contact and one to it.
    addRow(ben, 'person_links', { from_id: secret, to_id: shared, kind: 'influences', strength: 2 });
    addRow(ben, 'person_links', { from_id: shared, to_id: secret, kind: 'influences', strength: 1 });
    const deal = addCase(ben, acme, 'Pumps');
    addRow(ben, 'case_people', { case_id: deal, person_id: secret, reached: 1 });
    const talk = addRow(ben, 'interactions', {
      case_id: deal,
      person_id: secret,
      on_date: '2026-02-01',
      channel: 'phone',
    });
    const { report } = anna.takeIn(ben);
    expect(report.privateSkipped).toBe(1);
    expect(anna.db.prepare('select id from people').pluck().all()).toEqual([shared]);
    expect(field(anna, 'people', shared, 'reports_to_id')).toBeNull();
    expect(anna.db.prepare('select count(*) from relationships').pluck().get()).toBe(0);
    expect(anna.db.prepare('select count(*) from case_people').pluck().get()).toBe(0);
    expect(anna.db.prepare('select count(*) from person_links').pluck().get()).toBe(0);
    expect(field(anna, 'interactions', talk, 'person_id')).toBeNull();
    expect(fs.readFileSync(anna.file).includes(Buffer.from('Secret Sam'))).toBe(false);
  });
});
