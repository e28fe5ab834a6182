import { describe, expect, test } from 'vitest';
import { repointWeighed } from '../../electron/team/weighed-criteria';
import { tempDir } from '../helpers/temp-workspace';
import { addRow, field, member } from './members';

const weighed = (m: Parameters<typeof field>[0], person: string) =>
  JSON.parse(field(m, 'people', person, 'weighed_criteria') as string) as unknown;

describe("a person's weighed criteria when criteria created apart are one", () => {
  test('both sides’ people name the criterion that stays, in both merge directions', () => {
    const dir = tempDir();
    const [anna, ben] = [member(dir, 'Anna'), member(dir, 'Ben')];
    const leadA = addRow(anna, 'criteria', { name: 'Lead time', position: 1 });
    const leadB = addRow(ben, 'criteria', { name: ' LEAD  time', position: 1 });
    const keep = leadA < leadB ? leadA : leadB;
    const acmeA = addRow(anna, 'accounts', { name: 'Acme' });
    const acmeB = addRow(ben, 'accounts', { name: 'Acme' });
    const eva = addRow(anna, 'people', {
      name: 'Eva',
      account_id: acmeA,
      weighed_criteria: JSON.stringify([{ criterionId: leadA, importance: 4 }]),
    });
    const tom = addRow(ben, 'people', {
      name: 'Tom',
      account_id: acmeB,
      weighed_criteria: JSON.stringify([{ criterionId: leadB, importance: 2 }]),
    });
    anna.takeIn(ben);
    expect(anna.db.prepare("select id from criteria where lower(name) like '%lead%time%'").pluck().all()).toEqual([
      keep,
    ]);
    expect(weighed(anna, eva)).toEqual([{ criterionId: keep, importance: 4 }]);
    expect(weighed(anna, tom)).toEqual([{ criterionId: keep, importance: 2 }]);
    ben.takeIn(anna);
    expect(weighed(ben, eva)).toEqual([{ criterionId: keep, importance: 4 }]);
    expect(weighed(ben, tom)).toEqual([{ criterionId: keep, importance: 2 }]);
    // Taking the file in again finds nothing to change: the rewritten lists are the same on both sides.
    expect(anna.takeIn(ben).report.changed).toBe(false);
  });

  test('a list naming both criteria keeps one entry, with the higher importance, where the first was', () => {
    const json = JSON.stringify([
      { criterionId: 'b', importance: 2 },
      { criterionId: 'x', importance: 3 },
      { criterionId: 'a', importance: 5 },
    ]);
    expect(JSON.parse(repointWeighed(json, (id) => (id === 'b' ? 'a' : id)))).toEqual([
      { criterionId: 'a', importance: 5 },
      { criterionId: 'x', importance: 3 },
    ]);
    expect(repointWeighed(json, (id) => id)).toBe(json);
    expect(repointWeighed('not json', (id) => id)).toBe('not json');
  });
});
