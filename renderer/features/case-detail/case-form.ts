/**
 * The case page's editable fields as the text a person types, and back to a `cases.update` patch. Pure, so the
 * autosave hook only deals with timing and the page only with layout.
 * Changes with: shared/contract/cases.ts (CasePatch).
 */
import type { Case, CasePatch } from '../../../shared/contract/cases';
import type { z } from 'zod';
import { minorToInput, parseMoney } from '../../../shared/money';

export const caseFieldKeys = [
  'title',
  'offering',
  'value',
  'currency',
  'source',
  'ownerId',
  'stageId',
  'probability',
  'openedOn',
  'expectedCloseOn',
  'nextStep',
  'nextStepOn',
  'notes',
] as const;
export type CaseFieldKey = (typeof caseFieldKeys)[number];
export type CaseFieldText = Record<CaseFieldKey, string>;
export type Patch = z.input<typeof CasePatch>;

export function caseToText(c: Case): CaseFieldText {
  return {
    title: c.title,
    offering: c.offering ?? '',
    value: minorToInput(c.valueMinor, c.currency),
    currency: c.currency,
    source: c.source ?? '',
    ownerId: c.ownerId ?? '',
    stageId: c.stageId ?? '',
    probability: c.probability === null ? '' : String(c.probability),
    openedOn: c.openedOn,
    expectedCloseOn: c.expectedCloseOn ?? '',
    nextStep: c.nextStep ?? '',
    nextStepOn: c.nextStepOn ?? '',
    notes: c.notes,
  };
}

/** Where a contract error on a patch key shows on the page (the amount is typed in "value"). */
export function fieldOfPatchKey(key: string): CaseFieldKey | null {
  if (key === 'valueMinor') return 'value';
  return (caseFieldKeys as readonly string[]).includes(key) ? (key as CaseFieldKey) : null;
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/**
 * The patch for the fields that changed and can be read, and per-field messages for those that cannot (they
 * stay unsaved while the rest saves). The amount travels with its currency: the same minor units mean a
 * different amount in JPY than in EUR.
 */
export function toPatch(
  changed: Partial<CaseFieldText>,
  all: CaseFieldText,
): { patch: Patch; errors: Partial<Record<CaseFieldKey, string>> } {
  const patch: Patch = {};
  const errors: Partial<Record<CaseFieldKey, string>> = {};
  for (const key of Object.keys(changed) as CaseFieldKey[]) {
    const text = changed[key] ?? '';
    switch (key) {
      case 'value':
      case 'currency': {
        const money = all.value.trim() === '' ? ({ ok: true, minor: 0 } as const) : parseMoney(all.value, all.currency);
        if (money.ok) {
          patch.valueMinor = money.minor;
          patch.currency = all.currency;
        } else {
          errors.value = money.message;
          if (key === 'currency') errors.currency = 'Saved with the amount once it reads right';
        }
        break;
      }
      case 'probability': {
        if (text.trim() === '') patch.probability = null;
        else if (/^\d{1,3}$/.test(text.trim())) patch.probability = Number(text.trim());
        else errors.probability = 'A whole number, 0–100';
        break;
      }
      case 'title':
      case 'notes':
      case 'openedOn':
        patch[key] = text;
        break;
      case 'offering':
      case 'source':
      case 'ownerId':
      case 'stageId':
      case 'expectedCloseOn':
      case 'nextStep':
      case 'nextStepOn':
        patch[key] = orNull(text);
        break;
    }
  }
  return { patch, errors };
}
