import type { Page } from 'playwright-core';

/** The first start of a new database: name, team, currency, then empty or sample data. */
export class FirstRunPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Learn from every case you close' });
  }

  async startEmpty(opts: { name: string; team?: string; currency?: string }): Promise<void> {
    await this.heading.waitFor();
    const form = this.page.getByRole('form', { name: 'Get started' });
    await form.getByLabel('Your name').fill(opts.name);
    if (opts.team) await form.getByLabel('Team or company (optional)').fill(opts.team);
    if (opts.currency) await form.getByLabel('Currency').selectOption(opts.currency);
    await form.getByLabel('Your name').press('Enter');
    await this.heading.waitFor({ state: 'detached' });
  }

  /** Builds the sample in its own file; the app reloads onto it. */
  async exploreSample(): Promise<void> {
    await this.heading.waitFor();
    await this.page.getByRole('button', { name: 'Explore sample data' }).click();
    await this.page.getByText('You are exploring sample data').waitFor({ timeout: 60_000 });
  }
}
