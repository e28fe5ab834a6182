import type { Locator, Page } from 'playwright-core';

/** The app shell every page sits in: navigation and the toast area. */
export class Shell {
  constructor(readonly page: Page) {}

  nav(name: 'Cases' | 'Trash' | 'Settings'): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: new RegExp(`^${name}`) });
  }

  async goTo(name: 'Cases' | 'Trash' | 'Settings'): Promise<void> {
    await this.nav(name).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toast').filter({ hasText: text });
  }
}
