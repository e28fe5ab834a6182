import { useEffect, useState } from 'react';
import type { SystemInfo } from '../../../shared/contract/system';
import { api } from '../../api/client';

/** What this window is connected to: which file, which schema, which mode. */
export function SettingsPage() {
  const [info, setInfo] = useState<SystemInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('system.info', {}).then(setInfo, (e: Error) => setError(e.message));
  }, []);

  return (
    <>
      <header className="page-head">
        <h1>Settings</h1>
      </header>
      <div className="page-body">
        {error ? (
          <div className="banner error" role="alert">
            {error}
          </div>
        ) : null}
        <section className="panel settings-section" aria-labelledby="db-heading">
          <h2 id="db-heading">Database</h2>
          {info ? (
            <dl className="facts">
              <dt>File</dt>
              <dd className="mono">{info.dbPath}</dd>
              <dt>Schema version</dt>
              <dd>{info.schemaVersion}</dd>
              <dt>Running as</dt>
              <dd>
                {info.mode === 'electron'
                  ? 'Desktop app'
                  : info.mode === 'web'
                    ? 'Browser mode (this computer only)'
                    : info.mode}
              </dd>
              <dt>Winloop version</dt>
              <dd>{info.appVersion}</dd>
            </dl>
          ) : (
            <p className="muted">Loading…</p>
          )}
        </section>
      </div>
    </>
  );
}
