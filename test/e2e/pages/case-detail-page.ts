import type { Locator, Page } from 'playwright-core';
import { Shell } from './shell';

/** One case: autosaved fields, buyer steps, lessons, and the way into its debrief. */
export class CaseDetailPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  heading(title: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  async waitLoaded(title: string | RegExp): Promise<void> {
    await this.heading(title).waitFor();
  }

  get details(): Locator {
    return this.page.getByRole('region', { name: 'Details' });
  }

  field(label: string): Locator {
    return this.details.getByLabel(label, { exact: true });
  }

  /** The summary line in the page head, e.g. "All changes saved". */
  get saveState(): Locator {
    return this.page.locator('.save-summary');
  }

  /** Types into a field like a person would and waits until autosave says it is stored. */
  async edit(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.waitSaved();
  }

  /** Nothing pending: every edit made is on the server (or there were none since the page opened). */
  async waitSaved(): Promise<void> {
    await this.page.waitForFunction(() => {
      const text = document.querySelector('.save-summary')?.textContent ?? 'missing';
      return text === '' || text === 'All changes saved';
    });
  }

  get buyerSteps(): Locator {
    return this.page.getByRole('region', { name: 'Buyer steps completed' });
  }

  get stageAhead(): Locator {
    return this.page.getByTestId('stage-ahead');
  }

  get relatedLessons(): Locator {
    return this.page.getByRole('region', { name: 'Lessons from earlier cases' });
  }

  get caseLessons(): Locator {
    return this.page.getByRole('region', { name: 'Lessons from this case' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  badge(text: string | RegExp): Locator {
    return this.page.locator('.case-head .badge').filter({ hasText: text });
  }

  async backToCases(): Promise<void> {
    await this.page.getByRole('link', { name: '← Cases' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
  }
}
