/**
 * The drizzle schema, one file per area. `npm run db:generate` turns a change here into a new numbered
 * migration in migrations/ (generated, reviewed, never edited after landing).
 */
export * from './settings';
export * from './reference';
export * from './cases';
export * from './people';
export * from './learning';
export * from './derived';
export * from './sync';
export * from './imports';
export * from './rates';
