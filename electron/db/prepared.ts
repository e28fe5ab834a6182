/**
 * Statements compiled once per connection, for the hot paths (a save): building a drizzle query and compiling
 * its SQL cost more than running it. Keyed by the connection (a new file or a reopened one starts empty, so a
 * statement never outlives its connection) and by the function that builds it (one per call site).
 * SQLite recompiles a cached statement by itself when a migration changes the schema it reads.
 */
const caches = new WeakMap<object, Map<unknown, unknown>>();

/** What `build` makes for `connection` (a better-sqlite3 database or its drizzle wrapper), built on first use. */
export function preparedOnce<C extends object, T>(connection: C, build: (connection: C) => T): T {
  let cache = caches.get(connection);
  if (!cache) {
    cache = new Map();
    caches.set(connection, cache);
  }
  if (cache.has(build)) return cache.get(build) as T;
  const made = build(connection);
  cache.set(build, made);
  return made;
}
