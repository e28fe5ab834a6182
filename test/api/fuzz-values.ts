/**
 * Hostile values for the contract fuzz: arbitrary JSON, wrong types, 1 MB strings, deep nesting, NaN and
 * ±1e308, invalid dates and UUIDs, `__proto__` keys, lone surrogates, and the field names of the whole contract
 * (so objects look enough like real input to get past the first check and into the rules behind it).
 * Changes with: test/api/fuzz.test.ts.
 */
import fc from 'fast-check';
import type { z } from 'zod';

const MEGABYTE = 'x'.repeat(1024 * 1024);

function deep(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value, title: value };
  return value;
}

/**
 * `{"__proto__": …}` as JSON.parse makes it: an own key, not the prototype (what arrives over HTTP or IPC). A value
 * JSON cannot hold (undefined) arrives as null, as it would over the wire.
 */
const protoKeyed = (inner: unknown) =>
  JSON.parse(`{"__proto__": ${JSON.stringify(inner) ?? 'null'}, "title": "x"}`) as unknown;

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    -0,
    0.5,
    '',
    ' ',
    MEGABYTE,
    '\uD800',
    'a\uDC00b',
    '\uDBFF\uDFFF',
    '\u0000',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '9999-12-31',
    '1899-12-31',
    '2201-01-01',
    '2026-1-1',
    '2026-03-10T25:00:00Z',
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '../../etc/passwd',
    "'; drop table cases; --",
    '=HYPERLINK("http://x")',
    'constructor',
    '__proto__',
    'EUR',
    'eur',
    'open',
    'won',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
  fc.uuid(),
);

/** Every field name the contract knows, found by walking its zod schemas. */
export function contractKeys(schemas: z.ZodType[]): string[] {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    const shape = def.shape as Record<string, unknown> | undefined;
    for (const [key, child] of Object.entries(shape ?? {})) {
      keys.add(key);
      walk(child);
    }
    for (const name of ['innerType', 'element', 'in', 'out', 'left', 'right', 'valueType', 'keyType', 'schema']) {
      walk(def[name]);
    }
    for (const option of (def.options as unknown[] | undefined) ?? []) walk(option);
  };
  for (const schema of schemas) walk(schema);
  return [...keys];
}

/** Arbitrary input for one method: hostile JSON, or an object of the contract's keys with hostile values. */
export function hostileInput(keys: string[], ids: string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(fc.constantFrom(...keys), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.string());
  const leaf = fc.oneof(hostileScalar, fc.constantFrom(...ids));
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 6 }),
      fc.constantFrom(...ids.map((id) => ({ id })), ...ids.map((id) => ({ caseId: id }))),
    ),
  }));
  return fc.oneof(
    fc.jsonValue(),
    value,
    fc.dictionary(key, value, { maxKeys: 8 }),
    fc.constantFrom(deep(2_000, 'array'), deep(2_000, 'object'), protoKeyed({ admin: true }), protoKeyed('x')),
    fc.tuple(value).map(([inner]) => protoKeyed(inner)),
  );
}

type Def = Record<string, unknown> & { type: string };
const defOf = (node: unknown) => (node as { _zod?: { def?: Def } })._zod?.def;

const days = fc.constantFrom(
  '2026-03-10',
  '2026-01-01',
  '2025-06-30',
  '2024-02-29',
  '2199-12-31',
  '1900-01-01',
  '2300-01-01',
  '2026-03-09',
  '2200-12-31',
);

/**
 * Input shaped like the schema (real ids, plausible days, enum values) with a hostile value in place of about
 * one node in ten: this gets past the schema's first check and into the handlers' own rules.
 */
export function shapedInput(schema: z.ZodType, ids: string[]): fc.Arbitrary<unknown> {
  const build = (node: unknown, depth: number): fc.Arbitrary<unknown> => {
    const real = plausible(node, depth);
    return fc.oneof({ arbitrary: real, weight: 9 }, { arbitrary: hostileScalar, weight: 1 });
  };
  const plausible = (node: unknown, depth: number): fc.Arbitrary<unknown> => {
    const def = defOf(node);
    if (!def || depth > 6) return hostileScalar;
    switch (def.type) {
      case 'string':
        if (def.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
        if (def.format === 'date') return days;
        if (def.format === 'datetime') return fc.constantFrom('2026-03-10T09:00:00.000Z', '2300-01-01T00:00:00Z');
        return fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Acme', 'EUR', 'x'.repeat(201)));
      case 'number':
        return fc.oneof(fc.integer({ min: -5, max: 1_000_000 }), fc.constantFrom(0, 1, 3, 5, 100, 101));
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        const record = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, build(v, depth + 1)]));
        return fc.record(record, { requiredKeys: [] });
      }
      case 'array':
        return fc.array(build(def.element, depth + 1), { maxLength: 4 });
      case 'optional':
        return fc.option(build(def.innerType, depth + 1), { nil: undefined });
      case 'nullable':
        return fc.option(build(def.innerType, depth + 1), { nil: null });
      case 'default':
      case 'prefault':
      case 'catch':
      case 'readonly':
      case 'nonoptional':
        return build(def.innerType, depth);
      case 'union':
        return fc.oneof(...(def.options as unknown[]).map((o) => build(o, depth + 1)));
      case 'record':
        return fc.dictionary(fc.string({ maxLength: 10 }), build(def.valueType, depth + 1), { maxKeys: 3 });
      case 'pipe':
        return build(def.in, depth);
      default:
        return hostileScalar;
    }
  };
  return plausible(schema, 0);
}
