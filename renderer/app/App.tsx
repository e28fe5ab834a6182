import { Link, Redirect, Route, Router, Switch, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useEffect, useState, type MouseEvent } from 'react';
import { CharterPage } from '../features/charter/CharterPage';
import { navTargets, shortcutLabel, type NavTarget } from '../../shared/navigation';
import { api } from '../api/client';
import { Toasts } from '../components/Toasts';
import { JobsTray } from '../features/jobs/JobsTray';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { ActionsPage } from '../features/actions/ActionsPage';
import { CaseDetailPage } from '../features/case-detail/CaseDetailPage';
import { CasesPage } from '../features/cases/CasesPage';
import { DebriefPage } from '../features/debrief/DebriefPage';
import { PowerMapPage } from '../features/powermap/PowerMapPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { ImportPage } from '../features/import/ImportPage';
import { TrashPage } from '../features/trash/TrashPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { FirstRunPage } from '../features/setup/FirstRunPage';
import { SearchPalette } from '../features/search/SearchPalette';
import { TodayPage } from '../features/today/TodayPage';
import { useTodayBadge } from '../features/today/use-today-badge';
import { SampleBanner } from '../features/setup/SampleBanner';
import { CurrentFile } from '../features/workspaces/CurrentFile';
import { WorkspacePage } from '../features/workspaces/WorkspacePage';
import { TeamFolderNotice } from '../features/team-folder/TeamFolderNotice';
import { useSettings } from '../lib/settings';
import { useCommands } from './commands';
import { useAppCommands } from './use-app-commands';
import { useDataChanged } from './use-data-changed';

/** Hash routing, so the same URLs work from `file://` in Electron and from the loopback server in browser mode. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}

function Shell() {
  const { settings, error, load } = useSettings();
  useEffect(() => void load(), [load]);
  if (!settings && !error) return <p className="muted boot">Opening your database…</p>;
  if (settings && !settings.firstRunDone) return <FirstRunPage />;
  return <Workspace />;
}

function Workspace() {
  useAppCommands();
  useDataChanged();
  const dueCount = useTodayBadge();
  const settingsError = useSettings((s) => s.error);
  const [finding, setFinding] = useState(false);
  const lastCommand = useCommands((s) => s.last);
  useEffect(() => {
    if (lastCommand?.command === 'search.open') setFinding(true);
  }, [lastCommand]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to the page
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            W
          </span>
          Winloop
        </div>
        <CurrentFile />
        <div className="nav">
          {navTargets.map((t) => (
            <NavLink key={t.command} target={t} count={t.command === 'nav.today' ? dueCount : 0} />
          ))}
        </div>
        <button className="btn ghost find-button" onClick={() => setFinding(true)}>
          Find anything <kbd>{desktop && mac ? '⌘ K' : 'Ctrl K'}</kbd>
        </button>
      </nav>
      <main className="main" id="main" tabIndex={-1}>
        <SampleBanner />
        <TeamFolderNotice />
        {settingsError ? (
          <div className="banner error" role="alert">
            Could not read this file's settings: {settingsError}
          </div>
        ) : null}
        <Switch>
          <Route path="/today" component={TodayPage} />
          <Route path="/cases" component={CasesPage} />
          <Route path="/cases/:id/debrief">{(params) => <DebriefPage caseId={params.id} />}</Route>
          <Route path="/cases/:id">{(params) => <CaseDetailPage caseId={params.id} />}</Route>
          <Route path="/accounts" component={AccountsPage} />
          <Route path="/accounts/:id">{(params) => <PowerMapPage accountId={params.id} />}</Route>
          <Route path="/actions" component={ActionsPage} />
          <Route path="/review" component={ReviewPage} />
          <Route path="/import" component={ImportPage} />
          <Route path="/team/charter" component={CharterPage} />
          <Route path="/workspace" component={WorkspacePage} />
          <Route path="/trash" component={TrashPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route component={StartPage} />
        </Switch>
      </main>
      <SearchPalette open={finding} onClose={() => setFinding(false)} />
      <JobsTray />
      <Toasts />
    </div>
  );
}

const desktop = typeof window !== 'undefined' && Boolean(window.winloop);
const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A skip link's target is focused too, so the next Tab starts inside the page rather than in the sidebar. */
function skipToMain(e: MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

/** The start page: Today once there are cases to work on, the case list (and its first-case prompt) before. */
function StartPage() {
  const [to, setTo] = useState<string | null>(null);
  useEffect(() => {
    api.call('cases.list', { limit: 1 }).then(
      (page) => setTo(page.total > 0 ? '/today' : '/cases'),
      () => setTo('/cases'),
    );
  }, []);
  return to ? <Redirect to={to} replace /> : null;
}

function NavLink({ target, count }: { target: NavTarget; count: number }) {
  const [active] = useRoute(target.route);
  return (
    <Link href={target.route} aria-current={active ? 'page' : undefined}>
      <span>{target.label}</span>
      {count > 0 ? (
        <span className="nav-count" aria-label={`${count} due`}>
          {count}
        </span>
      ) : null}
      <kbd aria-hidden="true">{shortcutLabel(target, { desktop, mac })}</kbd>
    </Link>
  );
}
