/**
 * The mapping screen: each Winloop field beside the CSV column that feeds it (with sample values), value maps
 * for outcome, stage, owner and competitor, the day/month question for an ambiguous date column, and a live
 * preview of the first rows as cases with the refused ones highlighted.
 */
import type { Mapping, Preview } from '../../../shared/contract/imports';
import { CURRENCIES } from '../../lib/currencies';
import { fieldRows, outcomeChoices } from './fields';
import { useImport } from './use-import';

type ValueMap = 'outcome' | 'stage' | 'owner' | 'competitor';
const valueMaps: { key: ValueMap; label: string }[] = [
  { key: 'outcome', label: 'Outcome values' },
  { key: 'stage', label: 'Stage values' },
  { key: 'owner', label: 'Owner names' },
  { key: 'competitor', label: 'Competitor names' },
];

const firstColumn = (ref: string | string[] | undefined) => (Array.isArray(ref) ? ref[0] : ref) ?? '';

export function MappingPanel({ preview, mapping }: { preview: Preview; mapping: Mapping }) {
  const setMapping = useImport((s) => s.setMapping);
  const samplesOf = (column: string) => preview.samples[preview.headers.indexOf(column)] ?? [];
  const valuesOf = (column: string) => preview.values[preview.headers.indexOf(column)] ?? [];

  const setColumn = (field: (typeof fieldRows)[number]['field'], column: string) => {
    const columns = { ...mapping.columns };
    if (column === '') delete columns[field];
    else columns[field] = column;
    setMapping({ ...mapping, columns });
  };
  const setValue = (map: ValueMap, from: string, to: string) => {
    const current = { ...(mapping.values[map] ?? {}) } as Record<string, string>;
    if (to === '') delete current[from];
    else current[from] = to;
    setMapping({ ...mapping, values: { ...mapping.values, [map]: current } });
  };
  const sourceColumn = (map: ValueMap) =>
    map === 'outcome'
      ? firstColumn(mapping.columns.outcome ?? mapping.columns.stage)
      : firstColumn(mapping.columns[map]);

  return (
    <div className="mapping">
      <section className="panel" aria-labelledby="columns-heading">
        <h2 id="columns-heading">Columns</h2>
        <p className="muted">
          {preview.mappingSource === 'detected'
            ? `Recognised as a ${preview.format.replace('_', ' ')} export; check the columns below.`
            : preview.mappingSource === 'saved'
              ? 'Using the mapping you saved for files with these columns.'
              : preview.mappingSource === 'given'
                ? 'Your mapping: every change shows in the preview below.'
                : 'Not a layout Winloop knows: say which column holds what.'}
        </p>
        <table className="step-table mapping-table">
          <thead>
            <tr>
              <th scope="col">Winloop field</th>
              <th scope="col">CSV column</th>
              <th scope="col">Sample values</th>
            </tr>
          </thead>
          <tbody>
            {fieldRows.map((row) => {
              const column = firstColumn(mapping.columns[row.field]);
              const id = `map-${row.field}`;
              return (
                <tr key={row.field}>
                  <th scope="row">
                    <label htmlFor={id}>{row.label}</label>
                    {row.hint ? <div className="muted small">{row.hint}</div> : null}
                  </th>
                  <td>
                    <select id={id} value={column} onChange={(e) => setColumn(row.field, e.target.value)}>
                      <option value="">— not imported —</option>
                      {preview.headers.map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="samples muted">{column ? samplesOf(column).join(' · ') : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="form-grid mapping-extra">
          <div className="field">
            <label htmlFor="map-currency">Currency when the file has none</label>
            <select
              id="map-currency"
              value={mapping.currency}
              onChange={(e) => setMapping({ ...mapping, currency: e.target.value })}
            >
              {[...new Set([mapping.currency, ...CURRENCIES])].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>

      {preview.ambiguousDateColumns.length > 0 || mapping.dateOrder ? (
        <fieldset className="panel date-question" aria-describedby="date-question-hint">
          <legend>How are the dates written?</legend>
          <p id="date-question-hint">
            {preview.ambiguousDateColumns.length > 0
              ? `In ${preview.ambiguousDateColumns.join(', ')} every date could be read either way (e.g. ${samplesOf(preview.ambiguousDateColumns[0] ?? '')[0] ?? '03/04/2024'}). Winloop does not guess:`
              : 'You said:'}
          </p>
          <label className="check">
            <input
              type="radio"
              name="date-order"
              checked={mapping.dateOrder === 'dmy'}
              onChange={() => setMapping({ ...mapping, dateOrder: 'dmy' })}
            />
            Day first (31/12/2024)
          </label>
          <label className="check">
            <input
              type="radio"
              name="date-order"
              checked={mapping.dateOrder === 'mdy'}
              onChange={() => setMapping({ ...mapping, dateOrder: 'mdy' })}
            />
            Month first (12/31/2024)
          </label>
        </fieldset>
      ) : null}

      <section className="panel" aria-labelledby="values-heading">
        <h2 id="values-heading">Values</h2>
        <p className="muted">Translate what the file says into yours. Left blank, a value is read as it is.</p>
        <div className="value-maps">
          {valueMaps.map(({ key, label }) => {
            const column = sourceColumn(key);
            if (!column) return null;
            const values = valuesOf(column);
            if (values.length === 0) return null;
            const map = mapping.values[key] ?? {};
            return (
              <div key={key} className="value-map">
                <h3>
                  {label} <span className="muted small">from {column}</span>
                </h3>
                <table className="step-table narrow">
                  <tbody>
                    {values.map((v) => (
                      <tr key={v}>
                        <th scope="row">{v}</th>
                        <td>
                          {key === 'outcome' ? (
                            <select
                              aria-label={`${label}: ${v}`}
                              value={map[v] ?? ''}
                              onChange={(e) => setValue(key, v, e.target.value)}
                            >
                              {outcomeChoices.map(([value, text]) => (
                                <option key={value} value={value}>
                                  {text}
                                </option>
                              ))}
                            </select>
                          ) : (
                            <input
                              aria-label={`${label}: ${v}`}
                              placeholder="as is"
                              defaultValue={map[v] ?? ''}
                              onBlur={(e) => setValue(key, v, e.target.value.trim())}
                            />
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
        </div>
      </section>
    </div>
  );
}

const money = (minor: number | null, currency: string) =>
  minor === null
    ? ''
    : new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 2 }).format(minor / 100);

/** The first rows as they would become cases; a refused row in their place, with why. */
export function PreviewTable({ preview }: { preview: Preview }) {
  return (
    <table className="step-table preview-table" aria-label="First rows as cases">
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Title</th>
          <th scope="col">Account</th>
          <th scope="col">Owner</th>
          <th scope="col">Outcome</th>
          <th scope="col" className="right">
            Value
          </th>
          <th scope="col">Opened</th>
          <th scope="col">Closed</th>
        </tr>
      </thead>
      <tbody>
        {preview.firstRows.map(({ line, row, reject }) =>
          row ? (
            <tr key={line}>
              <td className="num">{line}</td>
              <td>{row.title}</td>
              <td>{row.account ?? <span className="muted">—</span>}</td>
              <td>{row.owner ?? ''}</td>
              <td>
                <span className={`badge ${row.outcome}`}>{row.outcome.replace('_', ' ')}</span>
              </td>
              <td className="right num">{money(row.valueMinor, row.currency)}</td>
              <td className="num">{row.openedOn ?? ''}</td>
              <td className="num">{row.closedOn ?? ''}</td>
            </tr>
          ) : (
            <tr key={line} className="problem">
              <td className="num">{line}</td>
              <td colSpan={7}>
                <strong>Refused</strong>
                {reject?.column ? ` (${reject.column})` : ''}: {reject?.reason}
                {reject?.raw ? <span className="muted mono"> “{reject.raw.slice(0, 80)}”</span> : null}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
