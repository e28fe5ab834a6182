/**
 * Who the team can reach today, per person (derived_person_reach), for the review's route factors: everyone a
 * live member has a relationship with, then everyone a chain of informal links carries to from them (influences
 * from → to, trusts to → from, at odds carries nothing: shared/powermap/route.ts's rules), and who someone on
 * the team knows at least well. It depends on every relationship and link at once, so one edit makes the whole
 * table stale (triggers in migration 0016 set `derived_person_reach_stale`) and the next review recomputes it,
 * with the copy each decider row keeps (review-rows.ts); a save never pays for it. Each direction of a link is
 * its own step of the recursion, so each looks a person up by an index (from_id, to_id): one step joined on
 * "from or to, by kind" scanned every link for every person reached — hours once a merge brought 100,000
 * relationships. At 100,000 people it is a few hundred ms once, instead of in every review.
 * Changes with: route-factors.ts (its reader), migration 0016 (the triggers), shared/powermap/route.ts.
 */
import type Database from 'better-sqlite3';

export const personReachSql = `
  with recursive reach(id) as (
    select r.person_id from relationships r join team_members m on m.id = r.member_id
    where r.deleted_at is null and m.deleted_at is null
    union
    select l.to_id from person_links l join reach on reach.id = l.from_id
    where l.deleted_at is null and l.kind = 'influences'
    union
    select l.from_id from person_links l join reach on reach.id = l.to_id
    where l.deleted_at is null and l.kind = 'trusts'
  ),
  known(id) as (
    select r.person_id from relationships r join team_members m on m.id = r.member_id
    where r.deleted_at is null and m.deleted_at is null and r.strength >= 2
  )
  select id, max(routed), max(covered) from (
    select id, 1 as routed, 0 as covered from reach
    union all
    select id, 0, 1 from known
  )
  group by id`;

/** Marks the reach stale: after a bulk load, or in a copy whose derived rows were emptied. */
export const markPersonReachStaleSql = 'insert or ignore into derived_person_reach_stale (id) values (1)';

export function personReachStale(sqlite: Database.Database): boolean {
  return sqlite.prepare('select 1 from derived_person_reach_stale limit 1').get() !== undefined;
}

/** Recomputes the reach when an edit marked it stale; returns whether it did. Its own transaction, or the caller's. */
export function refreshPersonReach(sqlite: Database.Database): boolean {
  if (!personReachStale(sqlite)) return false;
  sqlite.transaction(() => {
    sqlite.exec(`
      delete from derived_person_reach;
      insert into derived_person_reach (person_id, routed, covered) ${personReachSql};
      update derived_review_deciders set routed = 0, covered = 0 where routed or covered;
      update derived_review_deciders as d set routed = r.routed, covered = r.covered
      from derived_person_reach r where r.person_id = d.person_id;
      delete from derived_person_reach_stale;`);
  })();
  return true;
}
