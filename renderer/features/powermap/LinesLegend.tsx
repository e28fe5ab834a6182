import type { LinkKind } from '../../../shared/powermap/route-types';
import { lineStyles } from './informal-lines';

const kinds = Object.keys(lineStyles) as LinkKind[];

/** What each line style means, with the switch that hides them all (the reporting lines stay). */
export function LinesLegend(props: { show: boolean; onToggle: (show: boolean) => void; count: number }) {
  return (
    <div className="pm-legend" data-testid="lines-legend">
      <label className="check">
        <input type="checkbox" checked={props.show} onChange={(e) => props.onToggle(e.target.checked)} />
        Informal lines ({props.count})
      </label>
      {props.show ? (
        <ul aria-label="Line styles">
          <li>
            <svg width="34" height="10" aria-hidden="true">
              <path d="M1,5H33" style={{ stroke: 'var(--text-2)', strokeWidth: 1.5, opacity: 0.6 }} />
            </svg>
            Reports to
          </li>
          {kinds.map((kind) => (
            <li key={kind}>
              <svg width="34" height="10" aria-hidden="true">
                <path
                  d="M1,5H27"
                  style={{
                    stroke: `var(--${lineStyles[kind].color})`,
                    strokeWidth: 2.5,
                    strokeDasharray: lineStyles[kind].dash || undefined,
                    strokeLinecap: 'round',
                  }}
                />
                <path d="M26,1L33,5L26,9z" style={{ fill: `var(--${lineStyles[kind].color})` }} />
              </svg>
              {lineStyles[kind].label}
            </li>
          ))}
          <li className="muted">thicker = stronger</li>
        </ul>
      ) : null}
    </div>
  );
}
