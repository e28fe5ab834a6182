import type { Locator, Page } from 'playwright-core';
import { Shell } from './shell';

export type TrashFilter = 'All' | 'Cases' | 'Stakeholders' | 'Lessons' | 'Actions';

/** The trash: one grid of everything deleted, a kind filter, and a Restore on every row. */
export class TrashPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  /** Opens the trash from the sidebar and waits for its first answer (a count, or the empty state). */
  async open(): Promise<void> {
    await this.goTo('Trash');
    await this.count.filter({ hasText: /\d/ }).waitFor();
  }

  get count(): Locator {
    return this.page.getByTestId('trash-count');
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: /^Deleted / });
  }

  get empty(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^(The trash is empty|No deleted )/ });
  }

  /** A row by its title; rows of the header excluded. */
  row(title: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: title });
  }

  /** The titles of the rows on screen, top to bottom. */
  async titles(): Promise<string[]> {
    return this.grid.locator('[role=row] .trash-item .title').allTextContents();
  }

  restoreButton(title: string): Locator {
    return this.row(title).getByRole('button', { name: /^Restore / });
  }

  filter(name: TrashFilter): Locator {
    return this.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name, exact: true });
  }

  /** True when the grid has the keyboard focus and `title` is its selected row. */
  async selected(title: string): Promise<boolean> {
    return this.page.evaluate((t) => {
      const grid = document.activeElement;
      if (grid?.getAttribute('role') !== 'grid') return false;
      const id = grid.getAttribute('aria-activedescendant');
      return Boolean(id && document.getElementById(id)?.textContent?.includes(t));
    }, title);
  }
}
