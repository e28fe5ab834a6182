import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
} from '../../electron/shell/window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('clampToDisplays', () => {
  test('a window on an attached display stays where it was', () => {
    const state = { x: 2100, y: 100, width: 1400, height: 900, maximized: false };
    expect(clampToDisplays(state, [primary, right])).toEqual(state);
  });

  test('a window on a display that is gone loses its position, keeping a size that fits', () => {
    const state = { x: 2100, y: 100, width: 2400, height: 1300, maximized: true };
    expect(clampToDisplays(state, [primary])).toEqual({ width: 1920, height: 1040, maximized: true });
  });

  test('a window hanging off the edge is pulled back inside', () => {
    expect(clampToDisplays({ x: 1700, y: -50, width: 1000, height: 700, maximized: false }, [primary])).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  test('a window never shrinks below the minimum size the display allows', () => {
    const state = clampToDisplays({ width: 100, height: 100, maximized: false }, [primary]);
    expect(state.width).toBeGreaterThanOrEqual(800);
    expect(state.height).toBeGreaterThanOrEqual(500);
  });
});

describe('window-state.json', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-state-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a missing file gives the defaults', () => {
    expect(loadWindowState(tempDir())).toEqual(DEFAULT_WINDOW_STATE);
  });

  test.each([['not json {'], ['null'], ['[1,2]'], ['{"width":"wide","height":-5,"x":"1"}'], ['{"width":1e400}']])(
    'garbage (%s) gives the defaults',
    (content) => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), content);
      expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    },
  );

  test('what is saved is loaded back', () => {
    const dir = tempDir();
    const state = { x: -1200, y: 40, width: 1100, height: 760, maximized: true };
    saveWindowState(dir, state);
    expect(loadWindowState(dir)).toEqual(state);
  });

  test('saving into an unwritable place is not an error', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    expect(() => saveWindowState(path.join(file, 'sub'), DEFAULT_WINDOW_STATE)).not.toThrow();
  });

  test('closing a tracked window saves its normal bounds and maximised flag', () => {
    const dir = tempDir();
    let onClose = () => {};
    trackWindowState(
      {
        getNormalBounds: () => ({ x: 10, y: 20, width: 1000, height: 700 }),
        isMaximized: () => true,
        on: (_event, listener) => (onClose = listener),
      },
      dir,
    );
    onClose();
    expect(loadWindowState(dir)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });
});
