/**
 * A person's `weighed_criteria` is JSON ([{ criterionId, importance }]), so the column-wise re-pointing of
 * references cannot reach it: when two criteria are recognised as one, the ids inside are rewritten here. A
 * person who had weighed both ends up with one entry (the higher importance, at the first one's place), as
 * the people service refuses a criterion listed twice.
 * Changes with: local-rows.ts, shared/contract/people.ts (WeighedCriterion).
 */

interface Weighed {
  criterionId: string;
  importance: number;
}

function parsed(json: string): Weighed[] | null {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return null;
    return value.filter(
      (e): e is Weighed =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as Weighed).criterionId === 'string' &&
        typeof (e as Weighed).importance === 'number',
    );
  } catch {
    return null;
  }
}

/** The same list with every criterion id resolved; the same text back when nothing moved. */
export function repointWeighed(json: string, resolve: (id: string) => string): string {
  const list = parsed(json);
  if (!list) return json;
  const out: Weighed[] = [];
  const at = new Map<string, number>();
  let moved = false;
  for (const entry of list) {
    const id = resolve(entry.criterionId);
    if (id !== entry.criterionId) moved = true;
    const seen = at.get(id);
    if (seen === undefined) {
      at.set(id, out.length);
      out.push({ ...entry, criterionId: id });
    } else {
      out[seen]!.importance = Math.max(out[seen]!.importance, entry.importance);
      moved = true;
    }
  }
  return moved ? JSON.stringify(out) : json;
}
