import type Database from 'better-sqlite3';

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

/**
 * Statements compiled once per connection by their SQL text, for SQL that is built at run time (the review's
 * forty or so a summary, which differ only with the filters and the done actions): a bound on the count keeps
 * the cache small whatever the variety.
 */
const bySql = new WeakMap<Database.Database, Map<string, Database.Statement>>();
const MAX_BY_SQL = 200;

export function preparedSql(sqlite: Database.Database, sql: string): Database.Statement {
  let cache = bySql.get(sqlite);
  if (!cache) {
    cache = new Map();
    bySql.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_BY_SQL) cache.clear();
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
