/**
 * `npm run web`: browser mode. Starts the engine on the database (its workers do the SQL), serves the built
 * renderer and the API on 127.0.0.1 only, and prints the one URL (with this launch's token) that opens it.
 */
import { parseArgs } from 'node:util';
import { DbOpenError } from '../db/errors';
import { offerText } from '../db/snapshots';
import { startEngine, type EngineOptions } from '../engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR, RENDERER_DIST_DIR } from '../node-paths';
import { resolveDbPath, sampleDirFor, userDataDir } from '../paths';
import { recentListPath, rememberRecent } from '../recent-files';
import { switchableWorkspace, type SwitchableWorkspace } from '../switchable-workspace';
import { startBridge } from '../transports/http-bridge';
import { restoreInPlace } from '../restore-in-place';
import { hostTeamFolder } from '../team-folder/host';

/** The file being opened, for the restore hint a failed start prints. */
let openedPath = 'FILE';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, dev: { type: 'boolean', default: false } },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, not "${values.port}"`);

  const dbPath = resolveDbPath(values.db);
  openedPath = dbPath;
  const recentList = recentListPath(userDataDir());
  const places = {
    defaultDbPath: dbPath,
    sampleDir: sampleDirFor(dbPath),
    migrationsFolder: MIGRATIONS_DIR,
    recentList,
  };
  let workspace: SwitchableWorkspace | null = null;
  const options: EngineOptions = {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'web',
    places,
    onSwitch: (file) => void workspace?.switchTo(file, open),
    onRestore: (file, name) => restore(file, name),
  };
  const restore = restoreInPlace(
    () => workspace,
    (file) => open(file),
  );
  // Every file this tab comes to serve goes first in the recent list.
  const open = async (file: string) => {
    const engine = await startEngine(file, options);
    rememberRecent(recentList, engine.dbPath);
    return engine;
  };
  workspace = switchableWorkspace(await open(dbPath));
  // The team folder is written on start, every few minutes and on stop, and its teammates' files taken in.
  const teamFolder = hostTeamFolder(workspace);
  const bridge = await startBridge({
    workspace: { dispatch: teamFolder.dispatch, events: workspace.events },
    staticDir: RENDERER_DIST_DIR,
    port,
  });
  process.stdout.write(`Winloop (browser mode) is serving ${dbPath}\nOpen: ${bridge.url}\nStop with Ctrl+C.\n`);

  const stop = () => {
    void bridge
      .close()
      .then(() => teamFolder.stop())
      .then(() => workspace?.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`winloop: ${message}\n`);
  // A damaged file: its newest good snapshot, how much may be missing, and the command that restores it.
  if (error instanceof DbOpenError && error.snapshot) {
    process.stderr.write(
      `${offerText(error.snapshot)}\nRestore it with: npm run cli -- restore --db ${openedPath} --snapshot ${error.snapshot.name}\n`,
    );
  }
  if (error instanceof DbOpenError && error.backups.length > 0) {
    process.stderr.write(`Backups you can open with --db:\n${error.backups.map((b) => `  ${b}`).join('\n')}\n`);
  }
  process.exit(1);
});
