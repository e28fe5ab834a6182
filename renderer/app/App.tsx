import { Link, Redirect, Route, Router, Switch, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useEffect, type ReactNode } from 'react';
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
import { SampleBanner } from '../features/setup/SampleBanner';
import { useSettings } from '../lib/settings';
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
  const settingsError = useSettings((s) => s.error);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            W
          </span>
          Winloop
        </div>
        <div className="nav">
          <NavLink href="/cases" shortcut="1">
            Cases
          </NavLink>
          <NavLink href="/accounts" shortcut="2">
            Accounts
          </NavLink>
          <NavLink href="/actions" shortcut="3">
            Actions
          </NavLink>
          <NavLink href="/review" shortcut="4">
            Review
          </NavLink>
          <NavLink href="/import" shortcut="5">
            Import
          </NavLink>
          <NavLink href="/trash" shortcut="9">
            Trash
          </NavLink>
          <NavLink href="/settings" shortcut=",">
            Settings
          </NavLink>
        </div>
      </nav>
      <main className="main">
        <SampleBanner />
        {settingsError ? (
          <div className="banner error" role="alert">
            Could not read this file's settings: {settingsError}
          </div>
        ) : null}
        <Switch>
          <Route path="/cases" component={CasesPage} />
          <Route path="/cases/:id/debrief">{(params) => <DebriefPage caseId={params.id} />}</Route>
          <Route path="/cases/:id">{(params) => <CaseDetailPage caseId={params.id} />}</Route>
          <Route path="/accounts" component={AccountsPage} />
          <Route path="/accounts/:id">{(params) => <PowerMapPage accountId={params.id} />}</Route>
          <Route path="/actions" component={ActionsPage} />
          <Route path="/review" component={ReviewPage} />
          <Route path="/import" component={ImportPage} />
          <Route path="/trash" component={TrashPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route>
            <Redirect to="/cases" replace />
          </Route>
        </Switch>
      </main>
      <JobsTray />
      <Toasts />
    </div>
  );
}

function NavLink(props: { href: string; shortcut: string; children: ReactNode }) {
  const [active] = useRoute(props.href);
  return (
    <Link href={props.href} aria-current={active ? 'page' : undefined}>
      <span>{props.children}</span>
      <kbd aria-hidden="true">Ctrl {props.shortcut}</kbd>
    </Link>
  );
}
