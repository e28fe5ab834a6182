/**
 * A CSV shaped like the Maven sales-pipeline export (test/fixtures/csv/maven-sales-pipeline.csv), of any length,
 * and the mapping that imports it: every third row lost, the rest won, 85 accounts, 30 agents, 7 products.
 * For the import jobs' tests (test/engine/csv-jobs.test.ts) and their kill test (test/crash/kill-jobs.test.ts).
 */
export function mavenLike(rows: number): Buffer {
  const lines = ['opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `ID${i},Agent ${i % 30},Product ${i % 7},Account ${i % 85},${i % 3 ? 'Won' : 'Lost'},2020-01-01,2020-03-0${1 + (i % 9)},${i}`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

export const mavenMapping = {
  columns: {
    externalId: 'opportunity_id',
    account: 'account',
    owner: 'sales_agent',
    offering: 'product',
    value: 'close_value',
    openedAt: 'engage_date',
    closedAt: 'close_date',
    outcome: 'deal_stage',
  },
  values: { outcome: { Won: 'won', Lost: 'lost', Engaging: 'open', Prospecting: 'open' } },
  currency: 'USD',
};
