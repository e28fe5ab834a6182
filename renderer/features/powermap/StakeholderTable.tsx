import type { Person, PowerMapGap } from '../../../shared/contract/people';
import {
  attitudeLabels,
  buyingRoleLabels,
  channelLabels,
  influenceLabels,
  networkRoleLabels,
} from '../../../shared/domain/vocabulary';
import type { TeamMember } from '../../../shared/contract/team';
import { sharingWords } from './SharingMarker';
import { byStrength, strengthLabel } from './describe';
import type { ChartLayout } from './layout';

/**
 * The same map as a table, in chart order (level by level), for screen readers, for a quick scan and for
 * copying. Every action the chart offers is a button here too.
 */
export function StakeholderTable(props: {
  caption: string;
  layout: ChartLayout;
  gaps: Map<string, PowerMapGap[]>;
  team: TeamMember[];
  onEdit: (person: Person) => void;
  onDelete: (person: Person) => void;
}) {
  const names = new Map(props.layout.nodes.map((n) => [n.person.id, n.person.name]));
  const rows = [...props.layout.nodes].sort((a, b) => a.depth - b.depth || a.x - b.x);
  return (
    <div className="pm-table-wrap panel">
      <table className="pm-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Stakeholder</th>
            <th scope="col">Reports to</th>
            <th scope="col">Roles</th>
            <th scope="col">Attitude</th>
            <th scope="col">Known by</th>
            <th scope="col">Channel</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ person: p, parentId }) => {
            const gaps = props.gaps.get(p.id) ?? [];
            const owners = byStrength(p.relationships);
            return (
              <tr key={p.id} className={gaps.length ? 'has-gap' : undefined}>
                <th scope="row">
                  <span className="pm-table-name">{p.name}</span>
                  {p.title ? <span className="muted">{p.title}</span> : null}
                  {gaps.map((g) => (
                    <span key={g.kind} className="pm-table-gap">
                      <span aria-hidden="true">⚠ </span>
                      <span className="visually-hidden">Gap: </span>
                      {g.message}
                    </span>
                  ))}
                </th>
                <td>{parentId ? names.get(parentId) : <span className="muted">—</span>}</td>
                <td>
                  {p.buyingRole || p.networkRole ? (
                    <ul className="pm-cell-list">
                      {p.buyingRole ? <li>{buyingRoleLabels[p.buyingRole]}</li> : null}
                      {p.networkRole ? <li>{networkRoleLabels[p.networkRole]}</li> : null}
                    </ul>
                  ) : (
                    <span className="muted">Not known</span>
                  )}
                </td>
                <td>
                  <span className={`pm-attitude ${p.attitude}`}>{attitudeLabels[p.attitude]}</span>
                  <br />
                  <span className="muted pm-influence">{influenceLabels[p.influence]} influence</span>
                </td>
                <td>
                  {owners.length ? (
                    <ul className="pm-cell-list">
                      {owners.map((r) => (
                        <li key={r.memberId}>
                          {r.memberName} <span className="muted">({strengthLabel(r.strength).toLowerCase()})</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="pm-unowned">No one</span>
                  )}
                </td>
                <td>
                  {p.preferredChannel ? channelLabels[p.preferredChannel] : <span className="muted">Not known</span>}
                  <br />
                  <span className="muted">
                    {sharingWords(p.visibility, props.team.find((m) => m.id === p.ownerId) ?? null)}
                  </span>
                </td>
                <td className="pm-table-actions">
                  <button className="btn small" aria-label={`Edit ${p.name}`} onClick={() => props.onEdit(p)}>
                    Edit
                  </button>
                  <button
                    className="btn small ghost danger"
                    aria-label={`Delete ${p.name}`}
                    onClick={() => props.onDelete(p)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
