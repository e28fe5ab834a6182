/**
 * Settings ▸ Imported reasons: the lost reasons imports filed under "Imported" (they matched none of ours),
 * each with how many cases carry it and the CRM's names for it, folded by keyboard into a reason of ours or
 * kept, renamed, in a category of ours. A fold says what it did and offers Undo; the CRM name stays mapped,
 * so the next import folds it by itself.
 * Changes with: shared/contract/imported-reasons.ts, electron/services/imported-reasons.ts.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ImportedReason, ReasonFold } from '../../../shared/contract/imported-reasons';
import type { ReasonCategory } from '../../../shared/contract/vocabulary';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';
import { useVocab } from '../../lib/vocab';
import '../../styles/imported-reasons.css';

const KEEP = 'keep';
const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

export function ImportedReasons() {
  const { vocab } = useVocab();
  const [list, setList] = useState<{ categoryId: string | null; reasons: ImportedReason[] } | null>(null);
  const [folded, setFolded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    api.call('imports.reasons', {}).then(
      (value) => {
        setList(value);
        setError(null);
      },
      (e: Error) => setError(`The imported reasons could not be read: ${e.message}`),
    );
  }, []);
  // The vocabulary reloads on every change to reasons, here or in another window: so does this list.
  useEffect(load, [load, vocab]);

  if (!list && !error) return null;
  if (list && list.reasons.length === 0 && !folded && !error) return null;
  const ours = (vocab?.reasonCategories ?? []).filter((c) => c.id !== list?.categoryId);

  async function undo(fold: ReasonFold) {
    try {
      await api.call('imports.unfoldReason', fold);
      useToasts.getState().show({ message: `“${fold.before.name}” is back under Imported.` }, 4000);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section className="panel settings-section imported-reasons" aria-labelledby="imported-reasons-heading">
      <h2 id="imported-reasons-heading">Imported reasons</h2>
      <p className="muted">
        Lost reasons from your imports that match none of yours. Fold each into one of your reasons, or keep it as a
        reason of its own: its cases follow, and the next import files that name the same way.
      </p>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      {list && list.reasons.length === 0 ? (
        <p className="imported-reasons-done">Every imported reason is folded into your list.</p>
      ) : null}
      <ul aria-label="Imported reasons">
        {list?.reasons.map((reason) => (
          <FoldRow
            key={`${reason.id}:${reason.cases}`}
            reason={reason}
            categories={ours}
            onFolded={(fold, into) => {
              setFolded(true);
              useToasts.getState().show({
                message: `“${reason.name}” ${into}: ${plural(fold.cases, 'case')} moved with it.`,
                action: { label: 'Undo', run: () => undo(fold) },
              });
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function FoldRow(props: {
  reason: ImportedReason;
  categories: ReasonCategory[];
  onFolded: (fold: ReasonFold, into: string) => void;
}) {
  const { reason, categories } = props;
  const [into, setInto] = useState('');
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? '');
  const [name, setName] = useState(reason.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keep = into === KEEP;
  const target = categories.flatMap((c) => c.reasons).find((r) => r.id === into);
  const id = `fold-${reason.id}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!into) return;
    setBusy(true);
    try {
      const fold = await api.call('imports.foldReason', {
        id: reason.id,
        into: keep ? { categoryId, name: name.trim(), kind: 'loss' } : { reasonId: into },
      });
      const category = categories.find((c) => c.id === categoryId)?.name ?? '';
      props.onFolded(fold, keep ? `kept as “${name.trim()}” in ${category}` : `folded into “${target?.name ?? ''}”`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <li>
      <form className="fold-row" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-name`}>
        <div className="fold-what">
          <strong id={`${id}-name`}>{reason.name}</strong>
          <span className="muted">
            {plural(reason.cases, 'case')}
            {reason.importedNames.some((n) => n !== reason.name) ? ` · from ${reason.importedNames.join(', ')}` : ''}
          </span>
        </div>
        <div className="fold-how">
          <select
            className="input"
            id={`${id}-into`}
            aria-label={`Fold “${reason.name}” into`}
            value={into}
            onChange={(e) => {
              setInto(e.target.value);
              setError(null);
            }}
          >
            <option value="">Fold into…</option>
            {categories.map((c) => (
              <optgroup key={c.id} label={c.name}>
                {c.reasons
                  .filter((r) => r.kind !== 'win')
                  .map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
              </optgroup>
            ))}
            <option value={KEEP}>Keep as a reason of its own…</option>
          </select>
          {keep ? (
            <>
              <select
                className="input"
                aria-label={`Category for “${reason.name}”`}
                value={categoryId}
                onChange={(e) => setCategoryId(e.target.value)}
              >
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <input
                className="input"
                aria-label={`Name for “${reason.name}”`}
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={200}
              />
            </>
          ) : null}
          <button type="submit" className="btn small" disabled={!into || busy || (keep && !name.trim())}>
            {keep ? 'Keep' : 'Fold'}
          </button>
        </div>
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </li>
  );
}
