import { fileURLToPath } from 'node:url';

/** Folders of the source tree, for the entry points that run under plain Node (CLI, browser mode, tests). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
export const RENDERER_DIST_DIR = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
/** The engine's thread entry under plain Node: loads electron/engine/worker.ts through tsx. */
export const ENGINE_WORKER_SCRIPT = fileURLToPath(new URL('./engine/boot.mjs', import.meta.url));
