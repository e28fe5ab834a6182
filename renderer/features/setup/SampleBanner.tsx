import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useSettings } from '../../lib/settings';

/** Always visible on a sample database, so nobody logs real cases into it by mistake. */
export function SampleBanner() {
  const isSample = useSettings((s) => s.settings?.isSample ?? false);
  const [error, setError] = useState<string | null>(null);
  // Opened on the sample file itself (--db, File ▸ Open), there is no other file to go back to.
  const [canGoBack, setCanGoBack] = useState(false);
  useEffect(() => {
    if (!isSample) return;
    api.call('workspace.status', {}).then(
      (s) => setCanGoBack(s.canGoBack),
      () => setCanGoBack(false),
    );
  }, [isSample]);
  if (!isSample) return null;

  async function leave() {
    try {
      await api.call('workspace.openDefault', {});
      window.location.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div className="sample-banner" role="status">
      <span>You are exploring sample data — nothing here is real.</span>
      {error ? <span role="alert">{error}</span> : null}
      {canGoBack ? (
        <button className="btn small" onClick={() => void leave()}>
          Back to my data
        </button>
      ) : (
        <span className="muted">Open your own file with File ▸ Open Database, or start Winloop without --db.</span>
      )}
    </div>
  );
}
