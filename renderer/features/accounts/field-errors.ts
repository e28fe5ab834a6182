/**
 * Field errors of an `x.update` call come keyed by their path in the input (`patch.name`); a form knows its
 * fields as `name`. Used by the customer and the stakeholder dialogs.
 */
export function unprefixed(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^patch\./, ''), v]));
}
