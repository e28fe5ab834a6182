/** The desktop app answers `teamfolder.choose` with its folder dialog; every other call passes through. */
import { expect, test } from 'vitest';
import type { Dispatch } from '../../electron/dispatch';
import { withFolderDialog } from '../../electron/shell/folder-dialog';

test('the folder dialog answers teamfolder.choose: the folder picked, or null when cancelled', async () => {
  const passed: string[] = [];
  const inner: Dispatch = (method) => {
    passed.push(method);
    return Promise.resolve({ ok: true, value: 'inner' });
  };
  const asked: unknown[] = [];
  let answer = { canceled: false, filePaths: ['/home/anna/Dropbox/Team'] };
  const dispatch = withFolderDialog(inner, {
    showOpenDialog: (options: unknown) => {
      asked.push(options);
      return Promise.resolve(answer);
    },
  });
  expect(await dispatch('teamfolder.choose', {})).toEqual({ ok: true, value: { path: '/home/anna/Dropbox/Team' } });
  expect(asked[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
  answer = { canceled: true, filePaths: [] };
  expect(await dispatch('teamfolder.choose', {})).toEqual({ ok: true, value: { path: null } });
  expect(await dispatch('teamfolder.status', {})).toEqual({ ok: true, value: 'inner' });
  expect(passed).toEqual(['teamfolder.status']);
});
