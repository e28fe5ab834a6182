import { useEffect, useState } from 'react';
import type { SystemInfo } from '../../../shared/contract/system';
import { vocabularyLists } from '../../../shared/contract/vocabulary';
import { api } from '../../api/client';
import { useJobs } from '../jobs/use-jobs';
import { useToasts } from '../../components/use-toasts';
import { CURRENCIES } from '../../lib/currencies';
import { useSettings } from '../../lib/settings';
import { themeChoices, useTheme, type ThemeChoice } from '../../lib/theme';
import { useVocab } from '../../lib/vocab';
import { ImportedReasons } from './ImportedReasons';
import { ListEditor } from './ListEditor';
import { StageDefault } from './StageDefault';
import { CurrenciesSection } from './CurrenciesSection';
import { SharingSection } from '../sharing/SharingSection';
import { BackupsSection } from '../backups/BackupsSection';
import { TeamFolderSection } from '../team-folder/TeamFolderSection';

type VocabList = (typeof vocabularyLists)[number];
const listLabels: Record<VocabList, { title: string; add: string; why: string }> = {
  stages: { title: 'Sales stages', add: 'New stage', why: 'Your own steps, in order.' },
  buyerSteps: { title: 'Buyer steps', add: 'New buyer step', why: "The customer's steps: the truer barometer." },
  criteria: { title: 'Buying criteria', add: 'New criterion', why: 'Rated in every debrief.' },
  reasonCategories: {
    title: 'Reason categories',
    add: 'New category',
    why: 'Group the reasons cases are won and lost for.',
  },
};

const themeLabels: Record<ThemeChoice, string> = {
  system: 'As the system (light or dark)',
  light: 'Light',
  dark: 'Dark',
};

/** Everything the first run set, and every list the debrief uses, editable later. */
export function SettingsPage() {
  const { settings, update } = useSettings();
  const { vocab, load } = useVocab();
  const theme = useTheme();
  const [info, setInfo] = useState<SystemInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sampleBusy, setSampleBusy] = useState(false);
  const [sampleSize, setSampleSize] = useState(600);

  useEffect(() => {
    api.call('system.info', {}).then(setInfo, (e: Error) => setError(e.message));
    if (!vocab) void load();
  }, [vocab, load]);

  const saveVocab = (list: VocabList) => async (item: { id?: string; name: string }) => {
    await api.call('vocab.save', { list, ...item });
    await load();
  };
  const removeVocab = (list: VocabList) => async (id: string) => {
    await api.call('vocab.remove', { list, id });
    await load();
    useToasts.getState().show({ message: 'Removed. Cases that used it keep their history.' }, 4000);
  };

  async function openSample() {
    setSampleBusy(true);
    try {
      // A job: it builds in its own thread with progress in the jobs tray, and the window moves to it when done.
      await useJobs
        .getState()
        .start({ kind: 'sample', input: { cases: sampleSize, seed: 42, open: true } }, { reloadWhenDone: true });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSampleBusy(false);
    }
  }

  return (
    <>
      <header className="page-head">
        <h1>Settings</h1>
      </header>
      <div className="page-body settings">
        {error ? (
          <div className="banner error" role="alert">
            {error}
          </div>
        ) : null}
        <section className="panel settings-section" aria-labelledby="team-heading">
          <h2 id="team-heading">Team</h2>
          <p className="muted">Who sells with you. Each case and each relationship has an owner from this list.</p>
          <ListEditor
            label="Team members"
            addLabel="New team member"
            items={vocab?.team ?? []}
            onSave={async (item) => {
              await api.call('team.save', item);
              await load();
            }}
          />
        </section>

        <SharingSection
          dbPath={info?.dbPath ?? null}
          myName={vocab?.team.find((m) => m.id === settings?.meId)?.name ?? ''}
        />
        <TeamFolderSection />
        <section className="panel settings-section" aria-labelledby="appearance-heading">
          <h2 id="appearance-heading">Appearance</h2>
          <fieldset className="theme-choice">
            <legend className="muted">Theme on this computer</legend>
            {themeChoices.map((choice) => (
              <label key={choice} className="check">
                <input
                  type="radio"
                  name="theme"
                  value={choice}
                  checked={theme.choice === choice}
                  onChange={() => theme.choose(choice)}
                />
                {themeLabels[choice]}
              </label>
            ))}
          </fieldset>
        </section>

        <section className="panel settings-section" aria-labelledby="money-heading">
          <h2 id="money-heading">Money and win rate</h2>
          {settings ? (
            <div className="form-grid">
              <div className="field">
                <label htmlFor="settings-currency">Default currency</label>
                <select
                  id="settings-currency"
                  value={settings.currency}
                  onChange={(e) => void update({ currency: e.target.value })}
                >
                  {[...new Set([settings.currency, ...CURRENCIES])].map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </div>
              <label className="check span-2">
                <input
                  type="checkbox"
                  checked={settings.countNoDecision}
                  onChange={(e) => void update({ countNoDecision: e.target.checked })}
                />
                Count “lost to no decision” as a loss in the win rate
              </label>
            </div>
          ) : null}
        </section>

        <CurrenciesSection />

        {vocabularyLists.map((list) => (
          <section key={list} className="panel settings-section" aria-labelledby={`${list}-heading`}>
            <h2 id={`${list}-heading`}>{listLabels[list].title}</h2>
            <p className="muted">{listLabels[list].why}</p>
            <ListEditor
              label={listLabels[list].title}
              addLabel={listLabels[list].add}
              items={vocab?.[list] ?? []}
              onSave={saveVocab(list)}
              onRemove={removeVocab(list)}
              extra={
                list === 'stages'
                  ? (item) => {
                      const stage = vocab?.stages.find((st) => st.id === item.id);
                      return stage ? <StageDefault stage={stage} onSaved={load} /> : null;
                    }
                  : undefined
              }
              onReorder={async (ids) => {
                await api.call('vocab.reorder', { list, ids });
                await load();
              }}
            />
            {list === 'stages' ? (
              <p className="muted settings-hint">
                Default win probability per stage: a guess used for the “with the stage defaults” forecast. The review
                learns each stage’s real rate from your closed cases and shows both.
              </p>
            ) : null}
          </section>
        ))}

        <ImportedReasons />

        <section className="panel settings-section" aria-labelledby="sample-heading">
          <h2 id="sample-heading">Sample data</h2>
          <p className="muted">
            A realistic team with three years of cases, for trying Winloop or running a workshop. It opens as a separate
            file; your own data is never touched.
          </p>
          <div className="sample-row">
            <label>
              Size{' '}
              <select value={sampleSize} onChange={(e) => setSampleSize(Number(e.target.value))}>
                <option value={600}>600 cases (a small team, a few seconds)</option>
                <option value={20_000}>20,000 cases (a workshop)</option>
                <option value={100_000}>100,000 cases (a large history, about a minute)</option>
              </select>
            </label>{' '}
            <button className="btn" disabled={sampleBusy} onClick={() => void openSample()}>
              Load sample data
            </button>
          </div>
        </section>

        <BackupsSection />

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
