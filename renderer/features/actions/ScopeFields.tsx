import { useEffect, useState } from 'react';
import type { Vocabulary } from '../../../shared/contract/vocabulary';
import { actionScopes, type ActionScope } from '../../../shared/domain/vocabulary';
import { api } from '../../api/client';
import { Field } from '../../components/Field';

/** How the review picks an action's cases (electron/review/loop.ts), in the seller's words. */
export const scopeLabels: Record<ActionScope, string> = {
  all: 'All cases',
  competitor: 'Cases against a competitor',
  segment: 'Cases in a segment (industry)',
  offering: 'Cases for an offering',
  criterion: 'Cases where a buying criterion was in play',
};

const valueLabels: Record<Exclude<ActionScope, 'all'>, string> = {
  competitor: 'Competitor',
  criterion: 'Buying criterion',
  segment: 'Segment',
  offering: 'Offering',
};

/**
 * Which cases' win rate the action should move, and which one of them. Segments and offerings are free text
 * matched exactly by the review, so the names already in use are offered as suggestions.
 */
export function ScopeFields(props: {
  scope: ActionScope;
  scopeValue: string;
  vocab: Vocabulary | null;
  errors: Record<string, string>;
  onChange: (patch: { scope?: ActionScope; scopeValue: string }) => void;
}) {
  const { scope, scopeValue, vocab, errors, onChange } = props;
  const suggestions = useSuggestions(scope);
  const options = scope === 'competitor' ? vocab?.competitors : scope === 'criterion' ? vocab?.criteria : undefined;
  return (
    <>
      <Field
        label="Should move the win rate of"
        error={errors.scope}
        hint="The review compares it before and after the done date."
        className={scope === 'all' ? 'span-2' : undefined}
      >
        <select value={scope} onChange={(e) => onChange({ scope: e.target.value as ActionScope, scopeValue: '' })}>
          {actionScopes.map((s) => (
            <option key={s} value={s}>
              {scopeLabels[s]}
            </option>
          ))}
        </select>
      </Field>
      {scope === 'all' ? null : options ? (
        <Field label={valueLabels[scope]} error={errors.scopeValue}>
          <select value={scopeValue} onChange={(e) => onChange({ scopeValue: e.target.value })}>
            <option value="">Pick one</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <Field label={valueLabels[scope]} error={errors.scopeValue}>
          <input
            list="action-scope-suggestions"
            autoComplete="off"
            value={scopeValue}
            onChange={(e) => onChange({ scopeValue: e.target.value })}
            maxLength={200}
          />
        </Field>
      )}
      {scope === 'competitor' && options?.length === 0 ? (
        <p className="hint span-2">No competitors yet: they are added when you debrief a case.</p>
      ) : null}
      <datalist id="action-scope-suggestions">
        {suggestions.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </>
  );
}

/** Industries of known accounts, or offerings of recent cases: read once, when that scope is first chosen. */
function useSuggestions(scope: ActionScope): string[] {
  const [found, setFound] = useState<Partial<Record<ActionScope, string[]>>>({});
  const wanted = scope === 'segment' || scope === 'offering';
  const have = found[scope] !== undefined;
  useEffect(() => {
    if (!wanted || have) return;
    let live = true;
    const read =
      scope === 'segment'
        ? api.call('accounts.list', {}).then((list) => list.map((a) => a.industry))
        : api.call('cases.list', { limit: 500 }).then((page) => page.items.map((c) => c.offering));
    void read.then(
      (values) => live && setFound((f) => ({ ...f, [scope]: distinct(values) })),
      () => live && setFound((f) => ({ ...f, [scope]: [] })),
    );
    return () => {
      live = false;
    };
  }, [scope, wanted, have]);
  return wanted ? (found[scope] ?? []) : [];
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b)).slice(0, 200);
}
