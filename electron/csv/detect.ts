/**
 * The source CRM from the header row, and the mapping its layout implies. Each layout names the headers that
 * identify it and, per field, the headers that feed it (first one present wins). Real header sets are in
 * test/csv/detect.test.ts. Changes with mapping.ts and csv-out.ts (the 'winloop' layout is its own header).
 */
import { normaliseName } from '../../shared/text/normalise-name';
import type { FieldName, Mapping } from './mapping';

export type CsvFormat =
  | 'winloop'
  | 'salesforce_report'
  | 'salesforce_api'
  | 'pipedrive'
  | 'pipedrive_legacy'
  | 'hubspot_ui'
  | 'hubspot_api'
  | 'zoho'
  | 'unknown';

type Fields = Partial<Record<FieldName, string[]>>;
interface Layout {
  format: Exclude<CsvFormat, 'unknown'>;
  /** Every one of these must be present (normalised comparison). */
  requires: string[];
  fields: Fields;
}

const layouts: Layout[] = [
  {
    format: 'winloop',
    requires: ['Winloop Case ID', 'Outcome'],
    fields: {
      externalId: ['Winloop Case ID'],
      title: ['Title'],
      account: ['Account'],
      owner: ['Owner'],
      offering: ['Offering'],
      stage: ['Stage'],
      outcome: ['Outcome'],
      value: ['Value'],
      currency: ['Currency'],
      openedAt: ['Opened On'],
      expectedClose: ['Expected Close On'],
      closedAt: ['Closed On'],
      lostReason: ['Lost Reason'],
      competitor: ['Competitor'],
    },
  },
  {
    format: 'salesforce_api',
    requires: ['Id', 'StageName', 'CloseDate'],
    fields: {
      externalId: ['Id'],
      title: ['Name'],
      account: ['Account.Name', 'AccountId'],
      owner: ['Owner.Name', 'OwnerId'],
      value: ['Amount'],
      currency: ['CurrencyIsoCode'],
      openedAt: ['CreatedDate'],
      closedAt: ['CloseDate'],
      outcome: ['StageName'],
      stage: ['StageName'],
      wonFlag: ['IsWon'],
      closedFlag: ['IsClosed'],
      lostReason: ['Loss_Reason__c', 'Reason_Lost__c'],
    },
  },
  {
    format: 'salesforce_report',
    requires: ['Opportunity Name', 'Stage'],
    fields: {
      externalId: ['Opportunity ID'],
      title: ['Opportunity Name'],
      account: ['Account Name'],
      owner: ['Opportunity Owner'],
      offering: ['Product Name'],
      value: ['Amount'],
      currency: ['Opportunity Currency', 'Amount Currency'],
      openedAt: ['Created Date'],
      closedAt: ['Close Date'],
      outcome: ['Stage'],
      stage: ['Stage'],
      wonFlag: ['Won'],
      closedFlag: ['Closed'],
      lostReason: ['Loss Reason', 'Closed Lost Reason'],
      competitor: ['Competitor', 'Main Competitor'],
    },
  },
  {
    format: 'pipedrive',
    requires: ['Deal - Title', 'Deal - Status'],
    fields: {
      externalId: ['Deal - ID'],
      title: ['Deal - Title'],
      account: ['Organization - Name', 'Deal - Organization'],
      owner: ['Deal - Owner'],
      value: ['Deal - Value'],
      currency: ['Deal - Currency'],
      openedAt: ['Deal - Deal created'],
      closedAt: ['Deal - Deal closed on', 'Deal - Won time', 'Deal - Lost time'],
      expectedClose: ['Deal - Expected close date'],
      outcome: ['Deal - Status'],
      stage: ['Deal - Stage'],
      lostReason: ['Deal - Lost reason'],
    },
  },
  {
    format: 'pipedrive_legacy',
    requires: ['Title', 'Value', 'Status'],
    fields: {
      externalId: ['ID'],
      title: ['Title'],
      account: ['Organization'],
      owner: ['Owner'],
      value: ['Value'],
      currency: ['Currency'],
      openedAt: ['Deal created'],
      closedAt: ['Deal closed on', 'Won time', 'Lost time'],
      expectedClose: ['Expected close date'],
      outcome: ['Status'],
      stage: ['Stage'],
      lostReason: ['Lost reason'],
    },
  },
  {
    format: 'hubspot_api',
    requires: ['dealname', 'dealstage'],
    fields: {
      externalId: ['hs_object_id'],
      title: ['dealname'],
      owner: ['hubspot_owner_id'],
      value: ['amount'],
      currency: ['deal_currency_code'],
      openedAt: ['createdate'],
      closedAt: ['closedate'],
      outcome: ['dealstage'],
      stage: ['dealstage'],
      wonFlag: ['hs_is_closed_won'],
      closedFlag: ['hs_is_closed'],
      lostReason: ['closed_lost_reason'],
    },
  },
  {
    format: 'hubspot_ui',
    requires: ['Deal Name', 'Deal Stage'],
    fields: {
      externalId: ['Record ID'],
      title: ['Deal Name'],
      account: ['Associated Company', 'Company name'],
      owner: ['Deal owner'],
      value: ['Amount'],
      currency: ['Currency'],
      openedAt: ['Create Date'],
      closedAt: ['Close Date'],
      outcome: ['Deal Stage'],
      stage: ['Deal Stage'],
      lostReason: ['Closed Lost Reason'],
    },
  },
  {
    format: 'zoho',
    requires: ['Stage', 'Closing Date'],
    fields: {
      externalId: ['Record Id', 'Potential Id', 'Deal Id'],
      title: ['Potential Name', 'Deal Name'],
      account: ['Account Name'],
      owner: ['Potential Owner', 'Deal Owner'],
      value: ['Amount'],
      currency: ['Currency'],
      openedAt: ['Created Time'],
      closedAt: ['Closing Date'],
      outcome: ['Stage'],
      stage: ['Stage'],
      lostReason: ['Reason For Loss', 'Loss Reason'],
      competitor: ['Competitor'],
    },
  },
];

export interface Detection {
  format: CsvFormat;
  mapping: Mapping;
}

/** The first layout whose identifying headers are all present; its fields mapped to the file's own spellings. */
export function detectFormat(headers: string[], currency: string): Detection {
  const byKey = new Map(headers.map((h) => [normaliseName(h), h]));
  for (const layout of layouts) {
    if (!layout.requires.every((r) => byKey.has(normaliseName(r)))) continue;
    const columns: Mapping['columns'] = {};
    for (const [field, names] of Object.entries(layout.fields) as [FieldName, string[]][]) {
      const present = names.map((n) => byKey.get(normaliseName(n))).filter((h) => h !== undefined);
      if (present.length === 0) continue;
      const multi = field === 'closedAt' || field === 'account';
      columns[field] = multi && present.length > 1 ? present : (present[0] ?? '');
    }
    const mapping: Mapping = { columns, values: {}, currency };
    if (layout.format === 'winloop') mapping.decimalMark = '.';
    return { format: layout.format, mapping };
  }
  return { format: 'unknown', mapping: { columns: {}, values: {}, currency } };
}
