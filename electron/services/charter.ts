/**
 * The relationship charter, kept as one JSON value under the settings key `charter`, read over the defaults so
 * a file from before the charter (or a damaged value) still reads as a whole charter. The defaults are what the
 * app did before the charter was written down (new contacts shared, the export without private ones), so an
 * existing team's habits do not change under it until it agrees otherwise.
 * Changes with: shared/contract/charter.ts.
 */
import { eq } from 'drizzle-orm';
import { Charter, type CharterPatch } from '../../shared/contract/charter';
import { settings } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { defined, stamp } from './rows';

const KEY = 'charter';
export const defaultCharter: Omit<Charter, 'updatedAt'> = {
  newContacts: 'team',
  showPrivateExists: true,
  exportWithoutPrivate: true,
};

const Stored = Charter.omit({ updatedAt: true }).partial();

export function readCharter(ctx: ServiceContext): Charter {
  const row = ctx.db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return { ...defaultCharter, updatedAt: null };
  let stored: CharterPatch = {};
  try {
    const parsed = Stored.safeParse(JSON.parse(row.value));
    if (parsed.success) stored = parsed.data;
  } catch {
    // Not JSON: the defaults stand and the file still opens.
  }
  return { ...defaultCharter, ...defined(stored), updatedAt: row.updatedAt };
}

export const charterHandlers: HandlerMap<'charter'> = {
  'charter.get': (ctx) => readCharter(ctx),

  'charter.update': (ctx, patch) => {
    const changes = defined(patch);
    if (Object.keys(changes).length === 0) return readCharter(ctx);
    const { updatedAt: _was, ...current } = readCharter(ctx);
    const value = JSON.stringify({ ...current, ...changes });
    const now = stamp(ctx);
    ctx.db
      .insert(settings)
      .values({ key: KEY, value, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
      .run();
    return readCharter(ctx);
  },
};
