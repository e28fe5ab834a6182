/**
 * The preload: runs sandboxed with context isolation and exposes exactly `window.winloop` (see
 * electron/shell/preload-api.ts). Bundled to dist-electron/preload.cjs by electron/build/build-electron.mjs.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './shell/preload-api';

contextBridge.exposeInMainWorld('winloop', createPreloadApi(ipcRenderer));
