/**
 * A property of the route to the decision maker as the seller gets it (powermap.get on a real file, not the pure
 * finder alone): on random small maps with tombstoned rows, private contacts of other members and links of every
 * kind, each route starts at a member who really knows its first person, each later hop follows a live link in a
 * direction that carries (or runs through contacts the charter hides, which then never show by id or name), and
 * nothing tombstoned or at odds is ever used.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createTestWorkspace } from '../helpers/temp-workspace';

const at = '2026-01-01T00:00:00.000Z';
const roles = ['decision_maker', 'economic_buyer', 'user', null] as const;
const kinds = ['influences', 'trusts', 'at_odds_with'] as const;

const mapArb = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    people: fc.array(
      fc.record({
        role: fc.constantFrom(...roles),
        hiddenFromMe: fc.boolean(),
        owner: fc.integer({ min: 0, max: 2 }),
        deleted: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
      }),
      { minLength: n, maxLength: n },
    ),
    relationships: fc.array(
      fc.record({
        member: fc.integer({ min: 0, max: 2 }),
        person: fc.integer({ min: 0, max: n - 1 }),
        strength: fc.integer({ min: 1, max: 3 }),
        deleted: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    links: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: n - 1 }),
        to: fc.integer({ min: 0, max: n - 1 }),
        kind: fc.constantFrom(...kinds),
        strength: fc.integer({ min: 1, max: 3 }),
        deleted: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
  }),
);

test('a route never uses a link that does not exist, is tombstoned, is at odds, or that the charter hides', async () => {
  const { client, ws } = createTestWorkspace();
  const settings = await client.call('setup.complete', { myName: 'Dana', teamName: 'North', currency: 'EUR' });
  const me = settings.meId ?? '';
  const members = [
    me,
    (await client.call('team.save', { name: 'Bea' })).id,
    (await client.call('team.save', { name: 'Cy' })).id,
  ];
  const sql = ws.ctx.sqlite;
  let run = 0;

  await fc.assert(
    fc.asyncProperty(mapArb, async (m) => {
      run++;
      const account = await client.call('accounts.create', { name: `Account ${run}` });
      const ids: string[] = m.people.map(() => randomUUID());
      const people = m.people.map((p, i) => ({
        ...p,
        id: ids[i]!,
        name: `Person${run}x${i}`,
        // Hidden from me: private to another member. Otherwise shared, or private and mine.
        visibility: p.hiddenFromMe || p.owner === 0 ? 'private' : 'team',
        ownerId: p.hiddenFromMe ? members[1 + (p.owner % 2)]! : members[p.owner]!,
      }));
      for (const p of people) {
        sql
          .prepare(
            `insert into people (id, created_at, updated_at, deleted_at, name, title, account_id, buying_role, owner_id, visibility)
             values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            p.id,
            at,
            at,
            p.deleted ? at : null,
            p.name,
            `Title${run}x${p.id.slice(0, 4)}`,
            account.id,
            p.role,
            p.ownerId,
            p.visibility,
          );
      }
      const liveRel = new Map<string, number>();
      for (const r of m.relationships) {
        const key = `${members[r.member]}>${ids[r.person]}`;
        const exists = sql
          .prepare('select 1 from relationships where member_id = ? and person_id = ?')
          .get(members[r.member], ids[r.person]);
        if (exists) continue;
        sql
          .prepare(
            `insert into relationships (id, created_at, updated_at, deleted_at, member_id, person_id, strength) values (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(randomUUID(), at, at, r.deleted ? at : null, members[r.member], ids[r.person], r.strength);
        if (!r.deleted) liveRel.set(key, r.strength);
      }
      /** Live hops that carry a route: influences from → to, trusts to → from. */
      const carries = new Set<string>();
      for (const l of m.links) {
        if (l.from === l.to) continue;
        const exists = sql
          .prepare('select 1 from person_links where from_id = ? and to_id = ? and kind = ?')
          .get(ids[l.from], ids[l.to], l.kind);
        if (exists) continue;
        sql
          .prepare(
            `insert into person_links (id, created_at, updated_at, deleted_at, from_id, to_id, kind, strength) values (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(randomUUID(), at, at, l.deleted ? at : null, ids[l.from], ids[l.to], l.kind, l.strength);
        if (l.deleted || people[l.from]!.deleted || people[l.to]!.deleted) continue;
        if (l.kind === 'influences') carries.add(`${ids[l.from]}>${ids[l.to]}`);
        if (l.kind === 'trusts') carries.add(`${ids[l.to]}>${ids[l.from]}`);
      }
      const byId = new Map(people.map((p) => [p.id, p]));
      const hidden = people.filter((p) => p.hiddenFromMe);
      const live = (id: string) => byId.get(id)?.deleted === false;
      /** Can `from` reach `to` through live hidden people only (a private step)? */
      const throughHidden = (from: string, to: string, start: 'member' | 'person') => {
        const first =
          start === 'member'
            ? hidden.filter((h) => live(h.id) && liveRel.has(`${from}>${h.id}`)).map((h) => h.id)
            : hidden.filter((h) => live(h.id) && carries.has(`${from}>${h.id}`)).map((h) => h.id);
        const seen = new Set(first);
        const queue = [...first];
        while (queue.length) {
          const at = queue.shift()!;
          if (carries.has(`${at}>${to}`)) return true;
          for (const h of hidden) {
            if (live(h.id) && !seen.has(h.id) && carries.has(`${at}>${h.id}`)) {
              seen.add(h.id);
              queue.push(h.id);
            }
          }
        }
        return false;
      };

      const map = await client.call('powermap.get', { accountId: account.id });
      for (const target of map.routes) {
        expect(byId.get(target.targetId)?.hiddenFromMe).toBe(false);
        expect(live(target.targetId)).toBe(true);
        for (const route of target.routes) {
          const [member, ...rest] = route.path;
          expect(members).toContain(member);
          expect(rest.at(-1)).toBe(target.targetId);
          rest.forEach((id, i) => {
            expect(byId.get(id)?.hiddenFromMe).toBe(false);
            expect(live(id)).toBe(true);
            const from = i === 0 ? member! : rest[i - 1]!;
            const direct = i === 0 ? liveRel.has(`${from}>${id}`) : carries.has(`${from}>${id}`);
            expect(direct || throughHidden(from, id, i === 0 ? 'member' : 'person')).toBe(true);
          });
        }
      }
      const text = JSON.stringify(map);
      for (const h of hidden) for (const secret of [h.id, h.name]) expect(text).not.toContain(secret);
    }),
    { numRuns: 120 },
  );
}, 60_000);
