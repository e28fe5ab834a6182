import * as Tabs from '@radix-ui/react-tabs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePageKeys } from '../../components/use-page-keys';
import { Link } from 'wouter';
import type { Person } from '../../../shared/contract/people';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';
import { formatDate } from '../../lib/format';
import { useVocab } from '../../lib/vocab';
import { AccountFormDialog } from '../accounts/AccountFormDialog';
import { useCasesStore } from '../cases/use-cases-store';
import { accountFacts } from './account-facts';
import { gapsByPerson } from './describe';
import { download, pngFileName, svgToPng } from './export-png';
import { CoveragePanel } from './CoveragePanel';
import { GapsPanel } from './GapsPanel';
import { drawLinks, lineStyles, routeHighlight } from './informal-lines';
import { LinesLegend } from './LinesLegend';
import { RoutesPanel, routeKey } from './RoutesPanel';
import { layoutPowerMap } from './layout';
import { PowerMapChart } from './PowerMapChart';
import { StakeholderDialog } from './StakeholderDialog';
import type { StakeholderEditing } from './stakeholder-draft';
import { StakeholderTable } from './StakeholderTable';
import { powerMapEntities, usePowerMap } from './use-powermap';
import '../../styles/powermap.css';

/** One customer's power map. Keyed by account so nothing (focus, dialogs) carries over to another customer. */
export function PowerMapPage({ accountId }: { accountId: string }) {
  return <PowerMap key={accountId} accountId={accountId} />;
}

/**
 * Who decides, who pays, who blocks, and who on our team knows them: the gaps first, then the org chart (or
 * the same as a table). `N` adds a stakeholder; the chart is one tab stop with arrow keys inside.
 */
function PowerMap({ accountId }: { accountId: string }) {
  const { map: loaded, error, notFound, load } = usePowerMap();
  const { vocab, load: loadVocab } = useVocab();
  const [editing, setEditing] = useState<StakeholderEditing | null>(null);
  const [editingAccount, setEditingAccount] = useState(false);
  const [view, setView] = useState('chart');
  const [focusId, setFocusId] = useState<string | null>(null);
  /** A node to focus once the reloaded map is on screen (id null: the chart's current tab stop). */
  const [pendingFocus, setPendingFocus] = useState<{ id: string | null } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [showLines, setShowLines] = useState(true);
  /** The route highlighted on the chart; undefined: the first one, until the seller picks (null: none). */
  const [pickedRoute, setPickedRoute] = useState<string | null | undefined>(undefined);
  const svgRef = useRef<SVGSVGElement>(null);

  const map = loaded?.account.id === accountId ? loaded : null;
  const people = useMemo(() => map?.people ?? [], [map]);
  const layout = useMemo(() => layoutPowerMap(people), [people]);
  const gaps = useMemo(() => gapsByPerson(map?.gaps ?? []), [map]);
  const team = vocab?.team ?? [];
  const links = useMemo(() => map?.links ?? [], [map]);
  const drawn = useMemo(() => drawLinks(layout.nodes, links), [layout, links]);
  const routes = useMemo(() => map?.routes ?? [], [map]);
  const firstRoute = routes.find((t) => t.routes.length > 0);
  const selectedRoute =
    pickedRoute === undefined ? (firstRoute ? routeKey(firstRoute.targetId, 0) : null) : pickedRoute;
  const highlight = useMemo(() => {
    for (const t of routes) {
      const i = t.routes.findIndex((_, index) => routeKey(t.targetId, index) === selectedRoute);
      const route = t.routes[i];
      if (route) return routeHighlight(layout.nodes, route.path);
    }
    return null;
  }, [routes, selectedRoute, layout]);

  useEffect(() => void load(accountId), [accountId, load]);
  // The team is fetched fresh on every visit: a teammate added while the first load was in flight would
  // otherwise be missing from "Who on our team knows them" (the global reload skips a vocab not yet loaded).
  useEffect(() => void loadVocab(), [loadVocab]);
  useEffect(
    () =>
      api.on('data.changed', ({ entities }) => {
        if (entities.some((e) => powerMapEntities.includes(e))) void load(accountId);
      }),
    [accountId, load],
  );

  // After a save or a delete, focus goes to the node it concerns (or its manager) once the map is reloaded.
  // Waiting for the reload also lets the dialog hand focus back to its opener first, so this focus stays.
  useEffect(() => {
    if (!pendingFocus || view !== 'chart') return;
    const svg = svgRef.current;
    const target =
      (pendingFocus.id && svg?.querySelector<SVGGElement>(`[data-person-id="${pendingFocus.id}"]`)) ||
      svg?.querySelector<SVGGElement>('.pm-node[tabindex="0"]');
    if (pendingFocus.id) setFocusId(pendingFocus.id);
    target?.focus();
    setPendingFocus(null);
  }, [pendingFocus, layout, view]);

  const focusAfterReload = (id: string | null) => void load(accountId).then(() => setPendingFocus({ id }));

  const openNew = useCallback(() => setEditing({ existing: null }), []);
  usePageKeys({
    paused: Boolean(editing || editingAccount),
    onNew: openNew,
  });

  async function remove(person: Person) {
    setEditing(null);
    const node = layout.nodes.find((n) => n.person.id === person.id);
    try {
      await api.call('people.delete', { id: person.id });
      focusAfterReload(node?.parentId ?? null);
      useToasts.getState().show({
        message: `${person.name} moved to the trash`,
        action: { label: 'Undo', run: () => api.call('people.restore', { id: person.id }).then(() => undefined) },
      });
    } catch (e) {
      useToasts.getState().show({ message: `Could not delete ${person.name}: ${(e as Error).message}` });
    }
  }

  async function exportPng() {
    const svg = svgRef.current;
    if (!svg || !map) return;
    setExporting(true);
    try {
      const png = await svgToPng(svg, {
        title: map.account.name,
        subtitle: `Power map · ${people.length} stakeholders · ${formatDate(new Date().toISOString())}`,
        notes: map.gaps.map((g) => g.message),
        legend:
          showLines && drawn.length > 0
            ? [
                { label: 'Reports to', color: 'text-2', dash: '' },
                ...Object.values(lineStyles).map((l) => ({ label: l.label, color: l.color, dash: l.dash })),
              ]
            : [],
      });
      const name = pngFileName(map.account.name);
      download(png, name);
      useToasts.getState().show({ message: `Exported “${name}”` }, 4000);
    } catch (e) {
      useToasts.getState().show({ message: `Could not export the chart: ${(e as Error).message}` });
    } finally {
      setExporting(false);
    }
  }

  if (!map && (notFound || error)) {
    return (
      <>
        <header className="page-head">
          <h1>{notFound ? 'Customer not found' : 'Power map'}</h1>
        </header>
        <div className="page-body">
          <div className="banner error" role="alert">
            {notFound ? 'This customer does not exist, or is in the trash.' : `Could not load the power map: ${error}`}
          </div>
          <p>
            <Link href="/accounts">Back to accounts</Link>
          </p>
        </div>
      </>
    );
  }
  if (!map) return <p className="muted boot">Loading the power map…</p>;

  const account = map.account;
  return (
    <>
      <header className="page-head pm-head">
        <div className="pm-title">
          <Link href="/accounts" className="pm-back">
            <span aria-hidden="true">← </span>Accounts
          </Link>
          <h1>{account.name}</h1>
          <p className="muted" data-testid="account-facts">
            Power map · {accountFacts(account)}
            {account.openCases + account.closedCases > 0 ? (
              <>
                {' · '}
                <Link
                  style={{ whiteSpace: 'nowrap' }}
                  href="/cases"
                  onClick={() => useCasesStore.getState().showAccount(account.id, account.name)}
                >
                  See the cases
                </Link>
              </>
            ) : null}
          </p>
        </div>
        <span className="spacer" />
        <button className="btn" onClick={() => setEditingAccount(true)}>
          Edit customer
        </button>
        <button className="btn" onClick={() => void exportPng()} disabled={people.length === 0 || exporting}>
          {exporting ? 'Exporting…' : 'Export PNG'}
        </button>
        <button className="btn primary" onClick={() => setEditing({ existing: null })}>
          New stakeholder <kbd>N</kbd>
        </button>
      </header>
      <div className="page-body pm-body">
        {error ? (
          <div className="banner error" role="alert">
            Could not refresh the power map: {error}
          </div>
        ) : null}
        {people.length === 0 ? (
          <div className="empty panel pm-empty">
            <h2>Map who decides at {account.name}</h2>
            <p>
              Add the people on the customer's side: who signs, who pays, who uses it, who blocks. Say who reports to
              whom and who on your team knows them; the gaps to close show up here.
            </p>
            <button className="btn primary" onClick={() => setEditing({ existing: null })}>
              Add the first stakeholder
            </button>
          </div>
        ) : (
          <>
            <GapsPanel
              gaps={map.gaps}
              people={people}
              onAssignOwner={(p) => setEditing({ existing: p, focus: 'relationships' })}
              onOpen={(p) => setEditing({ existing: p })}
              onAdd={(role) =>
                setEditing({
                  existing: null,
                  preset: role === 'decision_maker' ? { buyingRole: 'decision_maker' } : { networkRole: 'champion' },
                })
              }
            />
            <RoutesPanel routes={routes} selected={selectedRoute} onSelect={setPickedRoute} />
            <CoveragePanel coverage={map.coverage} />
            <Tabs.Root value={view} onValueChange={setView} className="pm-views">
              <div className="pm-views-head">
                <Tabs.List aria-label="Show the power map as" className="pm-tabs">
                  <Tabs.Trigger value="chart">Chart</Tabs.Trigger>
                  <Tabs.Trigger value="table">Table</Tabs.Trigger>
                </Tabs.List>
                <span className="muted pm-count">
                  {people.length} {people.length === 1 ? 'stakeholder' : 'stakeholders'}
                </span>
                <span className="spacer" />
                <span className="hint muted">
                  {view === 'chart' ? (
                    <>
                      <kbd>←</kbd> <kbd>↑</kbd> <kbd>↓</kbd> <kbd>→</kbd> move · <kbd>Enter</kbd> edit ·{' '}
                      <kbd>Delete</kbd> move to trash
                    </>
                  ) : (
                    'Level by level, as in the chart'
                  )}
                </span>
              </div>
              {view === 'chart' ? <LinesLegend show={showLines} onToggle={setShowLines} count={drawn.length} /> : null}
              {/* The chart stays mounted (hidden) on the table view so Export PNG always has it. */}
              <Tabs.Content value="chart" forceMount hidden={view !== 'chart'} className="pm-chart panel" tabIndex={-1}>
                <PowerMapChart
                  layout={layout}
                  label={`Org chart of ${account.name}`}
                  gaps={gaps}
                  focusId={focusId}
                  onFocusChange={setFocusId}
                  onEdit={(p) => setEditing({ existing: p })}
                  onDelete={(p) => void remove(p)}
                  svgRef={svgRef}
                  lines={showLines ? drawn : null}
                  route={highlight}
                />
              </Tabs.Content>
              <Tabs.Content value="table" tabIndex={-1}>
                <StakeholderTable
                  caption={`Stakeholders of ${account.name}`}
                  layout={layout}
                  gaps={gaps}
                  team={team}
                  onEdit={(p) => setEditing({ existing: p })}
                  onDelete={(p) => void remove(p)}
                />
              </Tabs.Content>
            </Tabs.Root>
          </>
        )}
      </div>
      <StakeholderDialog
        editing={editing}
        accountId={accountId}
        people={people}
        team={team}
        links={links}
        criteria={vocab?.criteria ?? []}
        onDelete={(p) => void remove(p)}
        onClose={(saved) => {
          setEditing(null);
          if (saved) focusAfterReload(saved.id);
        }}
      />
      <AccountFormDialog
        open={editingAccount}
        existing={account}
        onClose={(saved) => {
          setEditingAccount(false);
          if (saved) useToasts.getState().show({ message: `Saved “${saved.name}”` }, 3000);
        }}
      />
    </>
  );
}
