/**
 * Remembers where the window was and whether it was maximised, in `window-state.json` in the user-data
 * folder. A missing, unreadable or hand-edited file gives the defaults, never a failed start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MIN_HEIGHT, MIN_WIDTH } from './window-options';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent means "let the OS place it" (centred on the primary display). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const WINDOW_STATE_FILE = 'window-state.json';

/** How much of the window must be on a display for its position to be kept: enough to grab the title bar. */
const MIN_VISIBLE = { width: 120, height: 40 };

/**
 * Fits a remembered state to the displays attached now: a monitor unplugged since last time must not leave
 * the window off-screen. `workAreas[0]` is the primary display.
 */
export function clampToDisplays(state: WindowState, workAreas: Bounds[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const pos = state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : null;
  const home = pos
    ? workAreas.find((area) => visibleEnough({ ...pos, width: state.width, height: state.height }, area))
    : undefined;
  const area = home ?? primary;
  const width = Math.max(Math.min(state.width, area.width), Math.min(MIN_WIDTH, area.width));
  const height = Math.max(Math.min(state.height, area.height), Math.min(MIN_HEIGHT, area.height));
  if (!home || !pos) return { width, height, maximized: state.maximized };
  // Pull the window fully inside the display that still shows part of it.
  const x = Math.min(Math.max(pos.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(pos.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized: state.maximized };
}

function visibleEnough(bounds: Bounds, area: Bounds): boolean {
  const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const overlapY = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
  return overlapX >= MIN_VISIBLE.width && overlapY >= MIN_VISIBLE.height;
}

/** Reads what was saved, keeping only fields that make sense. */
export function loadWindowState(dir: string): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  const size = (v: unknown, fallback: number) =>
    isFiniteNumber(v) && v >= 100 && v <= 100_000 ? Math.round(v) : fallback;
  const state: WindowState = {
    width: size(r.width, DEFAULT_WINDOW_STATE.width),
    height: size(r.height, DEFAULT_WINDOW_STATE.height),
    maximized: r.maximized === true,
  };
  if (isFiniteNumber(r.x) && isFiniteNumber(r.y) && Math.abs(r.x) <= 100_000 && Math.abs(r.y) <= 100_000) {
    state.x = Math.round(r.x);
    state.y = Math.round(r.y);
  }
  return state;
}

/** Best effort: losing the window position is no reason to interrupt quitting. Written atomically. */
export function saveWindowState(dir: string, state: WindowState): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, WINDOW_STATE_FILE);
    fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // Read-only profile or full disk: the next start uses the defaults.
  }
}

/** The slice of BrowserWindow that tracking needs. */
export interface TrackedWindow {
  getNormalBounds(): Bounds;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Saves the un-maximised bounds on close, so restoring a maximised window still has a sensible size. */
export function trackWindowState(win: TrackedWindow, dir: string): void {
  win.on('close', () => saveWindowState(dir, { ...win.getNormalBounds(), maximized: win.isMaximized() }));
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
