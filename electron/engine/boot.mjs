// Starts an engine thread from the TypeScript sources (browser mode, the CLI, tests): tsx compiles on the fly.
// The Electron app loads the bundled dist-electron/engine-worker.cjs instead (electron/build/build-electron.mjs).
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
