import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareStamps, counterOf, formatHlc, HLC_COUNTER, pack, receive, tick, wallOf } from '../../shared/team/hlc';

describe('hybrid logical clock', () => {
  test('a stamp is wall milliseconds and a counter, and reads back', () => {
    const h = pack(Date.parse('2026-12-02T17:01:56.123Z'), 3);
    expect(wallOf(h)).toBe(Date.parse('2026-12-02T17:01:56.123Z'));
    expect(counterOf(h)).toBe(3);
    expect(formatHlc(h)).toBe('2026-12-02T17:01:56.123Z·0003');
    expect(Number.isSafeInteger(pack(Date.parse('2247-12-31T23:59:59.999Z'), HLC_COUNTER - 1))).toBe(true);
  });

  test('ticks never go backwards, even when the wall clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }), { maxLength: 50 }),
        (walls) => {
          let last = 0;
          for (const wall of walls) {
            const next = tick(last, wall);
            expect(next).toBeGreaterThan(last);
            expect(next).toBeGreaterThanOrEqual(pack(wall));
            last = next;
          }
        },
      ),
    );
  });

  test('within one millisecond the counter counts, past 1024 it carries into the next', () => {
    const wall = 1_800_000_000_000;
    let h = tick(0, wall);
    expect(h).toBe(pack(wall, 0));
    h = tick(h, wall);
    expect(h).toBe(pack(wall, 1));
    for (let i = 0; i < HLC_COUNTER; i++) h = tick(h, wall);
    expect(wallOf(h)).toBe(wall + 1);
  });

  test('a change after receiving a teammate stamp sorts after it, whatever the local wall says', () => {
    const remote = pack(1_900_000_000_000, 7);
    const after = tick(receive(pack(1_800_000_000_000), remote), 1_800_000_000_001);
    expect(after).toBeGreaterThan(remote);
  });

  test('stamps order by clock, then member id; a stamp from before clocks sorts first on a tie', () => {
    expect(compareStamps({ hlc: 2, memberId: 'a' }, { hlc: 1, memberId: 'z' })).toBe(1);
    expect(compareStamps({ hlc: 1, memberId: 'a' }, { hlc: 1, memberId: 'b' })).toBe(-1);
    expect(compareStamps({ hlc: 1, memberId: null }, { hlc: 1, memberId: 'a' })).toBe(-1);
    expect(compareStamps({ hlc: 1, memberId: 'a' }, { hlc: 1, memberId: 'a' })).toBe(0);
  });
});
