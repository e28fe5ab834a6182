import { useState } from 'react';
import type { TeamMember } from '../../../shared/contract/team';
import { strengthLabel, strengths, type Strength } from './describe';
import type { DraftRelationship } from './stakeholder-draft';

const memberLabel = (m: TeamMember) => (m.isMe ? `${m.name} (me)` : m.name);

/**
 * Who on our team knows this stakeholder, and how well. Edits stay in the dialog's draft until it is saved.
 * The add row preselects the first teammate not listed yet, so "Add" is two keys away. A choice made in the
 * add row counts even if "Add relationship" is never pressed: the dialog saves it with the person
 * (`onPending`), since a seller who picked a teammate and a strength believes they recorded it.
 */
export function RelationshipsEditor(props: {
  value: DraftRelationship[];
  team: TeamMember[];
  onChange: (value: DraftRelationship[]) => void;
  /** The add row's choice once the person has touched it, null when there is none. */
  onPending?: (pending: DraftRelationship | null) => void;
  autoFocus?: boolean;
}) {
  const free = props.team.filter((m) => !props.value.some((r) => r.memberId === m.id));
  const [pick, setPick] = useState('');
  const [strength, setStrength] = useState<Strength>(2);
  const chosen = free.find((m) => m.id === pick) ?? free[0];
  const touch = (memberId: string, s: Strength) => {
    const member = free.find((m) => m.id === memberId);
    props.onPending?.(member ? { memberId, memberName: member.name, strength: s } : null);
  };

  const setStrengthOf = (memberId: string, s: Strength) =>
    props.onChange(props.value.map((r) => (r.memberId === memberId ? { ...r, strength: s } : r)));

  return (
    <fieldset className="span-2 pm-relations">
      <legend>Who on our team knows them</legend>
      {props.value.length === 0 ? (
        <p className="muted pm-relations-none">Nobody yet. Add the teammate who owns this relationship.</p>
      ) : (
        <ul>
          {props.value.map((r) => (
            <li key={r.memberId}>
              <span className="pm-relations-name">{r.memberName}</span>
              <select
                className="input"
                aria-label={`How well ${r.memberName} knows them`}
                value={r.strength}
                onChange={(e) => setStrengthOf(r.memberId, Number(e.target.value) as Strength)}
              >
                {strengths.map((s) => (
                  <option key={s} value={s}>
                    {strengthLabel(s)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="btn ghost small"
                aria-label={`Remove ${r.memberName}`}
                onClick={() => props.onChange(props.value.filter((x) => x.memberId !== r.memberId))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen ? (
        <div className="pm-relations-add">
          <select
            className="input"
            aria-label="Team member"
            autoFocus={props.autoFocus}
            value={chosen.id}
            onChange={(e) => {
              setPick(e.target.value);
              touch(e.target.value, strength);
            }}
          >
            {free.map((m) => (
              <option key={m.id} value={m.id}>
                {memberLabel(m)}
              </option>
            ))}
          </select>
          <select
            className="input"
            aria-label="How well they know them"
            value={strength}
            onChange={(e) => {
              setStrength(Number(e.target.value) as Strength);
              touch(chosen.id, Number(e.target.value) as Strength);
            }}
          >
            {strengths.map((s) => (
              <option key={s} value={s}>
                {strengthLabel(s)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn small"
            onClick={() => {
              props.onChange([...props.value, { memberId: chosen.id, memberName: chosen.name, strength }]);
              setPick('');
              props.onPending?.(null);
            }}
          >
            Add relationship
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
