import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/contract/people';
import type { PersonLink } from '../../../shared/contract/powermap';
import type { TeamMember } from '../../../shared/contract/team';
import type { Criterion } from '../../../shared/contract/vocabulary';
import { connectorKinds } from '../../../shared/powermap/route-types';
import {
  attitudeLabels,
  attitudes,
  buyingRoleLabels,
  buyingRoles,
  channelLabels,
  channels,
  influenceLabels,
  levels,
  networkRoleLabels,
  networkRoles,
  visibilityLabels,
  type Attitude,
  type BuyingRole,
  type Channel,
  type Level,
  type NetworkRole,
  type Visibility,
} from '../../../shared/domain/vocabulary';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useToasts } from '../../components/use-toasts';
import { useCharter } from '../charter/use-charter';
import { SharingMarker } from './SharingMarker';
import { descendantsOf } from './layout';
import { connectorKindLabels } from './connector-words';
import { linkChanges, linksFrom, type DraftLink } from './link-draft';
import { LinksEditor } from './LinksEditor';
import { MotivationEditor } from './MotivationEditor';
import { RelationshipsEditor } from './RelationshipsEditor';
import {
  draftErrors,
  draftFrom,
  draftToInput,
  relationshipChanges,
  relationshipsFrom,
  type Draft,
  type DraftRelationship,
  type StakeholderEditing,
} from './stakeholder-draft';

const omitKeys = (errors: Record<string, string>, keys: string[]) =>
  Object.fromEntries(Object.entries(errors).filter(([k]) => !keys.includes(k)));

/** Shared first: it is the default and the team's usual case; private is the explicit exception. */
const shareOrder: Visibility[] = ['team', 'private'];

/**
 * Add or edit a stakeholder and who on our team knows them. The person saves first (errors come back per field
 * from the contract), then each changed relationship. Enter saves from any text field, Esc cancels.
 */
export function StakeholderDialog(props: {
  editing: StakeholderEditing | null;
  accountId: string;
  people: Person[];
  team: TeamMember[];
  links: PersonLink[];
  criteria: Criterion[];
  onClose: (saved?: Person) => void;
  onDelete: (person: Person) => void;
}) {
  const editing = props.editing;
  const existing = editing?.existing ?? null;
  const charter = useCharter((s) => s.charter);
  const loadCharter = useCharter((s) => s.load);
  const newContacts = charter?.newContacts ?? 'team';
  const [draft, setDraft] = useState<Draft>(() => draftFrom(editing ?? { existing: null }, newContacts));
  const [relations, setRelations] = useState<DraftRelationship[]>(() => relationshipsFrom(existing));
  const pending = useRef<DraftRelationship | null>(null);
  const [links, setLinks] = useState<DraftLink[]>(() => linksFrom(existing?.id ?? null, props.links));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!charter) void loadCharter();
  }, [charter, loadCharter]);

  useEffect(() => {
    if (!editing) return;
    setDraft(draftFrom(editing, newContacts));
    setRelations(relationshipsFrom(editing.existing));
    pending.current = null;
    setLinks(linksFrom(editing.existing?.id ?? null, props.links));
    setErrors({});
    setFormError(null);
    // Only a new editing session (or the charter arriving) resets the draft: a reload of the map must not wipe edits.
  }, [editing, newContacts]);

  // A manager cannot be the person or anyone below them: that would be a reporting loop.
  const managers = useMemo(() => {
    if (!existing) return props.people;
    const below = descendantsOf(props.people, existing.id);
    return props.people.filter((p) => p.id !== existing.id && !below.has(p.id));
  }, [props.people, existing]);
  const owner = existing?.ownerId ? props.team.find((m) => m.id === existing.ownerId) : undefined;

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // An error says what was wrong with the old value: once the field is edited it no longer applies.
    setErrors((e) => (Object.keys(patch).some((k) => k in e) ? omitKeys(e, Object.keys(patch)) : e));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = draftToInput(draft);
    setSaving(true);
    setFormError(null);
    let person: Person;
    try {
      person = existing
        ? await api.call('people.update', { id: existing.id, patch: input })
        : await api.call('people.create', { ...input, accountId: props.accountId });
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        const shown = draftErrors(error.fields, error.message);
        setErrors(shown.fields);
        setFormError(shown.form);
      } else setFormError((error as Error).message);
      setSaving(false);
      return;
    }
    // The person is saved: from here a failure must not leave the dialog open to create them a second time.
    try {
      const chosen = pending.current;
      const all = chosen && !relations.some((r) => r.memberId === chosen.memberId) ? [...relations, chosen] : relations;
      for (const { memberId, strength } of relationshipChanges(relationshipsFrom(existing), all)) {
        person = await api.call('relationships.set', { personId: person.id, memberId, strength });
      }
      for (const change of linkChanges(linksFrom(existing?.id ?? null, props.links), links, person.id)) {
        await api.call('links.set', change);
      }
    } catch (error) {
      useToasts
        .getState()
        .show({ message: `Saved ${person.name}, but a relationship or link was not: ${(error as Error).message}` });
    } finally {
      setSaving(false);
    }
    props.onClose(person);
  }

  const title = existing ? `Edit ${existing.name}` : 'New stakeholder';
  const focusRelations = editing?.existing ? editing.focus === 'relationships' : false;
  return (
    <Dialog open={editing !== null} onOpenChange={(open) => (open ? undefined : props.onClose())} title={title}>
      <form className="form-grid pm-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Field label="Name" error={errors.name}>
          <input
            autoFocus={!focusRelations}
            value={draft.name}
            onChange={(e) => update({ name: e.target.value })}
            maxLength={200}
            autoComplete="off"
          />
        </Field>
        <Field label="Title" error={errors.title}>
          <input
            value={draft.title}
            onChange={(e) => update({ title: e.target.value })}
            maxLength={200}
            placeholder="e.g. Head of Operations"
            autoComplete="off"
          />
        </Field>
        <Field label="Who they are" error={errors.connectorKind}>
          <select value={draft.kind} onChange={(e) => update({ kind: e.target.value as Draft['kind'] })}>
            <option value="stakeholder">Stakeholder at the customer</option>
            {connectorKinds.map((k) => (
              <option key={k} value={k}>
                Outside connector: {connectorKindLabels[k].toLowerCase()}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Buying role" error={errors.buyingRole}>
          <select
            value={draft.kind === 'stakeholder' ? draft.buyingRole : ''}
            disabled={draft.kind !== 'stakeholder'}
            onChange={(e) => update({ buyingRole: e.target.value as BuyingRole | '' })}
          >
            <option value="">Not known</option>
            {buyingRoles.map((r) => (
              <option key={r} value={r}>
                {buyingRoleLabels[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Network role" error={errors.networkRole}>
          <select
            value={draft.networkRole}
            onChange={(e) => update({ networkRole: e.target.value as NetworkRole | '' })}
          >
            <option value="">None</option>
            {networkRoles.map((r) => (
              <option key={r} value={r}>
                {networkRoleLabels[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Attitude to us" error={errors.attitude}>
          <select value={draft.attitude} onChange={(e) => update({ attitude: e.target.value as Attitude })}>
            {attitudes.map((a) => (
              <option key={a} value={a}>
                {attitudeLabels[a]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Influence" error={errors.influence}>
          <select value={draft.influence} onChange={(e) => update({ influence: e.target.value as Level })}>
            {levels.map((l) => (
              <option key={l} value={l}>
                {influenceLabels[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Reports to" error={errors.reportsToId}>
          <select
            value={draft.kind === 'stakeholder' ? draft.reportsToId : ''}
            disabled={draft.kind !== 'stakeholder'}
            onChange={(e) => update({ reportsToId: e.target.value })}
          >
            <option value="">No one (top of the chart)</option>
            {managers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title ? `${p.name}, ${p.title}` : p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Preferred channel" error={errors.preferredChannel}>
          <select
            value={draft.preferredChannel}
            onChange={(e) => update({ preferredChannel: e.target.value as Channel | '' })}
          >
            <option value="">Not known</option>
            {channels.map((c) => (
              <option key={c} value={c}>
                {channelLabels[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="E-mail" error={errors.email}>
          <input
            type="email"
            value={draft.email}
            onChange={(e) => update({ email: e.target.value })}
            maxLength={200}
            placeholder="name@company.com"
            autoComplete="off"
          />
        </Field>
        <Field label="Phone" error={errors.phone}>
          <input
            type="tel"
            value={draft.phone}
            onChange={(e) => update({ phone: e.target.value })}
            maxLength={40}
            placeholder="+358 40 123 4567"
            autoComplete="off"
          />
        </Field>
        <Field label="Profile link" error={errors.profileUrl} className="span-2">
          <input
            type="url"
            value={draft.profileUrl}
            onChange={(e) => update({ profileUrl: e.target.value })}
            maxLength={500}
            placeholder="https://www.linkedin.com/in/…"
            autoComplete="off"
          />
        </Field>
        <fieldset className="span-2 pm-visibility">
          <legend>Who can see this contact</legend>
          <SharingMarker
            visibility={draft.visibility}
            owner={owner ?? (existing ? null : (props.team.find((m) => m.isMe) ?? null))}
          />
          {shareOrder.map((v) => (
            <label key={v} className="check">
              <input
                type="radio"
                name="visibility"
                value={v}
                checked={draft.visibility === v}
                onChange={() => update({ visibility: v })}
              />
              {visibilityLabels[v]}
            </label>
          ))}
          <span className="hint">
            {draft.visibility === 'private' && owner && !owner.isMe
              ? `${owner.name} added this contact: making it private hides it from you.`
              : `Sharing is explicit: a private contact is seen only by whoever added it. The team charter starts new contacts ${newContacts === 'private' ? 'private' : 'shared'}.`}
          </span>
        </fieldset>
        <MotivationEditor
          motivation={draft.motivation}
          tags={draft.motivationTags}
          weighed={draft.weighedCriteria}
          criteria={props.criteria}
          error={errors.motivation}
          onChange={update}
        />
        <RelationshipsEditor
          value={relations}
          team={props.team}
          onChange={setRelations}
          onPending={(p) => (pending.current = p)}
          autoFocus={focusRelations}
        />
        <LinksEditor
          selfId={existing?.id ?? null}
          selfName={draft.name}
          people={props.people}
          value={links}
          onChange={setLinks}
        />
        {formError ? (
          <div className="form-error span-2" role="alert">
            {formError}
          </div>
        ) : null}
        <div className="dialog-actions span-2">
          {existing ? (
            <button type="button" className="btn danger" onClick={() => props.onDelete(existing)}>
              Delete
            </button>
          ) : null}
          <span className="hint">
            <kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
          </span>
          <button type="button" className="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={saving}>
            {existing ? 'Save changes' : 'Add stakeholder'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
