/**
 * Settings ▸ Share with the team: export this file for teammates, preview and merge a teammate's file (what
 * would be added, updated and deleted, every conflict with both values), keep the other value of a conflict,
 * and the history of merges with undo.
 * Changes with: use-sharing.ts, shared/contract/sharing.ts.
 */
import { useEffect, useState } from 'react';
import type { MergeReport } from '../../../shared/contract/sharing';
import { useCharter } from '../charter/use-charter';
import { MemberQuestions } from './MemberQuestions';
import { useSharing } from './use-sharing';

const kinds: Record<string, string> = {
  team_members: 'Team members',
  accounts: 'Customers',
  competitors: 'Competitors',
  stages: 'Stages',
  buyer_steps: 'Buyer steps',
  criteria: 'Criteria',
  reason_categories: 'Reason categories',
  reasons: 'Reasons',
  people: 'Stakeholders',
  cases: 'Cases',
  case_buyer_steps: 'Buyer steps reached',
  case_reasons: 'Case reasons',
  case_competitors: 'Competitors met',
  case_criteria: 'Ratings',
  case_people: 'Stakeholders on cases',
  relationships: 'Relationships',
  interactions: 'Interactions',
  lessons: 'Lessons',
  actions: 'Actions',
  action_lessons: 'Lessons behind actions',
};

const fieldName = (field: string) => field.replace(/_id$/, '').replace(/_/g, ' ');
const shown = (v: string | number | null) => (v === null ? '(empty)' : typeof v === 'string' ? `“${v}”` : String(v));

function siblingPath(dbPath: string, name: string): string {
  const cut = Math.max(dbPath.lastIndexOf('/'), dbPath.lastIndexOf('\\'));
  return `${dbPath.slice(0, cut + 1)}${name}`;
}

function ReportView({
  report,
  onKeepOther,
  asking = false,
}: {
  report: MergeReport;
  onKeepOther?: (index: number) => void;
  /** In a preview, the team members asked about below are not "kept apart" yet. */
  asking?: boolean;
}) {
  const rows = Object.entries(report.counts);
  const apart = report.ambiguous.filter((a) => !(asking && a.candidates?.length));
  return (
    <div className="merge-report">
      {rows.length === 0 ? (
        <p className="muted">Nothing new: this file has nothing you do not have already.</p>
      ) : (
        <table className="merge-counts">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Deleted</th>
              <th scope="col">Restored</th>
              <th scope="col">For example</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([table, c]) => (
              <tr key={table}>
                <th scope="row">{kinds[table] ?? table}</th>
                <td>{c.added}</td>
                <td>{c.updated}</td>
                <td>{c.deleted}</td>
                <td>{c.restored}</td>
                <td className="muted">{(report.examples[table] ?? []).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.recognised.length > 0 ? (
        <p className="muted">
          Recognised as the same: {report.recognised.map((r) => `${r.name} (${kinds[r.table] ?? r.table})`).join(', ')}.
        </p>
      ) : null}
      {apart.length > 0 ? (
        <p className="banner warn">
          Kept apart, because more than one here has that name: {apart.map((r) => r.name).join(', ')}.
        </p>
      ) : null}
      {report.privateSkipped > 0 ? (
        <p className="muted">{report.privateSkipped} private contact(s) of others were not taken in.</p>
      ) : null}
      {report.conflicts.length > 0 ? (
        <>
          <h4>
            {report.conflicts.length} conflict{report.conflicts.length === 1 ? '' : 's'}: changed on both sides
          </h4>
          <ul className="merge-conflicts">
            {report.conflicts.map((c, i) => {
              const keptTheirs = (c.kept === 'remote') !== (c.flipped === true);
              return (
                <li key={`${c.rowId}-${c.field}`}>
                  <span>
                    <strong>{c.label}</strong>, {fieldName(c.field)}: yours {shown(c.localName ?? c.local)}, theirs{' '}
                    {shown(c.remoteName ?? c.remote)} — <em>{keptTheirs ? 'theirs kept' : 'yours kept'}</em>
                  </span>
                  {onKeepOther ? (
                    <button className="btn small" onClick={() => onKeepOther(i)}>
                      {keptTheirs ? 'Keep yours instead' : 'Keep theirs instead'}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function SharingSection({ dbPath, myName }: { dbPath: string | null; myName: string }) {
  const { history, preview, busy, error, notice, loadHistory } = useSharing();
  const [out, setOut] = useState('');
  // Until the seller types a path, the suggestion follows their name (the team list may arrive after this).
  const [outEdited, setOutEdited] = useState(false);
  // The charter sets the default; the seller may still choose otherwise for one export.
  const charter = useCharter((c) => c.charter);
  const loadCharter = useCharter((c) => c.load);
  const [privateChoice, setWithoutPrivate] = useState<boolean | null>(null);
  const withoutPrivate = privateChoice ?? charter?.exportWithoutPrivate ?? true;
  const [anonymise, setAnonymise] = useState(false);
  const [file, setFile] = useState('');

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);
  useEffect(() => {
    if (!charter) void loadCharter();
  }, [charter, loadCharter]);
  useEffect(() => {
    if (dbPath && !outEdited) setOut(siblingPath(dbPath, `${myName.trim() || 'me'}.winloop`));
  }, [dbPath, myName, outEdited]);

  const s = useSharing.getState();
  return (
    <section className="panel settings-section sharing" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">Share with the team</h2>
      <p className="muted">
        Send your file to teammates (by e-mail, a stick or a shared folder) and take in theirs. Each field keeps the
        latest change; changes made on both sides are listed so you can choose.
      </p>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      {notice ? (
        <div className="banner" role="status">
          {notice}
        </div>
      ) : null}

      <form
        className="sharing-form"
        onSubmit={(e) => {
          e.preventDefault();
          void s.exportFile(out, withoutPrivate, anonymise);
        }}
      >
        <div className="sharing-row">
          <label className="field grow">
            <span>Export to</span>
            <input
              className="mono"
              value={out}
              onChange={(e) => {
                setOut(e.target.value);
                setOutEdited(true);
              }}
              aria-label="Export to file"
            />
          </label>
          <button className="btn" type="submit" disabled={busy || out.trim() === ''}>
            Export
          </button>
        </div>
        <div className="sharing-row">
          <label className="check">
            <input type="checkbox" checked={withoutPrivate} onChange={(e) => setWithoutPrivate(e.target.checked)} />
            Without my private contacts
            {charter ? (
              <span className="muted">
                {' '}
                (the <a href="#/team/charter">team charter</a>{' '}
                {charter.exportWithoutPrivate ? 'leaves them out' : 'lets them go'} by default)
              </span>
            ) : null}
          </label>
          <label className="check">
            <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
            Anonymised (names and notes replaced, for a workshop)
          </label>
        </div>
      </form>

      <form
        className="sharing-row"
        onSubmit={(e) => {
          e.preventDefault();
          void s.previewFile(file.trim());
        }}
      >
        <label className="field grow">
          <span>Teammate’s file</span>
          <input
            className="mono"
            value={file}
            placeholder="/path/to/their.winloop"
            onChange={(e) => setFile(e.target.value)}
            aria-label="Teammate’s file"
          />
        </label>
        <button className="btn" type="submit" disabled={busy || file.trim() === ''}>
          Preview
        </button>
      </form>

      {preview ? (
        <div className="panel merge-preview" aria-label="Preview of the merge">
          <h3>
            From {preview.report.from.memberName || 'a teammate'}{' '}
            <span className="muted">
              ({preview.report.from.fileName}, exported {preview.report.from.exportedAt.slice(0, 16).replace('T', ' ')})
            </span>
          </h3>
          <ReportView report={preview.report} asking />
          <MemberQuestions
            questions={preview.questions}
            answers={preview.answers}
            from={preview.report.from.memberName || 'The file'}
            disabled={busy}
            onAnswer={(id, choice) => void s.answer(id, choice)}
          />
          <div className="sharing-row">
            <button
              className="btn primary"
              disabled={busy || preview.questions.some((q) => preview.answers[q.id] === undefined)}
              onClick={() => void s.mergePreviewed()}
            >
              Merge
            </button>
            <button className="btn" disabled={busy} onClick={() => s.clearPreview()}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      <h3>Merges taken in</h3>
      {history.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ol className="merge-history">
          {history.map((entry) => (
            <li key={entry.id} className={entry.undoneAt ? 'undone' : ''}>
              <div className="merge-history-head">
                <span>
                  <strong>{entry.fromMemberName || 'A teammate'}</strong>{' '}
                  <span className="muted">
                    {entry.fileName}, {entry.mergedAt.slice(0, 16).replace('T', ' ')}
                    {entry.undoneAt ? ' — undone' : ''}
                  </span>
                </span>
                {entry.undoneAt ? null : (
                  <button className="btn small" disabled={busy} onClick={() => void s.undo(entry.id)}>
                    Undo this merge
                  </button>
                )}
              </div>
              <ReportView
                report={entry.report}
                {...(entry.undoneAt ? {} : { onKeepOther: (i: number) => void s.keepOther(entry.id, i) })}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
