/**
 * The sample generator's only source of randomness: pure-rand's xoroshiro128+ seeded from the user's seed, so
 * the same (seed, cases, today) always builds the same database. Ids are UUIDv4-shaped strings drawn from the
 * same stream (crypto.randomUUID would make every run differ). Never Math.random, never the clock.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, each as likely as its weight (weights need not sum to 1; non-positive weights never win). */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  uuid(): string;
}

/** xoroshiro128plus(seed) starts from a state that is mostly the seed itself: nearby seeds need a warm-up. */
const WARM_UP = 64;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The low 8 bits as two hex digits. */
const byte = (n: number) => HEX[n & 0xff]!;

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  for (let i = 0; i < WARM_UP; i++) rng.next();

  const float = () => uniformFloat64(rng);
  const random: Random = {
    float,
    int: (min, max) => uniformInt(rng, min, max),
    chance: (p) => float() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[uniformInt(rng, 0, items.length - 1)]!;
    },
    weighted: (items) => {
      const total = items.reduce((t, [, w]) => t + Math.max(0, w), 0);
      if (total <= 0) throw new Error('weighted pick with no positive weight');
      let left = float() * total;
      for (const [item, w] of items) {
        if (w <= 0) continue;
        left -= w;
        if (left < 0) return item;
      }
      // Rounding can leave a hair of weight unspent: the last eligible item takes it.
      return items.findLast(([, w]) => w > 0)![0];
    },
    normal: () => {
      const u = 1 - float();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * float());
    },
    sample: (items, count) => {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      // Partial Fisher–Yates: only the first n places are shuffled.
      for (let i = 0; i < n; i++) {
        const j = uniformInt(rng, i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
    uuid: () => {
      const a = rng.next();
      const b = rng.next();
      const c = rng.next();
      const d = rng.next();
      // Version 4 in the 13th digit, variant 10xx in the 17th: what z.uuid() and every UUID parser expect.
      const head = `${byte(a >>> 24)}${byte(a >>> 16)}${byte(a >>> 8)}${byte(a)}-${byte(b >>> 24)}${byte(b >>> 16)}`;
      const middle = `-${byte(0x40 | ((b >>> 8) & 0x0f))}${byte(b)}-${byte(0x80 | ((c >>> 24) & 0x3f))}${byte(c >>> 16)}`;
      const tail = `-${byte(c >>> 8)}${byte(c)}${byte(d >>> 24)}${byte(d >>> 16)}${byte(d >>> 8)}${byte(d)}`;
      return head + middle + tail;
    },
  };
  return random;
}
