import type { Locator, Page } from 'playwright-core';
import { Shell } from './shell';

/** The learning summary. */
export class ReviewPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    // Browser mode's page keys: G, then R (Ctrl+1…9 are the browser's own tab keys).
    await this.page.keyboard.press('g');
    await this.page.keyboard.press('r');
    await this.page.getByRole('heading', { level: 1, name: 'Learning summary' }).waitFor();
    await this.winRate.waitFor();
  }

  get winRate(): Locator {
    return this.page.getByTestId('win-rate');
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The rows of a section's data table (opened first), as arrays of cell texts. */
  async tableRows(section: Locator, caption: string | RegExp): Promise<string[][]> {
    const figure = section.locator('figure').filter({ hasText: caption });
    await figure.locator('summary').click();
    return figure
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
  }

  async healthRows(): Promise<string[][]> {
    return this.page
      .getByTestId('loop-health')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
  }
}
