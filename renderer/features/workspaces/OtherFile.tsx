/**
 * A new empty database and another file to open. The desktop app asks with the system's dialogs
 * (`workspaces.pick`); a browser tab has none, so it takes a name or a path typed here, checked before the
 * call with the contract's own rule. A file the host refuses is one sentence, and the open file stays open.
 * Changes with: shared/contract/workspaces.ts (NewFileName), electron/shell/file-dialogs.ts.
 */
import { useState, type FormEvent } from 'react';
import { NewFileName } from '../../../shared/contract/workspaces';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { RefusableButton } from './RefusableButton';
import { resolveTyped, splitPath, useWorkspaces } from './use-workspaces';

const desktop = typeof window !== 'undefined' && Boolean(window.winloop);

/** The host's reason, on the field it is about when it names one. */
function messageOf(error: unknown, field: string): string {
  if (error instanceof ApiError && error.fields?.[field]) return error.fields[field];
  return (error as Error).message;
}

export function NewFile() {
  const { info, switching, create } = useWorkspaces();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  if (!info) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = NewFileName.safeParse(name);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? 'Name the new file');
    setError(undefined);
    try {
      await create({ name: checked.data });
    } catch (e) {
      setError(messageOf(e, 'name'));
    }
  }

  async function pickAndCreate() {
    setError(undefined);
    try {
      const { path } = await api.call('workspaces.pick', { purpose: 'create' });
      if (path) await create({ path });
    } catch (e) {
      setError(messageOf(e, 'path'));
    }
  }

  return (
    <section className="panel workspace-section" aria-labelledby="new-file-heading">
      <h2 id="new-file-heading">New empty database</h2>
      <p className="muted">A file of its own: no cases, no team yet. The file open now is kept as it is.</p>
      {desktop ? (
        <RefusableButton error={error} disabled={switching !== null} onPick={() => void pickAndCreate()}>
          New empty database…
        </RefusableButton>
      ) : (
        <form className="workspace-form" onSubmit={(e) => void submit(e)} noValidate aria-label="New empty database">
          <Field
            label="Name of the new file"
            error={error}
            hint={`Saved in ${info.dataDir}; “.db” is added unless you give an ending.`}
          >
            <input
              value={name}
              maxLength={120}
              onChange={(e) => {
                setName(e.target.value);
                setError(undefined);
              }}
            />
          </Field>
          <button className="btn primary" type="submit" disabled={switching !== null}>
            {switching === name.trim() && name.trim() ? 'Creating…' : 'Create and open'}
          </button>
        </form>
      )}
    </section>
  );
}

export function OpenFile() {
  const { info, switching, open } = useWorkspaces();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  if (!info) return null;
  const stays = `${splitPath(info.dbPath).name} stays open.`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!info) return;
    const path = resolveTyped(typed, info.dataDir);
    if (!path) return setError('Type the path of a Winloop database.');
    setError(undefined);
    try {
      await open(path);
    } catch (e) {
      setError(`${messageOf(e, 'path')} ${stays}`);
    }
  }

  async function pickAndOpen() {
    setError(undefined);
    try {
      const { path } = await api.call('workspaces.pick', { purpose: 'open' });
      if (path) await open(path);
    } catch (e) {
      setError(`${messageOf(e, 'path')} ${stays}`);
    }
  }

  return (
    <section className="panel workspace-section" aria-labelledby="open-file-heading">
      <h2 id="open-file-heading">Open another file</h2>
      <p className="muted">A Winloop database from a colleague, a backup copy or a workshop.</p>
      {desktop ? (
        <RefusableButton error={error} disabled={switching !== null} onPick={() => void pickAndOpen()}>
          Open another file…
        </RefusableButton>
      ) : (
        <form className="workspace-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Open another file">
          <Field
            label="Path of the file"
            error={error}
            hint={`The full path, or the name of a file in ${info.dataDir}.`}
          >
            <input
              value={typed}
              maxLength={4096}
              spellCheck={false}
              onChange={(e) => {
                setTyped(e.target.value);
                setError(undefined);
              }}
            />
          </Field>
          <button className="btn primary" type="submit" disabled={switching !== null}>
            {switching !== null && switching === resolveTyped(typed, info.dataDir) ? 'Opening…' : 'Open'}
          </button>
        </form>
      )}
    </section>
  );
}
