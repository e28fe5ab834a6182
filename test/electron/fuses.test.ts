/**
 * The Electron fuses, read the way electron-builder reads them: its own config loader and schema validation
 * on electron-builder.yml. A typo in a fuse name fails validation instead of silently leaving the fuse on.
 */
import path from 'node:path';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('packaging turns off running as Node, NODE_OPTIONS and --inspect, and loads only a checked app.asar', async () => {
  const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  expect(config.asar).not.toBe(false);
  expect(config.electronFuses).toEqual({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
  });
});

test('validation catches a misspelt fuse, so the test above can fail', async () => {
  const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
  const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } };
  await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
});
