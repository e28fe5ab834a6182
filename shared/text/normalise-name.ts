/**
 * One key for names typed by different people or exported by different tools: "  Acme  GmbH", "ACME GmbH" and
 * "Acmé GmbH" are the same account. Compatibility forms fold first (NFKC: full-width letters, ligatures), then
 * accents are dropped, case is folded and runs of whitespace become one space. Used by the CSV importer and the
 * team merge to link accounts, owners, competitors, stages and reasons by name.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/gu, ' ')
    .trim();
}
