/**
 * The team folder kept in step, run by the host (the desktop app and browser mode) beside the open file: on
 * start, every N minutes and on quit it writes this seller's export there when something changed since it last
 * did; it watches the folder (and looks again every half minute, since a watch misses events on network and
 * synced folders) and takes in each teammate's file once the file has stopped changing. A file without
 * conflicts is merged by itself; one with conflicts waits for the seller; a refused file is reported, never
 * merged. Everything goes through the API (jobs and methods), so this file knows nothing of the merge code.
 * Changes with: shared/contract/team-folder.ts, folder-files.ts, take-in.ts, publish.ts, job-client.ts, host.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EventPayload } from '../../shared/api';
import type { MergeHistoryEntry } from '../../shared/contract/sharing';
import type { Settings } from '../../shared/contract/settings';
import type { SystemInfo } from '../../shared/contract/system';
import type { TeamFolderSettings, TeamFolderStatus } from '../../shared/contract/team-folder';
import type { Vocabulary } from '../../shared/contract/vocabulary';
import { ApiError } from '../../shared/envelope';
import type { Dispatch } from '../dispatch';
import type { EventListener } from '../event-bus';
import { systemClock, type Clock } from './clock';
import { jobClient } from './job-client';
import { lookAt, statOf, toFile, type Entry, type Seen } from './folder-files';
import { ownFileName } from './names';
import { writeOwnFile } from './own-file';
import { takeIn } from './take-in';

export interface SchedulerOptions {
  dispatch: Dispatch;
  /** The workspace's events: data.changed and job.progress in, teamfolder.status out. */
  events: {
    subscribe(listener: EventListener): () => void;
    emit(event: 'teamfolder.status', payload: TeamFolderStatus): void;
  };
  clock?: Clock;
  /** Calls `onChange` when something in the folder changes; returns the stop function. Default: fs.watch. */
  watch?: (folder: string, onChange: () => void) => () => void;
  /** How long a file must keep its size and time before it is read (a sync tool may still be writing it). */
  settleMs?: number;
  /** How often the folder is looked at even without a watch event. */
  rescanMs?: number;
  log?: (message: string) => void;
}

interface Config {
  dbPath: string;
  folder: string | null;
  enabled: boolean;
  intervalMinutes: number;
  me: { id: string; name: string } | null;
}

export interface TeamFolderScheduler {
  status(): TeamFolderStatus;
  /** Writes this file when something changed and looks at every teammate's file; resolves when done. */
  syncNow(): Promise<TeamFolderStatus>;
  /** Resolves once the work asked for so far has been done (tests). */
  idle(): Promise<void>;
  /** The last write when something changed (on quit), then nothing more. */
  stop(): Promise<void>;
}

const SETTLE_MS = 3_000;
const RESCAN_MS = 30_000;

export function startTeamFolder(opts: SchedulerOptions): TeamFolderScheduler {
  const clock = opts.clock ?? systemClock;
  const settleMs = opts.settleMs ?? SETTLE_MS;
  const rescanMs = opts.rescanMs ?? RESCAN_MS;
  const log = opts.log ?? ((message: string) => process.stderr.write(`winloop: team folder: ${message}\n`));
  const watchFolder = opts.watch ?? defaultWatch;
  const jobs = jobClient(opts.dispatch, clock);

  let config: Config | null = null;
  let dirty = true;
  let stopped = false;
  let state: TeamFolderStatus['state'] = 'off';
  let error: string | null = null;
  let lastExportAt: string | null = null;
  let lastScanAt: string | null = null;
  const entries = new Map<string, Entry>();
  const looks = new Map<string, Seen>();
  let work: Promise<void> = Promise.resolve();
  let exportTimer: unknown = null;
  let rescanTimer: unknown = null;
  let settleTimer: unknown = null;
  let unwatch: (() => void) | null = null;
  let watched: string | null = null;
  let recheckPending = false;

  const iso = () => new Date(clock.now()).toISOString();
  const ownName = () => (config?.me ? ownFileName(config.me.name, config.me.id) : null);
  const active = () => Boolean(config?.enabled && config.folder) && !stopped;

  function status(): TeamFolderStatus {
    return {
      available: true,
      enabled: config?.enabled ?? false,
      folder: config?.folder ?? null,
      state: active() ? state : 'off',
      ownFile: ownName(),
      lastExportAt,
      lastScanAt,
      error,
      files: [...entries.values()]
        .filter((e) => !e.own)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(toFile),
    };
  }
  const announce = () => opts.events.emit('teamfolder.status', status());

  /** One piece of work at a time: an export, a look at the folder and a merge never overlap. */
  function queue(task: () => Promise<void>): Promise<void> {
    work = work.then(task).catch((e: unknown) => {
      error = e instanceof Error ? e.message : String(e);
      state = 'error';
      log(error);
      announce();
    });
    return work;
  }

  async function call<T>(method: string, input: unknown = {}): Promise<T> {
    const envelope = await opts.dispatch(method, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  }

  /** Reads the settings again (a change, a file switch) and follows them: timers, watch, what is known. */
  async function refresh(): Promise<void> {
    const info = await call<SystemInfo>('system.info');
    const folderSettings = await call<TeamFolderSettings>('teamfolder.settings');
    const settings = await call<Settings>('settings.get');
    const vocab = settings.meId ? await call<Vocabulary>('vocab.get') : null;
    const meName = vocab?.team.find((m) => m.id === settings.meId)?.name ?? null;
    const next: Config = {
      dbPath: info.dbPath,
      folder: folderSettings.folder,
      enabled: folderSettings.enabled,
      intervalMinutes: folderSettings.intervalMinutes,
      me: settings.meId && meName !== null ? { id: settings.meId, name: meName } : null,
    };
    const before = config;
    config = next;
    if (!before || before.dbPath !== next.dbPath || before.folder !== next.folder) {
      // Another file or another folder: nothing known about the old one holds here.
      entries.clear();
      looks.clear();
      dirty = true;
      error = null;
      lastExportAt = null;
      lastScanAt = null;
    }
    if (!active()) {
      stopTimers();
      state = 'off';
      return;
    }
    if (state === 'off') state = 'idle';
    if (watched !== next.folder) {
      unwatch?.();
      watched = next.folder;
      try {
        unwatch = watchFolder(next.folder!, () => lookSoon());
      } catch (e) {
        // The periodic look still finds every file; only the promptness is lost.
        unwatch = null;
        log(`cannot watch ${next.folder}: ${String(e)}`);
      }
    }
    if (!before || before.intervalMinutes !== next.intervalMinutes || exportTimer === null) scheduleExport();
    if (rescanTimer === null) scheduleRescan();
  }

  function stopTimers(): void {
    for (const timer of [exportTimer, rescanTimer, settleTimer]) if (timer !== null) clock.clearTimeout(timer);
    exportTimer = rescanTimer = settleTimer = null;
    unwatch?.();
    unwatch = null;
    watched = null;
  }

  function scheduleExport(): void {
    if (exportTimer !== null) clock.clearTimeout(exportTimer);
    exportTimer = clock.setTimeout(
      () => {
        exportTimer = null;
        void queue(async () => {
          await refresh();
          await exportIfChanged();
        }).then(() => active() && exportTimer === null && scheduleExport());
      },
      (config?.intervalMinutes ?? 10) * 60_000,
    );
  }

  function scheduleRescan(): void {
    rescanTimer = clock.setTimeout(() => {
      rescanTimer = null;
      void queue(async () => {
        await refresh();
        await scan();
      }).then(() => active() && rescanTimer === null && scheduleRescan());
    }, rescanMs);
  }

  /** A watch event: look once things have had a moment (a sync tool renames, then touches). */
  function lookSoon(): void {
    if (settleTimer !== null || stopped) return;
    settleTimer = clock.setTimeout(
      () => {
        settleTimer = null;
        void queue(lookAgain);
      },
      Math.min(settleMs, 500),
    );
  }

  async function exportIfChanged(): Promise<void> {
    if (!active() || !config?.me) return;
    const name = ownName()!;
    const target = path.join(config.folder!, name);
    if (!dirty && fs.existsSync(target)) return;
    dirty = false;
    state = 'syncing';
    announce();
    try {
      await writeOwnFile({ dispatch: opts.dispatch, jobs }, config.dbPath, config.folder!, name);
    } catch (e) {
      dirty = true;
      throw e;
    }
    lastExportAt = iso();
    state = 'idle';
    error = null;
    announce();
  }

  /** The settings first: the window may have switched to another file (a sample) since the last look. */
  async function lookAgain(): Promise<void> {
    await refresh();
    await scan();
  }

  async function scan(): Promise<void> {
    if (!active()) return;
    const folder = config!.folder!;
    let names: string[];
    try {
      names = fs
        .readdirSync(folder, { withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => d.name);
    } catch (e) {
      state = 'error';
      error = `The team folder ${folder} cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`;
      announce();
      return;
    }
    const { stable, arriving } = lookAt(names, {
      folder,
      own: ownName(),
      entries,
      looks,
      now: clock.now(),
      settleMs,
      at: iso(),
    });
    lastScanAt = iso();
    if (arriving && settleTimer === null) {
      settleTimer = clock.setTimeout(() => {
        settleTimer = null;
        void queue(lookAgain);
      }, settleMs);
    }
    announce();
    for (const name of stable) {
      const file = path.join(folder, name);
      const stat = statOf(file);
      looks.delete(name);
      if (!stat) continue;
      state = 'syncing';
      announce();
      const entry = await takeIn(name, file, stat, { jobs, meId: config?.me?.id ?? null, at: iso });
      if (entry) entries.set(name, entry);
      else entries.delete(name);
    }
    if (recheckPending) await markMergedByHand();
    if (state === 'syncing') state = 'idle';
    announce();
  }

  /** A pending file the seller reviewed and merged from the preview is done with. */
  async function markMergedByHand(): Promise<void> {
    recheckPending = false;
    const pending = [...entries.values()].filter((e) => e.state === 'pending' && e.fileId);
    if (pending.length === 0) return;
    const history = await call<MergeHistoryEntry[]>('sharing.history');
    for (const entry of pending) {
      const merge = history.find((h) => h.undoneAt === null && h.report.from.fileId === entry.fileId);
      if (merge)
        entries.set(entry.name, { ...entry, state: 'merged', message: 'Merged after your review.', at: iso() });
    }
  }

  const unsubscribe = opts.events.subscribe((event, payload) => {
    jobs.listener(event, payload);
    if (stopped) return;
    const recheck = () => {
      if (![...entries.values()].some((e) => e.state === 'pending')) return;
      recheckPending = true;
      void queue(async () => {
        if (recheckPending) await markMergedByHand();
        announce();
      });
    };
    // The seller merged a file from the preview: one that changed nothing here announces no data.changed.
    if (event === 'job.progress') {
      const job = payload as EventPayload<'job.progress'>;
      if (job.kind === 'team.merge' && job.state === 'done' && !job.background) recheck();
      return;
    }
    if (event !== 'data.changed') return;
    const { entities } = payload as EventPayload<'data.changed'>;
    if (entities.some((e) => e !== 'settings')) {
      dirty = true;
      recheck();
    }
    // The seller chose a folder, an interval, or turned it on or off.
    if (entities.includes('settings')) {
      void queue(async () => {
        const wasActive = active();
        await refresh();
        if (active() && !wasActive) {
          await exportIfChanged();
          await scan();
        }
        announce();
      });
    }
  });

  // On start: write this file when on, and look at the folder.
  void queue(async () => {
    await refresh();
    await exportIfChanged();
    await scan();
  });

  return {
    status,
    async syncNow() {
      await queue(async () => {
        await refresh();
        if (!active()) throw new ApiError('invalid_input', 'Choose the team folder and turn it on first.');
        await exportIfChanged();
        await scan();
      });
      if (!active() && !stopped) throw new ApiError('invalid_input', 'Choose the team folder and turn it on first.');
      return status();
    },
    async idle() {
      // Work queued while waiting (a merge's data.changed, a settings change) is waited for too.
      for (let seen = work; ; seen = work) {
        await seen;
        if (seen === work) return;
      }
    },
    async stop() {
      if (stopped) return;
      await queue(async () => {
        await refresh();
        await exportIfChanged();
      });
      stopped = true;
      stopTimers();
      unsubscribe();
    },
  };
}

function defaultWatch(folder: string, onChange: () => void): () => void {
  const watcher = fs.watch(folder, { persistent: false }, () => onChange());
  // A folder that goes away (a sync tool unmounted) is found again by the periodic look.
  watcher.on('error', () => watcher.close());
  return () => watcher.close();
}
