import { describe, expect, test } from 'vitest';
import { seeded } from '../db/migration-steps';
import { tempDir } from '../helpers/temp-workspace';
import { addCase, addRow, member, setField } from './members';

describe('a conflict on a reference field', () => {
  test('names what both ids stand for, even a competitor only the teammate had', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const deal = addCase(anna, addRow(anna, 'accounts', { name: 'Acme' }), 'Pumps');
    ben.takeIn(anna);
    setField(anna, 'cases', deal, 'stage_id', seeded.stageProposal);
    setField(ben, 'cases', deal, 'stage_id', seeded.stageNegotiation);
    const rival = addRow(ben, 'competitors', { name: 'Rival GmbH' });
    const mine = addRow(anna, 'competitors', { name: 'Other AG' });
    setField(anna, 'cases', deal, 'winner_competitor_id', mine);
    setField(ben, 'cases', deal, 'winner_competitor_id', rival);
    const { report } = anna.takeIn(ben);
    const byField = Object.fromEntries(report.conflicts.map((c) => [c.field, c]));
    expect(byField.stage_id).toMatchObject({
      local: seeded.stageProposal,
      remote: seeded.stageNegotiation,
      localName: 'Proposal',
      remoteName: 'Negotiation',
    });
    expect(byField.winner_competitor_id).toMatchObject({ localName: 'Other AG', remoteName: 'Rival GmbH' });
    // A plain field carries no names.
    setField(anna, 'cases', deal, 'title', 'Pumps (Anna)');
    setField(ben, 'cases', deal, 'title', 'Pumps (Ben)');
    const title = anna.takeIn(ben).report.conflicts.find((c) => c.field === 'title');
    expect(title).toBeDefined();
    expect(title).not.toHaveProperty('localName');
  });
});
