#!/usr/bin/env node
/**
 * Bundles the Electron main process and preload into dist-electron/ as CommonJS (what Electron loads from
 * package.json "main"). Any esbuild warning fails the build: the one that matters is import.meta, which is
 * empty in CommonJS and would silently break paths at run time.
 * Usage: node electron/build/build-electron.mjs [--outdir DIR]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, formatMessages } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = path.resolve(values.outdir ?? path.join(root, 'dist-electron'));

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 embeds Node 22.
  target: 'node22',
  // better-sqlite3's JS stays in node_modules; its binary comes from native/ (electron/native-binding.ts).
  external: ['electron', 'better-sqlite3'],
  sourcemap: true,
  logLevel: 'silent',
  absWorkingDir: root,
};

const entries = [
  { in: 'electron/main.ts', out: 'main.cjs' },
  { in: 'electron/preload.ts', out: 'preload.cjs' },
  // The engine's threads: the database never runs on the main process's thread (electron/engine/).
  { in: 'electron/engine/worker.ts', out: 'engine-worker.cjs' },
];

let failed = false;
for (const entry of entries) {
  try {
    const result = await build({ ...shared, entryPoints: [entry.in], outfile: path.join(outdir, entry.out) });
    if (result.warnings.length > 0) {
      failed = true;
      const text = await formatMessages(result.warnings, { kind: 'warning', color: process.stderr.isTTY });
      process.stderr.write(`build-electron: ${entry.in} has warnings (treated as errors):\n${text.join('')}`);
    }
  } catch (error) {
    // esbuild already formatted the errors into the message.
    failed = true;
    process.stderr.write(
      `build-electron: ${entry.in} failed:\n${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
}

if (failed) process.exit(1);
process.stdout.write(
  `build-electron: wrote ${entries.map((e) => path.relative(root, path.join(outdir, e.out))).join(', ')}\n`,
);
