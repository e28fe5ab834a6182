#!/usr/bin/env node
/**
 * postinstall: builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, from a
 * copy of the package in a temp folder, so node_modules/better-sqlite3/build keeps the Node build the tests
 * load. The app finds the result through electron/native-binding.ts; electron-builder.yml ships it.
 *
 * It never fails an install: when skipped or unable to build it prints one line saying how to retry
 * (`npm run native:electron`, which passes --force) and exits 0.
 * Tries a prebuilt binary first (prebuild-install, no compiler needed), then compiles with node-gyp
 * against Electron's headers. Both need the network.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'native', 'electron');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');
const logFile = path.join(outDir, 'build.log');
const force = process.argv.includes('--force');
const require = createRequire(path.join(root, 'package.json'));
const RETRY = 'retry with `npm run native:electron`';

function say(line) {
  process.stdout.write(`native-for-electron: ${line}\n`);
}

function main() {
  if (!force && process.env.WINLOOP_SKIP_NATIVE === '1')
    return say(`skipped (WINLOOP_SKIP_NATIVE=1); ${RETRY} before \`npm start\`.`);
  if (!force && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') {
    return say(`skipped (ELECTRON_SKIP_BINARY_DOWNLOAD=1, no Electron here); ${RETRY} before \`npm start\`.`);
  }
  const electronVersion = readVersion('electron');
  const sqliteVersion = readVersion('better-sqlite3');
  if (!electronVersion || !sqliteVersion)
    return say(`skipped (electron or better-sqlite3 is not installed); ${RETRY} after \`npm install\`.`);

  const stamp = {
    electron: electronVersion,
    betterSqlite3: sqliteVersion,
    platform: process.platform,
    arch: process.arch,
  };
  if (!force && fs.existsSync(outFile) && sameStamp(stamp)) return say(`up to date (Electron ${electronVersion}).`);

  fs.mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-native-'));
  try {
    const pkgDir = path.join(tmp, 'better-sqlite3');
    const source = path.dirname(require.resolve('better-sqlite3/package.json'));
    fs.cpSync(source, pkgDir, {
      recursive: true,
      filter: (src) => path.relative(source, src).split(path.sep)[0] !== 'build',
    });
    fs.writeFileSync(
      logFile,
      `Electron ${electronVersion}, better-sqlite3 ${sqliteVersion}, ${process.platform}-${process.arch}\n`,
    );
    say(`building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (a minute or two)…`);

    const built = path.join(pkgDir, 'build', 'Release', 'better_sqlite3.node');
    const ok =
      (prebuilt(pkgDir, electronVersion) && fs.existsSync(built)) ||
      (compile(pkgDir, electronVersion) && fs.existsSync(built));
    if (!ok)
      return say(
        `could not build it (offline, or no C++ toolchain?); details in ${path.relative(root, logFile)}; ${RETRY}.`,
      );

    fs.copyFileSync(built, outFile);
    fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
    say(`built ${path.relative(root, outFile)} in ${Math.round((Date.now() - started) / 1000)} s.`);
  } catch (error) {
    say(`could not build it (${error instanceof Error ? error.message : String(error)}); ${RETRY}.`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function readVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    return null;
  }
}

function sameStamp(stamp) {
  try {
    const old = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    return Object.entries(stamp).every(([key, value]) => old[key] === value);
  } catch {
    return false;
  }
}

/** npm passes its own settings as npm_config_*; a user's nodedir or target would build for Node, not Electron. */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(args, cwd) {
  fs.appendFileSync(logFile, `\n$ node ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: buildEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.appendFileSync(
    logFile,
    `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}\n`,
  );
  return result.status === 0;
}

function resolveBin(candidates) {
  for (const candidate of candidates) {
    try {
      if (candidate && fs.existsSync(candidate)) return candidate;
    } catch {
      // try the next one
    }
  }
  return null;
}

function tryResolve(id) {
  try {
    return require.resolve(id);
  } catch {
    return null;
  }
}

/** A prebuilt binary from better-sqlite3's releases: no compiler needed (most Windows and macOS users). */
function prebuilt(pkgDir, electronVersion) {
  const bin = resolveBin([tryResolve('prebuild-install/bin.js')]);
  if (!bin) return false;
  return run(
    [
      bin,
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      `--platform=${process.platform}`,
    ],
    pkgDir,
  );
}

/** Compiles against Electron's headers; node-gyp from node_modules, else the one bundled with npm. */
function compile(pkgDir, electronVersion) {
  const npmDir = process.env.npm_execpath ? path.resolve(path.dirname(process.env.npm_execpath), '..') : null;
  const bin = resolveBin([
    tryResolve('node-gyp/bin/node-gyp.js'),
    process.env.npm_config_node_gyp,
    npmDir && path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ]);
  if (!bin) {
    fs.appendFileSync(logFile, 'node-gyp was not found.\n');
    return false;
  }
  return run(
    [
      bin,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
      // Electron's headers kept apart from Node's: the same version number means different things.
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
      '--jobs=max',
    ],
    pkgDir,
  );
}

main();
