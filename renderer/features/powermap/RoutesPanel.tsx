import type { PowerMapRoute } from '../../../shared/contract/powermap';
import { buyingRoleLabels } from '../../../shared/domain/vocabulary';

export const routeKey = (targetId: string, index: number) => `${targetId}:${index}`;

/**
 * The way in to each decision maker and economic buyer: the best routes from anyone on the team, worded, each
 * a toggle that highlights its people on the chart. Other members' private contacts are told only by owner.
 */
export function RoutesPanel(props: {
  routes: PowerMapRoute[];
  selected: string | null;
  onSelect: (key: string | null) => void;
}) {
  if (props.routes.length === 0) return null;
  return (
    <section className="pm-routes panel" aria-labelledby="pm-routes-title">
      <h2 id="pm-routes-title">The way in to the decision makers</h2>
      <ul>
        {props.routes.map((t) => (
          <li key={t.targetId} data-target={t.targetId}>
            <div className="pm-route-target">
              <strong>{t.targetName}</strong>
              <span className="muted">
                {' · '}
                {buyingRoleLabels[t.role].toLowerCase()}
                {t.cases.length ? ` in ${t.cases.map((c) => `“${c.title}”`).join(', ')}` : ''}
              </span>
            </div>
            {t.routes.length === 0 ? (
              <p className="pm-route-none">{t.noRoute}</p>
            ) : (
              <ol>
                {t.routes.map((r, i) => {
                  const key = routeKey(t.targetId, i);
                  const on = props.selected === key;
                  return (
                    <li key={key} className={on ? 'on' : undefined}>
                      <span className="pm-route-text">{r.sentence}</span>
                      <button
                        type="button"
                        className="btn small"
                        aria-pressed={on}
                        onClick={() => props.onSelect(on ? null : key)}
                      >
                        {on ? 'Shown on the map' : 'Show on the map'}
                        <span className="visually-hidden">
                          : route {i + 1} to {t.targetName}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
