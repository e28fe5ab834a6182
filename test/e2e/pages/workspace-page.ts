import type { Locator, Page } from 'playwright-core';
import { Shell } from './shell';

/** The Workspace page: the open file, the recent files, a new file, another file, Reset workshop. */
export class WorkspacePage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  /** The open file's name in the sidebar (full path in its title). */
  get currentFile(): Locator {
    return this.page.getByTestId('current-file');
  }

  get openNow(): Locator {
    return this.page.getByRole('region', { name: 'Open now' });
  }

  get recent(): Locator {
    return this.page.getByRole('region', { name: 'Recent files' });
  }

  recentItem(name: string): Locator {
    return this.recent.getByRole('listitem').filter({ hasText: name });
  }

  get newFile(): Locator {
    return this.page.getByRole('form', { name: 'New empty database' });
  }

  get openFile(): Locator {
    return this.page.getByRole('form', { name: 'Open another file' });
  }

  /** Reached from the keyboard, as browser mode does: G then W. */
  async goByKeys(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('g');
    await this.page.keyboard.press('w');
    await this.waitLoaded();
  }

  async waitLoaded(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Workspace' }).waitFor();
    await this.recent.waitFor();
  }

  async createNamed(name: string): Promise<void> {
    await this.newFile.getByLabel('Name of the new file').fill(name);
    await this.newFile.getByLabel('Name of the new file').press('Enter');
  }

  async openTyped(pathOrName: string): Promise<void> {
    await this.openFile.getByLabel('Path of the file').fill(pathOrName);
    await this.openFile.getByLabel('Path of the file').press('Enter');
  }
}
