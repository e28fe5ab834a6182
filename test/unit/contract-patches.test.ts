import { expect, test } from 'vitest';
import { api, type MethodName } from '../../shared/api';

const someId = '00000000-0000-4000-8000-00000000000f';

/** Zod applies defaults even inside `.partial()`: a patch built that way would reset every field left out. */
test('an empty patch stays empty for every update method', () => {
  // settings.update and charter.update take their fields directly rather than as { id, patch }.
  const direct = ['settings.update', 'charter.update'];
  const updates = (Object.keys(api) as MethodName[]).filter((n) => n.endsWith('.update') && !direct.includes(n));
  expect(updates).toHaveLength(5);
  for (const name of updates) {
    expect([name, api[name].input.parse({ id: someId, patch: {} })]).toEqual([name, { id: someId, patch: {} }]);
  }
  expect(api['settings.update'].input.parse({})).toEqual({});
  expect(api['charter.update'].input.parse({})).toEqual({});
});
