import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/contract/people';
import { buyingRoleLabels, type BuyingRole } from '../../../shared/domain/vocabulary';
import { api } from '../../api/client';
import { CaseRoleSelect } from './CaseRoleSelect';
import { SaveState, useSetSaver } from './use-set-saver';

type Involved = { personId: string; reached: boolean; buyingRole?: BuyingRole | null }[];

/**
 * The customer's people in this decision and whether we have reached them, recorded while the case runs; the
 * debrief's stakeholder step starts from it. New people are added on the account's power map, with their roles;
 * someone involved can hold another buying role in this case than usual.
 */
export function StakeholdersPanel(props: { caseId: string; accountId: string; initial: Involved }) {
  const [people, setPeople] = useState<Person[] | null>(null);
  const involved = props.initial.map(({ personId, reached }) => ({ personId, reached }));
  const caseRoles = new Map(props.initial.map((p) => [p.personId, p.buyingRole ?? null]));
  const { value, status, save } = useSetSaver(involved, (next) =>
    api.call('debrief.setPeople', { caseId: props.caseId, people: next }),
  );
  useEffect(() => {
    api.call('people.list', { accountId: props.accountId }).then(setPeople, () => setPeople([]));
  }, [props.accountId]);
  const byId = new Map(value.map((p) => [p.personId, p.reached]));
  const set = (personId: string, state: 'out' | 'involved' | 'reached') =>
    void save([
      ...value.filter((p) => p.personId !== personId),
      ...(state === 'out' ? [] : [{ personId, reached: state === 'reached' }]),
    ]);

  return (
    <section className="panel detail-panel" aria-labelledby="stakeholders-heading">
      <header className="panel-head">
        <h2 id="stakeholders-heading">Stakeholders</h2>
        <SaveState status={status} />
      </header>
      {status?.kind === 'error' ? (
        <p className="error-text" role="alert">
          Not saved: {status.message}
        </p>
      ) : null}
      {people && people.length === 0 ? <p className="muted">No one known at this customer yet.</p> : null}
      <ul className="stakeholder-checks">
        {(people ?? []).map((p) => {
          const state = byId.has(p.id) ? (byId.get(p.id) ? 'reached' : 'involved') : 'out';
          return (
            <li key={p.id}>
              <span className="stakeholder-name">
                {p.name}
                <span className="muted">
                  {[p.title, state === 'out' && p.buyingRole ? buyingRoleLabels[p.buyingRole] : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {state === 'out' || p.side === 'connector' ? null : (
                  <CaseRoleSelect
                    caseId={props.caseId}
                    personId={p.id}
                    name={p.name}
                    usual={p.buyingRole}
                    role={caseRoles.get(p.id) ?? null}
                  />
                )}
              </span>
              <select
                className="input"
                aria-label={`${p.name} on this case`}
                value={state}
                onChange={(e) => set(p.id, e.target.value as 'out' | 'involved' | 'reached')}
              >
                <option value="out">Not involved</option>
                <option value="involved">Involved</option>
                <option value="reached">Reached</option>
              </select>
            </li>
          );
        })}
      </ul>
      <a href={`#/accounts/${props.accountId}`}>Add someone on the power map</a>
    </section>
  );
}
