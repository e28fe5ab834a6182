import { useState } from 'react';
import type { Person } from '../../../shared/contract/people';
import { strengths, type Strength } from './describe';
import { linkKey, relationLabels, relations, relationToLink, SELF, type DraftLink, type Relation } from './link-draft';
import { linkSentence, linkStrengthLabels } from './link-words';

/**
 * Informal links that touch this person, read from their side, and a row to add one: relation, who, how strongly.
 * Edits stay in the dialog's draft until it is saved, like the relationships above.
 */
export function LinksEditor(props: {
  selfId: string | null;
  selfName: string;
  people: Person[];
  value: DraftLink[];
  onChange: (value: DraftLink[]) => void;
}) {
  const self = props.selfId ?? SELF;
  const others = props.people.filter((p) => p.id !== self);
  const names = new Map(props.people.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => (id === self ? props.selfName || 'This person' : (names.get(id) ?? 'someone'));
  const [relation, setRelation] = useState<Relation>('influences');
  const [otherId, setOtherId] = useState('');
  const [strength, setStrength] = useState<Strength>(2);
  const other = others.find((p) => p.id === otherId) ?? others[0];
  const candidate = other ? relationToLink(self, other.id, relation, strength) : null;
  const duplicate = candidate ? props.value.some((l) => linkKey(l) === linkKey(candidate)) : false;

  const setStrengthOf = (key: string, s: Strength) =>
    props.onChange(props.value.map((l) => (linkKey(l) === key ? { ...l, strength: s } : l)));

  return (
    <fieldset className="span-2 pm-relations pm-links">
      <legend>Informal influence</legend>
      {props.value.length === 0 ? (
        <p className="muted pm-relations-none">
          No informal links yet: who do they listen to, who listens to them, who are they at odds with?
        </p>
      ) : (
        <ul>
          {props.value.map((l) => {
            const key = linkKey(l);
            const text = linkSentence(l, nameOf(l.fromId), nameOf(l.toId));
            return (
              <li key={key} data-link={l.kind}>
                <span className="pm-relations-name">{text}</span>
                <select
                  className="input"
                  aria-label={`How strongly: ${text}`}
                  value={l.strength}
                  onChange={(e) => setStrengthOf(key, Number(e.target.value) as Strength)}
                >
                  {strengths.map((s) => (
                    <option key={s} value={s}>
                      {linkStrengthLabels[s]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="btn ghost small"
                  aria-label={`Remove: ${text}`}
                  onClick={() => props.onChange(props.value.filter((x) => linkKey(x) !== key))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {other ? (
        <div className="pm-relations-add">
          <select
            className="input"
            aria-label="Relation"
            value={relation}
            onChange={(e) => setRelation(e.target.value as Relation)}
          >
            {relations.map((r) => (
              <option key={r} value={r}>
                {relationLabels[r]}
              </option>
            ))}
          </select>
          <select
            className="input"
            aria-label="Other person"
            value={other.id}
            onChange={(e) => setOtherId(e.target.value)}
          >
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title ? `${p.name}, ${p.title}` : p.name}
              </option>
            ))}
          </select>
          <select
            className="input"
            aria-label="How strongly"
            value={strength}
            onChange={(e) => setStrength(Number(e.target.value) as Strength)}
          >
            {strengths.map((s) => (
              <option key={s} value={s}>
                {linkStrengthLabels[s]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn small"
            disabled={duplicate}
            title={duplicate ? 'Already listed: change its strength above' : undefined}
            onClick={() => candidate && props.onChange([...props.value, candidate])}
          >
            Add link
          </button>
        </div>
      ) : (
        <p className="muted pm-relations-none">Add another person to the map to link them.</p>
      )}
    </fieldset>
  );
}
