/**
 * What the trash calls each kind of deleted item, how it describes where one belonged, and how a restore is
 * undone (each kind's own delete, so the undo follows that kind's rules).
 */
import type { TrashItem, TrashKind } from '../../../shared/contract/trash';
import { api } from '../../api/client';
import { formatDay, relativeDay, today } from '../actions/dates';

export const kindLabels: Record<TrashKind, { one: string; many: string }> = {
  case: { one: 'Case', many: 'Cases' },
  person: { one: 'Stakeholder', many: 'Stakeholders' },
  lesson: { one: 'Lesson', many: 'Lessons' },
  action: { one: 'Action', many: 'Actions' },
};

/** The second line of a row: a case's customer, a stakeholder's job and customer, a lesson's case, an action's scope. */
export function describeContext(item: TrashItem): string {
  if (!item.context) return '';
  if (item.kind === 'lesson') return `From “${item.context}”`;
  if (item.kind === 'action') return `Scope: ${item.context}`;
  return item.context;
}

/** "3 days ago · 7 Mar 2026", on the seller's own calendar. */
export function describeDeleted(deletedAt: string): { relative: string; day: string } {
  const day = today(new Date(deletedAt));
  const relative = relativeDay(day);
  return { relative: relative.charAt(0).toLocaleUpperCase() + relative.slice(1), day: formatDay(day) };
}

/** The toast's Undo: back into the trash the way it first went there. */
export async function deleteAgain(item: TrashItem): Promise<void> {
  const input = { id: item.id };
  if (item.kind === 'case') await api.call('cases.delete', input);
  else if (item.kind === 'person') await api.call('people.delete', input);
  else if (item.kind === 'lesson') await api.call('lessons.delete', input);
  else await api.call('actions.delete', input);
}
