/**
 * This file's settings: a key/value table of JSON values, read over the defaults so a fresh file, an old file
 * and a file with a damaged value all read as a complete `Settings`. `meId` is not stored: it is the team
 * member marked `is_me`, so a merge can never leave it pointing at someone else.
 * Changes with: shared/contract/settings.ts (Settings, SettingsPatch).
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { Settings } from '../../shared/contract/settings';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import { settings, teamMembers } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { defined, newRow, stamp } from './rows';

type StoredSettings = Omit<Settings, 'meId' | 'updatedAt'>;
type StoredKey = keyof StoredSettings;

export const defaultSettings: StoredSettings = {
  currency: 'EUR',
  countNoDecision: false,
  firstRunDone: false,
  teamName: '',
  isSample: false,
};

const storedKeys = Object.keys(defaultSettings) as StoredKey[];

function parseStored(key: StoredKey, text: string): unknown {
  try {
    const parsed = Settings.shape[key].safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A value that is not JSON at all reads as unset: the default wins, the file still opens.
    return undefined;
  }
}

// Read on every save (a new case's owner and currency): plain statements compiled once per connection.
const meQuery = (sqlite: Database.Database) =>
  sqlite.prepare('select id from team_members where is_me = 1 and deleted_at is null limit 1').pluck();
const settingsQuery = (db: Db) => db.select().from(settings).prepare();

/** The live team member this file belongs to, if setup has run. */
export function myMemberId(ctx: ServiceContext): string | null {
  return (preparedOnce(ctx.sqlite, meQuery).get() as string | undefined) ?? null;
}

export function readSettings(ctx: ServiceContext): Settings {
  const values: Record<string, unknown> = { ...defaultSettings };
  let updatedAt: string | null = null;
  for (const row of preparedOnce(ctx.db, settingsQuery).all()) {
    if (!(storedKeys as string[]).includes(row.key)) continue;
    const value = parseStored(row.key as StoredKey, row.value);
    if (value !== undefined) values[row.key] = value;
    if (updatedAt === null || row.updatedAt > updatedAt) updatedAt = row.updatedAt;
  }
  return { ...(values as StoredSettings), meId: myMemberId(ctx), updatedAt };
}

const settingByKey = (sqlite: Database.Database) => sqlite.prepare('select value from settings where key = ?').pluck();

/** One setting, read as `readSettings` reads it (the default when unset or damaged): a save needs only its currency. */
export function readSetting<K extends StoredKey>(ctx: ServiceContext, key: K): StoredSettings[K] {
  const text = preparedOnce(ctx.sqlite, settingByKey).get(key) as string | undefined;
  const value = text === undefined ? undefined : parseStored(key, text);
  return value === undefined ? defaultSettings[key] : (value as StoredSettings[K]);
}

/** Writes the given keys (others untouched). Used by setup and by the sample generator for `isSample`. */
export function writeSettings(ctx: ServiceContext, patch: Partial<StoredSettings>): void {
  const now = stamp(ctx);
  ctx.sqlite.transaction(() => {
    for (const key of storedKeys) {
      const value = patch[key];
      if (value === undefined) continue;
      ctx.db
        .insert(settings)
        .values({ key, value: JSON.stringify(value), updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value), updatedAt: now } })
        .run();
    }
  })();
}

/** Creates "me" on first run, or renames me when setup runs again. */
function saveMe(ctx: ServiceContext, name: string): void {
  const id = myMemberId(ctx);
  if (id) {
    ctx.db
      .update(teamMembers)
      .set({ name, updatedAt: stamp(ctx) })
      .where(eq(teamMembers.id, id))
      .run();
    return;
  }
  ctx.db
    .insert(teamMembers)
    .values({ ...newRow(ctx), name, isMe: true })
    .run();
}

export const settingsHandlers: HandlerMap<'settings'> = {
  'settings.get': (ctx) => readSettings(ctx),

  'settings.update': (ctx, patch) => {
    if (Object.keys(defined(patch)).length === 0) return readSettings(ctx);
    writeSettings(ctx, patch);
    return readSettings(ctx);
  },
};

export const setupHandlers: HandlerMap<'setup'> = {
  'setup.complete': (ctx, { myName, teamName, currency }) => {
    ctx.sqlite.transaction(() => {
      saveMe(ctx, myName);
      writeSettings(ctx, { teamName, currency, firstRunDone: true });
    })();
    return readSettings(ctx);
  },
};
