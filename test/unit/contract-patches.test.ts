import { expect, test } from 'vitest';
import { api, type MethodName } from '../../shared/api';

const someId = '00000000-0000-4000-8000-00000000000f';

/** Zod applies defaults even inside `.partial()`: a patch built that way would reset every field left out. */
test('an empty patch stays empty for every update method', () => {
  // settings.update takes its fields directly rather than as { id, patch }.
  const updates = (Object.keys(api) as MethodName[]).filter((n) => n.endsWith('.update') && n !== 'settings.update');
  expect(updates).toHaveLength(5);
  for (const name of updates) {
    expect([name, api[name].input.parse({ id: someId, patch: {} })]).toEqual([name, { id: someId, patch: {} }]);
  }
  expect(api['settings.update'].input.parse({})).toEqual({});
});
