/**
 * Import: pick a CSV from another CRM or a spreadsheet, check the mapping against a live preview, answer the
 * questions the file raises, run the import as a job (progress and Cancel in the jobs tray), read what was
 * refused and save it as CSV, and undo an import from the history.
 */
import { useEffect, useRef } from 'react';
import type { ImportSummary, Preview } from '../../../shared/contract/imports';
import '../../styles/debrief.css';
import '../../styles/import.css';
import { MappingPanel, PreviewTable } from './MappingPanel';
import { useImport, type ImportReport } from './use-import';

const n = (value: number) => value.toLocaleString();

function saveCsv(name: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Counts({ preview }: { preview: Preview }) {
  const c = preview.counts;
  return (
    <p className="import-counts" data-testid="preview-counts">
      <strong>{n(c.read)}</strong> rows: {n(c.won)} won, {n(c.lost)} lost, {n(c.open)} open
      {c.no_decision ? `, ${n(c.no_decision)} no decision` : ''}
      {c.withdrawn ? `, ${n(c.withdrawn)} withdrawn` : ''}.{' '}
      {c.rejected ? <span className="warn-text">{n(c.rejected)} will be refused. </span> : null}
      {preview.existing ? `${n(preview.existing)} match cases you have and will update them. ` : ''}
      {preview.disagreements
        ? `${n(preview.disagreements)} rows' stage text disagreed with their won/closed flags (the flags were used). `
        : ''}
      {preview.duplicates.length
        ? `${n(preview.duplicates.length)} ids appear more than once (the last row wins). `
        : ''}
    </p>
  );
}

function Report({ report }: { report: ImportReport }) {
  const s = report.summary;
  return (
    <section className="panel import-report" aria-labelledby="report-heading">
      <h2 id="report-heading">Imported {s.fileName}</h2>
      <p data-testid="report-counts">
        {n(s.rowsRead)} rows read: {n(s.imported)} new, {n(s.updated)} updated, {n(s.unchanged)} unchanged,{' '}
        {n(s.rejected)} refused.
      </p>
      {s.created.reasons.length ? (
        <p className="muted">
          New lost reasons, filed under “Imported” (fold them into your list in Settings ▸ Imported reasons):{' '}
          {s.created.reasons.join(', ')}.
        </p>
      ) : null}
      {report.rejects.length ? (
        <>
          <div className="report-head">
            <h3>Refused rows</h3>
            <button
              className="btn small"
              onClick={() => saveCsv(`${s.fileName.replace(/\.csv$/i, '')}-rejects.csv`, report.csv)}
            >
              Save rejects as CSV
            </button>
          </div>
          <table className="step-table rejects-table" aria-label="Refused rows">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Why</th>
                <th scope="col">Text</th>
              </tr>
            </thead>
            <tbody>
              {report.rejects.slice(0, 200).map((r) => (
                <tr key={`${r.line}-${r.column ?? ''}`}>
                  <td className="num">{r.line}</td>
                  <td>{r.column ?? '—'}</td>
                  <td>{r.reason}</td>
                  <td className="mono muted">{r.raw.slice(0, 80)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.rejects.length > 200 ? (
            <p className="muted">… and {n(report.rejects.length - 200)} more in the CSV.</p>
          ) : null}
        </>
      ) : (
        <p className="muted">No row was refused.</p>
      )}
    </section>
  );
}

const statusWords: Record<ImportSummary['status'], string> = {
  running: 'Running',
  done: 'Imported',
  cancelled: 'Cancelled',
  undone: 'Undone',
};

function History() {
  const { history, undo, showReport } = useImport();
  if (history.length === 0) return <p className="muted">No imports into this file yet.</p>;
  return (
    <table className="step-table history-table" aria-label="Import history">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">File</th>
          <th scope="col">Status</th>
          <th scope="col" className="right">
            Read
          </th>
          <th scope="col" className="right">
            New
          </th>
          <th scope="col" className="right">
            Updated
          </th>
          <th scope="col" className="right">
            Refused
          </th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {history.map((h) => (
          <tr key={h.id}>
            <td className="num">{new Date(h.startedAt).toLocaleString()}</td>
            <td>{h.fileName}</td>
            <td>{statusWords[h.status]}</td>
            <td className="right num">{n(h.rowsRead)}</td>
            <td className="right num">{n(h.imported)}</td>
            <td className="right num">{n(h.updated)}</td>
            <td className="right num">{n(h.rejected)}</td>
            <td className="row-actions">
              {h.rejected > 0 ? (
                <button className="btn small ghost" onClick={() => void showReport(h.id)}>
                  Refused rows
                </button>
              ) : null}
              {h.status === 'done' ? (
                <button
                  className="btn small"
                  aria-label={`Undo import of ${h.fileName}`}
                  onClick={() => void undo(h.id)}
                >
                  Undo
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ImportPage() {
  const state = useImport();
  const { preview, mapping, reading, importing, error, notice, report, force } = state;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => void useImport.getState().loadHistory(), []);
  const problem = preview?.problem ?? null;
  const canImport = preview !== null && problem === null && !reading && !importing;

  return (
    <>
      <header className="page-head">
        <h1>Import</h1>
      </header>
      <div className="page-body import-page">
        <section className="panel" aria-labelledby="pick-heading">
          <h2 id="pick-heading">Bring in your deals</h2>
          <p className="muted">
            A CSV export from Salesforce, Pipedrive, HubSpot or Zoho is recognised as it is; any other spreadsheet is
            mapped below. Nothing is written until you press Import, and an import can be undone.
          </p>
          <div className="pick-row">
            <input
              ref={input}
              id="import-file"
              className="sr-only"
              type="file"
              accept=".csv,.txt,.tsv,text/csv"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void state.pick(file);
                e.target.value = '';
              }}
            />
            <label className="btn primary" htmlFor="import-file">
              Choose a CSV file…
            </label>
            {state.fileName ? <span className="mono">{state.fileName}</span> : null}
            {reading ? (
              <span className="muted" role="status">
                Reading…
              </span>
            ) : null}
          </div>
          {preview ? (
            <p className="muted small">
              {preview.encoding.toUpperCase()}, delimiter “{preview.delimiter === '\t' ? 'tab' : preview.delimiter}”,{' '}
              {preview.hasHeader ? `${preview.headers.length} columns` : 'no header row (columns by number)'}.
            </p>
          ) : null}
        </section>

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

        {preview && mapping ? (
          <>
            <MappingPanel preview={preview} mapping={mapping} />
            <section className="panel" aria-labelledby="preview-heading">
              <h2 id="preview-heading">Preview</h2>
              <Counts preview={preview} />
              {problem ? (
                <div className="banner warn" role="alert">
                  {problem}
                </div>
              ) : null}
              {preview.sameFile ? (
                <div className="banner warn">
                  This exact file was imported on {new Date(preview.sameFile.finishedAt).toLocaleString()}: importing it
                  again changes nothing.{' '}
                  <label className="check inline">
                    <input type="checkbox" checked={force} onChange={(e) => state.setForce(e.target.checked)} />
                    Import it anyway
                  </label>
                </div>
              ) : null}
              <PreviewTable preview={preview} />
              <div className="actions-row">
                <button className="btn ghost" onClick={() => void state.saveMapping()} disabled={reading}>
                  Save mapping for these columns
                </button>
                <button
                  className="btn primary"
                  disabled={!canImport || (preview.sameFile !== null && !force)}
                  onClick={() => void state.run()}
                >
                  {importing ? 'Importing…' : `Import ${n(preview.counts.accepted)} rows`}
                </button>
              </div>
            </section>
          </>
        ) : null}

        {report ? <Report report={report} /> : null}

        <section className="panel" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <History />
        </section>
      </div>
    </>
  );
}
