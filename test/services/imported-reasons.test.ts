/**
 * Folding imported lost reasons on a real SQLite file, through the typed client: the list with case counts,
 * a fold into one of ours (cases re-pointed, a case that had ours already keeps one row and its primary flag,
 * the CRM name mapped so the next import folds by itself), keeping one as a reason of a chosen category, undo
 * of each exactly, refusals, and an import's undo leaving what the seller folded alone.
 */
import { describe, expect, test } from 'vitest';
import { runImport } from '../../electron/csv/run-import';
import { undoImport } from '../../electron/csv/undo';
import { createTestWorkspace } from '../helpers/temp-workspace';

const bytes = (text: string) => new TextEncoder().encode(text);
const header =
  'Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Lost reason,Organization - Name,Deal - Owner,Deal - Deal created,Deal - Lost time';
const row = (id: number, reason: string) =>
  `${id},Deal ${id},1000,EUR,Lost,${reason},Acme GmbH,Anna Berg,2025-02-01,2025-03-0${1 + (id % 9)}`;
const csv = (rows: string[]) => bytes([header, ...rows].join('\n'));

function setUp() {
  const t = createTestWorkspace();
  const sqlite = t.ws.ctx.sqlite;
  const first = runImport(
    sqlite,
    csv([
      row(1, 'Too pricey'),
      row(2, 'Too pricey'),
      row(3, 'too  PRICEY'),
      row(4, 'Chose incumbent'),
      row(5, 'Budget cut'),
    ]),
    { fileName: 'a.csv' },
  );
  expect(first.created.reasons).toEqual(['Too pricey', 'Chose incumbent', 'Budget cut']);
  const reasonsOf = (externalId: string) =>
    sqlite
      .prepare(
        `select r.name, x.is_primary as primary_ from case_reasons x join reasons r on r.id = x.reason_id
         join cases c on c.id = x.case_id where c.external_id = ? and x.deleted_at is null order by r.name`,
      )
      .all(externalId);
  return { ...t, sqlite, importId: first.importId!, reasonsOf };
}

async function ours(t: ReturnType<typeof setUp>, name: string) {
  const vocab = await t.client.call('vocab.get', {});
  const reason = vocab.reasonCategories.flatMap((c) => c.reasons).find((r) => r.name === name);
  if (!reason) throw new Error(`no reason ${name}`);
  return reason;
}

describe('imported reasons', () => {
  test('are listed with how many cases carry each, most first', async () => {
    const t = setUp();
    const listed = await t.client.call('imports.reasons', {});
    expect(listed.categoryId).not.toBeNull();
    expect(listed.reasons.map((r) => [r.name, r.cases, r.importedNames])).toEqual([
      ['Too pricey', 3, ['Too pricey']],
      ['Budget cut', 1, ['Budget cut']],
      ['Chose incumbent', 1, ['Chose incumbent']],
    ]);
  });

  test('a fold into ours moves the cases, keeps the primary flag, maps the name for the next import; undo restores', async () => {
    const t = setUp();
    const { reasons } = await t.client.call('imports.reasons', {});
    const pricey = reasons.find((r) => r.name === 'Too pricey')!;
    const price = await ours(t, 'Price');
    // Case 2 had our reason already (a debrief after the import): it keeps one row, ours, now primary.
    const case2 = t.sqlite.prepare("select id from cases where external_id = '2'").pluck().get() as string;
    await t.client.call('debrief.setReasons', {
      caseId: case2,
      reasons: [
        { reasonId: pricey.id, isPrimary: true, evidence: 'our_view', confidence: 'medium' },
        { reasonId: price.id, isPrimary: false, evidence: 'buyer_said', confidence: 'high' },
      ],
    });
    const before = t.sqlite.prepare('select * from case_reasons order by id').all();

    const fold = await t.client.call('imports.foldReason', { id: pricey.id, into: { reasonId: price.id } });
    expect(fold).toMatchObject({ cases: 3, intoReasonId: price.id, categoryRemoved: null });
    expect(fold.repointed).toHaveLength(2);
    expect(fold.dropped).toHaveLength(1);
    expect(fold.promoted).toHaveLength(1);
    for (const id of ['1', '3']) expect(t.reasonsOf(id)).toEqual([{ name: 'Price', primary_: 1 }]);
    expect(t.reasonsOf('2')).toEqual([{ name: 'Price', primary_: 1 }]);
    expect((await t.client.call('imports.reasons', {})).reasons.map((r) => r.name)).toEqual([
      'Budget cut',
      'Chose incumbent',
    ]);
    expect(
      (await t.client.call('vocab.get', {})).reasonCategories.flatMap((c) => c.reasons).map((r) => r.name),
    ).not.toContain('Too pricey');

    // The next import of that CRM name (any spelling) lands on ours, with no new imported reason.
    const next = runImport(t.sqlite, csv([row(6, 'TOO pricey')]), { fileName: 'b.csv' });
    expect(next.created.reasons).toEqual([]);
    expect(t.reasonsOf('6')).toEqual([{ name: 'Price', primary_: 1 }]);
    undoImport(t.sqlite, next.importId!, '2026-03-10T10:00:00.000Z');

    await t.client.call('imports.unfoldReason', fold);
    const after = t.sqlite.prepare('select * from case_reasons order by id').all() as Record<string, unknown>[];
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ updated_at: _u, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before as Record<string, unknown>[]));
    expect((await t.client.call('imports.reasons', {})).reasons.map((r) => [r.name, r.cases])).toEqual([
      ['Too pricey', 3],
      ['Budget cut', 1],
      ['Chose incumbent', 1],
    ]);
    expect(
      t.sqlite.prepare("select reason_id from import_reason_map where imported_name = 'Too pricey'").pluck().get(),
    ).toBe(pricey.id);
    // The same token twice: the reason is back, so there is nothing left to take back.
    await expect(t.client.call('imports.unfoldReason', fold)).rejects.toMatchObject({ code: 'conflict' });
  });

  test('kept as a new reason of a chosen category, renamed; the last one out removes "Imported"; undo brings both back', async () => {
    const t = setUp();
    const { reasons } = await t.client.call('imports.reasons', {});
    const vocab = await t.client.call('vocab.get', {});
    const category = vocab.reasonCategories.find((c) => c.reasons.some((r) => r.name === 'Price'))!;
    const byName = (n: string) => reasons.find((r) => r.name === n)!.id;
    const price = await ours(t, 'Price');
    await t.client.call('imports.foldReason', { id: byName('Too pricey'), into: { reasonId: price.id } });
    await t.client.call('imports.foldReason', { id: byName('Budget cut'), into: { reasonId: price.id } });

    await expect(
      t.client.call('imports.foldReason', {
        id: byName('Chose incumbent'),
        into: { categoryId: category.id, name: 'Price', kind: 'loss' },
      }),
    ).rejects.toThrow(/fold into it instead/);
    const kept = await t.client.call('imports.foldReason', {
      id: byName('Chose incumbent'),
      into: { categoryId: category.id, name: 'Stayed with the incumbent', kind: 'either' },
    });
    expect(kept).toMatchObject({ intoReasonId: null, cases: 1, mapKeys: ['chose incumbent'] });
    expect(kept.categoryRemoved).not.toBeNull();
    const now = await t.client.call('vocab.get', {});
    expect(now.reasonCategories.map((c) => c.name)).not.toContain('Imported');
    expect(now.reasonCategories.find((c) => c.id === category.id)!.reasons.map((r) => r.name)).toContain(
      'Stayed with the incumbent',
    );
    expect(t.reasonsOf('4')).toEqual([{ name: 'Stayed with the incumbent', primary_: 1 }]);
    expect(await t.client.call('imports.reasons', {})).toEqual({ categoryId: null, reasons: [] });

    // Undoing the import leaves what the seller folded or kept: the reason, and the names mapped to it.
    undoImport(t.sqlite, t.importId, '2026-03-10T10:00:00.000Z');
    const mapped = t.sqlite.prepare('select key from import_reason_map order by key').pluck().all() as string[];
    expect(mapped).toEqual(['budget cut', 'chose incumbent', 'too pricey']);
    expect((await ours(t, 'Stayed with the incumbent')).categoryId).toBe(category.id);
  });

  test('undo of a keep puts it back under "Imported"; refusals name the problem and write nothing', async () => {
    const t = setUp();
    const { reasons } = await t.client.call('imports.reasons', {});
    const vocab = await t.client.call('vocab.get', {});
    const category = vocab.reasonCategories.find((c) => c.name !== 'Imported')!;
    const imported = vocab.reasonCategories.find((c) => c.name === 'Imported')!;
    const budget = reasons.find((r) => r.name === 'Budget cut')!;
    const kept = await t.client.call('imports.foldReason', {
      id: budget.id,
      into: { categoryId: category.id, name: 'Budget frozen', kind: 'loss' },
    });
    await t.client.call('imports.unfoldReason', kept);
    expect((await ours(t, 'Budget cut')).categoryId).toBe(imported.id);

    const own = await ours(t, 'Price');
    const changes = () => t.sqlite.prepare('select total_changes()').pluck().get();
    const before = changes();
    await expect(
      t.client.call('imports.foldReason', { id: own.id, into: { reasonId: budget.id } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      t.client.call('imports.foldReason', { id: budget.id, into: { reasonId: budget.id } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      t.client.call('imports.foldReason', {
        id: budget.id,
        into: { categoryId: imported.id, name: 'X', kind: 'loss' },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      t.client.call('imports.unfoldReason', { ...kept, mapKeys: ['budget cut', 'not a key'] }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(changes()).toBe(before);
  });
});
