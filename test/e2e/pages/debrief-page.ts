import type { Locator, Page } from 'playwright-core';
import { Shell } from './shell';

/** The guided debrief: a stepper, one step's form, Back / Save and leave / Next or Finish. */
export class DebriefPage extends Shell {
  constructor(page: Page) {
    super(page);
  }

  get stepper(): Locator {
    return this.page.getByRole('navigation', { name: 'Debrief steps' });
  }

  get currentStep(): Locator {
    return this.stepper.locator('[aria-current="step"]');
  }

  get form(): Locator {
    return this.page.locator('form.step-panel');
  }

  /** Waits until step `name` (as the stepper labels it) is the current one. */
  async waitAt(name: string): Promise<void> {
    await this.currentStep.filter({ hasText: name }).waitFor();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  async saveAndLeave(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save and leave' }).click();
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish debrief' }).click();
  }

  // Outcome
  async chooseOutcome(label: string | RegExp): Promise<void> {
    await this.form.getByRole('radio', { name: label }).check();
  }

  async addWinner(name: string): Promise<void> {
    const input = this.form.getByRole('textbox', { name: 'Winner not listed? Name them' });
    await input.fill(name);
    await input.press('Enter');
    await this.form.getByLabel('Who won?').locator('option:checked', { hasText: name }).waitFor({ state: 'attached' });
  }

  // Reasons
  async pickReason(name: string, opts: { primary?: boolean; evidence?: string; confidence?: string } = {}) {
    await this.form.getByRole('checkbox', { name, exact: true }).check();
    if (opts.primary) await this.form.getByRole('radio', { name: `Primary reason: ${name}` }).check();
    if (opts.evidence) await this.form.getByLabel(`Evidence for ${name}`).selectOption({ label: opts.evidence });
    if (opts.confidence) await this.form.getByLabel(`Confidence in ${name}`).selectOption({ label: opts.confidence });
  }

  // Competitors
  competitorRow(name: string): Locator {
    return this.form.getByRole('row').filter({ hasText: name });
  }

  // Criteria: each rating is a radio group of 1–5 named "<criterion>: <what>".
  async rate(criterion: string, ratings: { importance: number; ours: number; rival?: number }): Promise<void> {
    const group = (what: string) => this.form.getByRole('radiogroup', { name: new RegExp(`^${criterion}: ${what}`) });
    await group('importance')
      .getByRole('radio', { name: String(ratings.importance) })
      .check();
    await group('our rating')
      .getByRole('radio', { name: String(ratings.ours) })
      .check();
    if (ratings.rival !== undefined) {
      await group("(winner|best rival|runner-up|doing nothing)'s")
        .getByRole('radio', { name: String(ratings.rival) })
        .check();
    }
  }

  // Stakeholders
  async addStakeholder(person: { name: string; title?: string; role?: string }): Promise<void> {
    const form = this.form.getByRole('group', { name: 'Add a stakeholder' });
    await form.getByLabel('Name').fill(person.name);
    if (person.title) await form.getByLabel('Job title').fill(person.title);
    if (person.role) await form.getByLabel('Buying role').selectOption({ label: person.role });
    await form.getByRole('button', { name: 'Add stakeholder' }).click();
    await this.form.getByRole('row').filter({ hasText: person.name }).waitFor();
  }

  // Lessons
  async addLesson(text: string, kind: 'Worked' | 'Hurt' = 'Hurt'): Promise<void> {
    const form = this.form.getByRole('group', { name: 'Add a lesson' });
    await form.getByRole('radio', { name: kind }).check();
    const input = form.getByLabel('What did this case teach?');
    await input.fill(text);
    await input.press('Enter');
    await this.form.getByRole('list', { name: 'Lessons from this case' }).getByText(text).waitFor();
  }

  // Actions
  async addAction(action: {
    title: string;
    kind?: 'Corrective' | 'Preventive';
    due?: string;
    lesson?: string;
  }): Promise<void> {
    const form = this.form.getByRole('group', { name: /action/ });
    await form.getByLabel('What will be done').fill(action.title);
    if (action.kind) await form.getByRole('radio', { name: new RegExp(`^${action.kind}`) }).check();
    if (action.due) await form.getByLabel('Due').fill(action.due);
    if (action.lesson) await form.getByRole('checkbox', { name: action.lesson }).check();
    await form.getByRole('button', { name: 'Add action' }).click();
    await this.form.getByRole('list', { name: 'Actions from this case' }).getByText(action.title).waitFor();
  }
}
