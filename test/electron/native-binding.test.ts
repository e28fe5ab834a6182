import path from 'node:path';
import { expect, test } from 'vitest';
import { explainNativeError, missingBindingMessage, resolveNativeBinding } from '../../electron/native-binding';

const dev = { packaged: false, resourcesPath: '/electron/resources', appPath: '/repo' };
const packaged = {
  packaged: true,
  resourcesPath: '/opt/Winloop/resources',
  appPath: '/opt/Winloop/resources/app.asar',
};

test('development uses the repo build, an installed app its resources folder', () => {
  expect(resolveNativeBinding({ ...dev, exists: () => true })).toBe(
    path.join('/repo', 'native', 'electron', 'better_sqlite3.node'),
  );
  expect(resolveNativeBinding({ ...packaged, exists: () => true })).toBe(
    path.join('/opt/Winloop/resources', 'native', 'better_sqlite3.node'),
  );
});

test('a missing binary is reported with the command that builds it', () => {
  expect(resolveNativeBinding({ ...dev, exists: () => false })).toBeUndefined();
  expect(missingBindingMessage(dev)).toContain('npm run native:electron');
  expect(missingBindingMessage(packaged)).toContain('reinstall');
});

test('an ABI mismatch gets the same advice; other errors pass through', () => {
  const mismatch = new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115.');
  expect(explainNativeError(mismatch, dev)).toContain('npm run native:electron');
  expect(explainNativeError(new Error('disk full'), dev)).toBe('disk full');
});
