import { useState } from 'react';
import { api } from '../../api/client';
import { useSettings } from '../../lib/settings';

/** Always visible on a sample database, so nobody logs real cases into it by mistake. */
export function SampleBanner() {
  const isSample = useSettings((s) => s.settings?.isSample ?? false);
  const [error, setError] = useState<string | null>(null);
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
      <button className="btn small" onClick={() => void leave()}>
        Back to my data
      </button>
    </div>
  );
}
