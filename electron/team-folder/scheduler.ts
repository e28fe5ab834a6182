/**
 * The team folder kept in step, run by the host (the desktop app and browser mode) beside the open file: on
 * start, every N minutes and on quit it writes this seller's export there when something changed since it last
 * did; it watches the folder (and looks again every half minute, since a watch misses events on network and
 * synced folders) and takes in each teammate's file once the file has stopped changing. A file without
 * conflicts is merged by itself; one with conflicts waits for the seller; a refused file is reported, never
 * merged. Everything goes through the API (jobs and methods), so this file knows nothing of the merge code.
 * Changes with: shared/contract/team-folder.ts, names.ts, publish.ts, job-client.ts, host.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EventPayload } from '../../shared/api';
import type { JobInfo } from '../../shared/contract/jobs';
import type { MergeHistoryEntry, MergeReport } from '../../shared/contract/sharing';
import type { Settings } from '../../shared/contract/settings';
import type { SystemInfo } from '../../shared/contract/system';
import type { TeamFolderFile, TeamFolderSettings, TeamFolderStatus } from '../../shared/contract/team-folder';
import type { Vocabulary } from '../../shared/contract/vocabulary';
import { ApiError } from '../../shared/envelope';
import type { Dispatch } from '../dispatch';
import type { EventListener } from '../event-bus';
import { systemClock, type Clock } from './clock';
import { jobClient } from './job-client';
import { isTeamFileName, ownFileName } from './names';
import { publishFile } from './publish';
import { describeMerge, describePending, describeWait } from './wording';

export interface SchedulerOptions {
  dispatch: Dispatch;
  /** The workspace's events: data.changed and job.progress in, teamFolder.status out. */
  events: {
    subscribe(listener: EventListener): () => void;
    emit(event: 'teamFolder.status', payload: TeamFolderStatus): void;
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

interface Seen {
  size: number;
  mtimeMs: number;
  /** When it was first seen like this. */
  at: number;
}

interface Entry extends TeamFolderFile {
  size: number;
  mtimeMs: number;
  /** The export's own id, to recognise a pending file once the seller merged it from the preview. */
  fileId: string | null;
  /** Written by this seller (an old name of theirs, or a copy): kept out of the list. */
  own: boolean;
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
        .map(({ name, path: file, state: s, memberName, conflicts, message, at }) => ({
          name,
          path: file,
          state: s,
          memberName,
          conflicts,
          message,
          at,
        })),
    };
  }
  const announce = () => opts.events.emit('teamFolder.status', status());

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
    const folderSettings = await call<TeamFolderSettings>('teamFolder.settings');
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
        void queue(scan);
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
    const workDir = path.join(path.dirname(config.dbPath), 'team-folder');
    fs.mkdirSync(workDir, { recursive: true });
    const built = path.join(workDir, name);
    const charter = await call<{ exportWithoutPrivate: boolean }>('charter.get');
    const job = await jobs.run({
      kind: 'team.export',
      input: { out: built, withoutPrivate: charter.exportWithoutPrivate, anonymise: false, background: true },
    });
    if (job.state !== 'done') {
      dirty = true;
      throw new Error(
        `This file could not be written to the team folder: ${(job.error ?? job.state).replace(/\.$/, '')}.`,
      );
    }
    try {
      await publishFile(built, config.folder!, name);
    } catch (e) {
      dirty = true;
      throw new Error(`This file could not be written to ${config.folder}: ${(e as Error).message}`, { cause: e });
    } finally {
      fs.rmSync(built, { force: true });
    }
    lastExportAt = iso();
    state = 'idle';
    error = null;
    announce();
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
    const own = ownName();
    const present = new Set(names);
    const candidates = names.filter((n) => n !== own && isTeamFileName(n));
    for (const name of [...entries.keys()]) if (!present.has(name) || !isTeamFileName(name)) entries.delete(name);
    for (const name of [...looks.keys()]) if (!present.has(name)) looks.delete(name);
    const stable: string[] = [];
    let unsettled = false;
    for (const name of candidates) {
      const file = path.join(folder, name);
      const stat = statOf(file);
      if (!stat) continue;
      const known = entries.get(name);
      if (known && known.state !== 'waiting' && known.size === stat.size && known.mtimeMs === stat.mtimeMs) continue;
      const look = looks.get(name);
      // A SQLite file still being written, or copied with its journal beside it, is not finished.
      const companion = ['-wal', '-journal'].some((c) => fs.existsSync(`${file}${c}`));
      if (
        look &&
        !companion &&
        look.size === stat.size &&
        look.mtimeMs === stat.mtimeMs &&
        clock.now() - look.at >= settleMs
      ) {
        stable.push(name);
        continue;
      }
      if (!look || look.size !== stat.size || look.mtimeMs !== stat.mtimeMs || companion) {
        looks.set(name, { ...stat, at: clock.now() });
      }
      unsettled = true;
      entries.set(name, {
        ...blankEntry(name, file, stat),
        ...(known ? { memberName: known.memberName } : {}),
        state: 'waiting',
        message: describeWait(),
      });
    }
    lastScanAt = iso();
    if (unsettled && settleTimer === null) {
      settleTimer = clock.setTimeout(() => {
        settleTimer = null;
        void queue(scan);
      }, settleMs);
    }
    announce();
    for (const name of stable) await takeIn(name);
    if (recheckPending) await markMergedByHand();
    if (state === 'syncing') state = 'idle';
    announce();
  }

  async function takeIn(name: string): Promise<void> {
    const folder = config!.folder!;
    const file = path.join(folder, name);
    const stat = statOf(file);
    if (!stat) return;
    looks.delete(name);
    state = 'syncing';
    announce();
    const preview = await jobs.run({ kind: 'team.preview', input: { file, background: true } });
    if (preview.state !== 'done') return refuse(name, file, stat, preview);
    const report = JSON.parse(String(preview.result?.report)) as MergeReport;
    const base = {
      ...blankEntry(name, file, stat),
      memberName: report.from.memberName || null,
      fileId: report.from.fileId,
      conflicts: report.conflicts.length,
    };
    if (config?.me && report.from.memberId === config.me.id) {
      entries.set(name, { ...base, own: true, state: 'up-to-date', message: 'Your own file.' });
      return;
    }
    if (!report.changed) {
      entries.set(name, { ...base, state: 'up-to-date', message: 'Nothing new: everything in it is here already.' });
      return;
    }
    if (report.conflicts.length > 0 || report.ambiguous.length > 0) {
      entries.set(name, { ...base, state: 'pending', message: describePending(report) });
      return;
    }
    // Changed between the preview and now: what was previewed is not what would be merged; look again later.
    const again = statOf(file);
    if (!again || again.size !== stat.size || again.mtimeMs !== stat.mtimeMs) {
      entries.delete(name);
      return;
    }
    const merged = await jobs.run({ kind: 'team.merge', input: { file, background: true } });
    if (merged.state !== 'done') return refuse(name, file, stat, merged);
    const mergedReport = JSON.parse(String(merged.result?.report)) as MergeReport;
    entries.set(name, {
      ...base,
      conflicts: mergedReport.conflicts.length,
      state: 'merged',
      message: describeMerge(mergedReport),
    });
  }

  function refuse(name: string, file: string, stat: { size: number; mtimeMs: number }, job: JobInfo): void {
    entries.set(name, {
      ...blankEntry(name, file, stat),
      state: 'refused',
      message: job.error ?? 'The file could not be read.',
    });
  }

  /** A pending file the seller reviewed and merged from the preview is done with. */
  async function markMergedByHand(): Promise<void> {
    recheckPending = false;
    const pending = [...entries.values()].filter((e) => e.state === 'pending' && e.fileId);
    if (pending.length === 0) return;
    const history = await call<MergeHistoryEntry[]>('sharing.history');
    for (const entry of pending) {
      const merge = history.find((h) => h.undoneAt === null && h.report.from.fileId === entry.fileId);
      if (merge) entries.set(entry.name, { ...entry, state: 'merged', message: 'Merged after your review.' });
    }
  }

  function blankEntry(name: string, file: string, stat: { size: number; mtimeMs: number }): Entry {
    return {
      name,
      path: file,
      state: 'waiting',
      memberName: null,
      conflicts: 0,
      message: '',
      at: iso(),
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      fileId: null,
      own: false,
    };
  }

  const unsubscribe = opts.events.subscribe((event, payload) => {
    jobs.listener(event, payload);
    if (event !== 'data.changed' || stopped) return;
    const { entities } = payload as EventPayload<'data.changed'>;
    if (entities.some((e) => e !== 'settings')) {
      dirty = true;
      if ([...entries.values()].some((e) => e.state === 'pending')) {
        recheckPending = true;
        void queue(async () => {
          if (recheckPending) await markMergedByHand();
          announce();
        });
      }
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

function statOf(file: string): { size: number; mtimeMs: number } | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : null;
  } catch {
    return null;
  }
}

function defaultWatch(folder: string, onChange: () => void): () => void {
  const watcher = fs.watch(folder, { persistent: false }, () => onChange());
  // A folder that goes away (a sync tool unmounted) is found again by the periodic look.
  watcher.on('error', () => watcher.close());
  return () => watcher.close();
}
