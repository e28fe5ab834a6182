import type { Locator, Page } from 'playwright-core';
import { formatLocaleDay } from '../../../shared/dates/locale-day';
import { Shell } from './shell';

export type BoardColumnName = 'Overdue' | 'Open' | 'Done' | 'Dropped';

export interface ActionFields {
  title?: string;
  kind?: 'Corrective' | 'Preventive';
  /** A team member's name, or 'Nobody yet'. */
  owner?: string;
  /** YYYY-MM-DD, or '' for none. */
  due?: string;
  /** The scope as the dialog lists it, e.g. 'Cases against a competitor'. */
  scope?: string;
  /** The competitor or criterion as listed, or the segment / offering typed. */
  scopeValue?: string;
  status?: 'Open' | 'Done' | 'Dropped';
  doneOn?: string;
}

/** The actions board and its dialog, driven the way a seller would: by keyboard where it matters. */
export class ActionsPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Actions/ })
      .click();
    await this.waitLoaded();
  }

  /** The board (or its empty state) has arrived from the server. */
  async waitLoaded(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await this.page.locator('.board, .actions-empty').first().waitFor();
  }

  get emptyState(): Locator {
    return this.page.getByRole('region', { name: 'Turn what your cases teach into changes' });
  }

  get count(): Locator {
    return this.page.getByTestId('action-count');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  column(name: BoardColumnName): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  card(title: string, column?: BoardColumnName): Locator {
    return (column ? this.column(column) : this.page).getByRole('article', { name: title, exact: true });
  }

  cardButton(title: string, name: 'Mark done' | 'Reopen' | 'Edit' | 'Drop' | 'Delete'): Locator {
    return this.card(title).getByRole('button', { name, exact: true });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** True when `locator` has the keyboard focus. */
  async focused(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => el === document.activeElement);
  }

  /**
   * Opens the dialog with `N` and fills it with the keyboard only: Tab from field to field (checking that
   * focus lands where the form says it should), type into text and date fields, arrow keys in selects and
   * radios. Ctrl+Enter saves.
   */
  async createByKeyboard(fields: ActionFields): Promise<void> {
    await this.page.keyboard.press('n');
    await this.dialog.waitFor();
    const title = this.field('What will be done');
    await this.expectFocus(title);
    if (fields.title) await this.page.keyboard.type(fields.title);
    await this.tabTo(this.dialog.getByRole('radio', { checked: true }));
    if (fields.kind && !(await this.dialog.getByRole('radio', { name: fields.kind }).isChecked()))
      await this.page.keyboard.press('ArrowDown');
    await this.tabTo(this.field('Owner'));
    if (fields.owner) await this.chooseByKeyboard(this.field('Owner'), fields.owner);
    await this.tabTo(this.field('Due'));
    if (fields.due) await this.typeDate(this.field('Due'), fields.due);
    await this.tabOutOf(this.field('Due'));
    await this.expectFocus(this.field('Should move the win rate of'));
    if (fields.scope) await this.chooseByKeyboard(this.field('Should move the win rate of'), fields.scope);
    if (fields.scopeValue) {
      const value = this.dialog.locator('[list="action-scope-suggestions"], select').last();
      await this.tabTo(value);
      if ((await value.evaluate((el) => el.tagName)) === 'SELECT')
        await this.chooseByKeyboard(value, fields.scopeValue);
      else await this.page.keyboard.type(fields.scopeValue);
    }
    await this.page.keyboard.press('Control+Enter');
  }

  /** Opens the dialog from the button, fills it directly and saves; for seeding the board quickly. */
  async create(fields: ActionFields): Promise<void> {
    await this.page
      .getByRole('button', { name: /^New action/ })
      .first()
      .click();
    await this.dialog.waitFor();
    await this.fill(fields);
    await this.save();
  }

  async edit(title: string, fields: ActionFields): Promise<void> {
    await this.cardButton(title, 'Edit').click();
    await this.dialog.getByRole('heading', { name: 'Edit action' }).waitFor();
    await this.fill(fields);
    await this.save();
  }

  async fill(fields: ActionFields): Promise<void> {
    if (fields.title !== undefined) await this.field('What will be done').fill(fields.title);
    if (fields.kind) await this.dialog.getByRole('radio', { name: fields.kind }).check();
    if (fields.owner) await this.field('Owner').selectOption({ label: fields.owner });
    if (fields.due !== undefined) await this.field('Due').fill(fields.due);
    if (fields.scope) await this.field('Should move the win rate of').selectOption({ label: fields.scope });
    if (fields.scopeValue) {
      const value = this.dialog.locator('[list="action-scope-suggestions"], select').last();
      if ((await value.evaluate((el) => el.tagName)) === 'SELECT')
        await value.selectOption({ label: fields.scopeValue });
      else await value.fill(fields.scopeValue);
    }
    if (fields.status) await this.field('Status').selectOption({ label: fields.status });
    if (fields.doneOn) await this.field('Done on').fill(fields.doneOn);
  }

  /** Saves and waits for the dialog to close (it stays open, with messages, when the server refuses). */
  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Add action|Save changes)$/ }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Find an action' }).fill(text);
  }

  async toggleDropped(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Show|Hide) dropped/ }).click();
  }

  private async expectFocus(locator: Locator): Promise<void> {
    await locator.waitFor();
    if (!(await this.focused(locator))) {
      const active = await this.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
      throw new Error(`Expected focus on ${locator.toString()}, but it is on ${active}`);
    }
  }

  private async tabTo(locator: Locator): Promise<void> {
    await this.page.keyboard.press('Tab');
    await this.expectFocus(locator);
  }

  private async tabOutOf(locator: Locator): Promise<void> {
    for (let i = 0; i < 5 && (await this.focused(locator)); i++) await this.page.keyboard.press('Tab');
  }

  /** A closed select moves one option per arrow key, as on Windows and Linux. */
  private async chooseByKeyboard(select: Locator, label: string): Promise<void> {
    const { options, selected } = await select.evaluate((el) => ({
      options: [...(el as HTMLSelectElement).options].map((o) => o.label),
      selected: (el as HTMLSelectElement).selectedIndex,
    }));
    const target = options.indexOf(label);
    if (target < 0) throw new Error(`No option "${label}" in ${options.join(', ')}`);
    const key = target > selected ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(target - selected); i++) await this.page.keyboard.press(key);
  }

  /** Types a day into the focused date field the way a seller would: in the page's own numeric format. */
  private async typeDate(input: Locator, day: string): Promise<void> {
    const locale = await this.page.evaluate(() => navigator.language);
    const shown = formatLocaleDay(day, locale);
    await this.page.keyboard.type(shown);
    const typed = await input.inputValue();
    if (typed !== shown) throw new Error(`Typed ${shown} into the date field, it holds "${typed}"`);
  }
}
