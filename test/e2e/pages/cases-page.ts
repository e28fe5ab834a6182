import type { Locator, Page } from 'playwright-core';
import { Shell } from './shell';

export interface CaseFields {
  title?: string;
  customer?: string;
  value?: string;
  currency?: string;
  stage?: string;
}

/** The case list and its dialog, driven the way a seller would: mostly by keyboard. */
export class CasesPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Cases' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get count(): Locator {
    return this.page.getByTestId('case-count');
  }

  row(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: title });
  }

  /** Moves the grid's active row to `title` with the arrow keys (a click opens the case). */
  async focusRow(title: string): Promise<void> {
    await this.row(title).waitFor();
    await this.grid.focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < 100; i++) {
      const active = await this.grid.locator('.grid-row.active').textContent();
      if (active?.includes(title)) return;
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`No row "${title}" in the case grid`);
  }

  async waitLoaded(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await this.count.filter({ hasText: /\d/ }).waitFor();
  }

  /** Opens the dialog with the `N` shortcut, fills it from the keyboard and saves with Enter. */
  async logCase(fields: CaseFields): Promise<void> {
    await this.page.keyboard.press('n');
    await this.dialog.waitFor();
    await this.fill(fields);
    await this.page.keyboard.press('Enter');
  }

  async fill(fields: CaseFields): Promise<void> {
    const d = this.dialog;
    if (fields.title !== undefined) await d.getByLabel('Title').fill(fields.title);
    if (fields.customer !== undefined) await d.getByLabel('Customer').fill(fields.customer);
    if (fields.value !== undefined) await d.getByLabel('Value').fill(fields.value);
    if (fields.currency !== undefined) await d.getByLabel('Currency').selectOption(fields.currency);
    if (fields.stage !== undefined) await d.getByLabel('Stage').selectOption({ label: fields.stage });
    await d.getByLabel('Title').focus();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search cases' }).fill(text);
  }
}
