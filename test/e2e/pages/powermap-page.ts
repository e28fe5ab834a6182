import type { Download, Locator, Page } from 'playwright-core';
import { Shell } from './shell';

export interface AccountFields {
  name?: string;
  industry?: string;
  employees?: string;
  region?: string;
}

export interface StakeholderFields {
  name?: string;
  title?: string;
  buyingRole?: string;
  networkRole?: string;
  attitude?: string;
  influence?: string;
  reportsTo?: string;
  channel?: string;
  visibility?: 'Shared with the team' | 'Private to me';
}

/** The customer list and its dialog. */
export class AccountsPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Accounts' });
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Customers' });
  }

  get count(): Locator {
    return this.page.getByTestId('account-count');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  row(name: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: name });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Accounts/ })
      .click();
    await this.heading.waitFor();
    await this.count.filter({ hasText: /\d/ }).waitFor();
  }

  /** `N`, fill, Enter: the keyboard path. */
  async add(fields: AccountFields): Promise<void> {
    await this.page.keyboard.press('n');
    await this.dialog.waitFor();
    await this.fill(fields);
    await this.page.keyboard.press('Enter');
  }

  async fill(fields: AccountFields): Promise<void> {
    const d = this.dialog;
    if (fields.name !== undefined) await d.getByLabel('Name').fill(fields.name);
    if (fields.industry !== undefined) await d.getByLabel('Industry').fill(fields.industry);
    if (fields.employees !== undefined) await d.getByLabel('Employees').selectOption({ label: fields.employees });
    if (fields.region !== undefined) await d.getByLabel('Region').fill(fields.region);
    await d.getByLabel('Name').focus();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search customers' }).fill(text);
  }
}

/** One customer's power map: gaps, the chart, the table view and the stakeholder dialog. */
export class PowerMapPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  heading(account: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: account });
  }

  get gaps(): Locator {
    return this.page.getByRole('region', { name: /gaps? to close|No gaps/ });
  }

  gap(text: string | RegExp): Locator {
    return this.gaps.getByRole('listitem').filter({ hasText: text });
  }

  get chart(): Locator {
    return this.page.getByRole('group', { name: /^Org chart of/ });
  }

  /** A stakeholder's card: a focusable button whose accessible name starts with the person's name. */
  node(name: string): Locator {
    return this.chart.getByRole('button', { name: new RegExp(`^${name},`) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** `N`, fill, Enter. */
  async add(fields: StakeholderFields): Promise<void> {
    await this.page.keyboard.press('n');
    await this.dialog.waitFor();
    await this.fill(fields);
    await this.page.keyboard.press('Enter');
    await this.dialog.waitFor({ state: 'detached' });
  }

  async fill(fields: StakeholderFields): Promise<void> {
    const d = this.dialog;
    if (fields.name !== undefined) await d.getByLabel('Name').fill(fields.name);
    if (fields.title !== undefined) await d.getByLabel('Title').fill(fields.title);
    if (fields.buyingRole) await d.getByLabel('Buying role').selectOption({ label: fields.buyingRole });
    if (fields.networkRole) await d.getByLabel('Network role').selectOption({ label: fields.networkRole });
    if (fields.attitude) await d.getByLabel('Attitude to us').selectOption({ label: fields.attitude });
    if (fields.influence) await d.getByLabel('Influence').selectOption({ label: fields.influence });
    if (fields.reportsTo) await d.getByLabel('Reports to').selectOption({ label: fields.reportsTo });
    if (fields.channel) await d.getByLabel('Preferred channel').selectOption({ label: fields.channel });
    if (fields.visibility) await d.getByLabel(fields.visibility).check();
    await d.getByLabel('Name').focus();
  }

  /** Adds a relationship in the open dialog: teammate and strength, then "Add relationship". */
  async addRelationship(member: string, strength: 'Acquainted' | 'Knows well' | 'Trusted'): Promise<void> {
    const d = this.dialog;
    await d.getByLabel('Team member').selectOption({ label: member });
    await d.getByLabel('How well they know them').selectOption({ label: strength });
    await d.getByRole('button', { name: 'Add relationship' }).click();
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Save changes|Add stakeholder)$/ }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  view(name: 'Chart' | 'Table'): Locator {
    return this.page.getByRole('tab', { name });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^Stakeholders of/ });
  }

  /** Clicks Export PNG and returns the browser download it starts. */
  async exportPng(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    return download;
  }
}
