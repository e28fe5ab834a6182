import type { Locator, Page } from 'playwright-core';
import { Shell } from './shell';

/** Today: what has come due, one row each, settled by a key. */
export class TodayPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  /** Browser mode's page keys: G, then T. */
  async open(): Promise<void> {
    await this.page.locator('body').press('g');
    await this.page.keyboard.press('t');
    await this.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Due today' });
  }

  item(label: string | RegExp): Locator {
    return this.list.getByRole('listitem').filter({ hasText: label });
  }

  get count(): Locator {
    return this.page.getByTestId('today-count');
  }

  get navBadge(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).locator('.nav-count');
  }
}

/** Find anything: Ctrl+K, type, ↑/↓, Enter. */
export class SearchPalette {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Find anything' });
  }

  async find(text: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.dialog.waitFor();
    await this.page.keyboard.type(text);
  }

  hit(label: string | RegExp): Locator {
    return this.dialog.getByRole('option').filter({ hasText: label });
  }
}
