import { useEffect, useState } from 'react';
import { buyingRoleLabels, buyingRoles, type BuyingRole } from '../../../shared/domain/vocabulary';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';

/** "usual: influencer" — what the account's power map shows, and what the case falls back to. */
export function usualRoleHint(usual: BuyingRole | null): string {
  return `usual: ${usual ? buyingRoleLabels[usual].toLowerCase() : 'no role'}`;
}

/**
 * A person's buying role in this one case (decision maker here, influencer on another deal), saved as it is
 * picked, with an undo. The first choice keeps the usual role, so a case says nothing of its own until asked.
 */
export function CaseRoleSelect(props: {
  caseId: string;
  personId: string;
  name: string;
  usual: BuyingRole | null;
  role: BuyingRole | null;
}) {
  const [role, setRole] = useState(props.role);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setRole(props.role), [props.role]);

  async function save(next: BuyingRole | null, before: BuyingRole | null, undoable: boolean) {
    setRole(next);
    setError(null);
    try {
      await api.call('people.setCaseRole', { caseId: props.caseId, personId: props.personId, buyingRole: next });
    } catch (e) {
      setRole(before);
      setError((e as Error).message);
      return;
    }
    if (!undoable) return;
    const shown = next ? buyingRoleLabels[next].toLowerCase() : `their usual role (${usualRoleHint(props.usual)})`;
    useToasts.getState().show({
      message: `${props.name} in this case: ${shown}.`,
      action: { label: 'Undo', run: () => save(before, next, false) },
    });
  }

  return (
    <span className="case-role">
      <select
        className="input"
        aria-label={`${props.name}'s role in this case`}
        aria-describedby={`usual-${props.personId}`}
        value={role ?? ''}
        onChange={(e) => void save((e.target.value || null) as BuyingRole | null, role, true)}
      >
        <option value="">{props.usual ? `Usual: ${buyingRoleLabels[props.usual].toLowerCase()}` : 'Usual role'}</option>
        {buyingRoles.map((r) => (
          <option key={r} value={r}>
            {buyingRoleLabels[r]}
          </option>
        ))}
      </select>
      <span id={`usual-${props.personId}`} className={`muted case-role-hint${role ? ' own' : ''}`}>
        {role ? `${usualRoleHint(props.usual)} · this case differs` : usualRoleHint(props.usual)}
      </span>
      {error ? (
        <span className="error-text" role="alert">
          Not saved: {error}
        </span>
      ) : null}
    </span>
  );
}
