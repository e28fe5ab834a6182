/**
 * The layer boundaries of eslint.config.js, one offending file per entry: each must fail lint with the rule
 * that guards it, and files that keep to their layer must pass. Linted with the project's own config; only
 * the type-aware rules are switched off, because the files linted here do not exist on disk (the project
 * service refuses them) and none of the boundary rules needs types.
 * Changes with: eslint.config.js.
 */
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// One instance for every case: loading the config and the parser is most of the cost.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages ?? [];
}

interface Offence {
  file: string;
  code: string;
  /** The rule that should fire; no-restricted-imports unless said. */
  rule?: 'no-restricted-globals';
  /** A piece of the message of the entry that should fire, so another entry firing does not count. */
  says: string;
}

const NO_ELECTRON_CORE = 'Services run under plain Node too';
const NO_SOCKETS = 'sockets belong in electron/transports/';
const NO_TRANSPORT = 'a transport calls dispatch, never the other way';
const NO_SHELL = 'electron/shell/ is Electron glue';
const NO_ENTRY = 'An entry point';
const NO_ELECTRON_NODE = 'where electron does not exist';

const offences: Offence[] = [
  // The core: services, analytics, db, sample, csv and dispatch never see Electron, a socket or a transport.
  { file: 'electron/services/x.ts', code: "import { ipcMain } from 'electron';", says: NO_ELECTRON_CORE },
  { file: 'electron/services/x.ts', code: "import type { WebContents } from 'electron';", says: NO_ELECTRON_CORE },
  { file: 'electron/dispatch.ts', code: "import { app } from 'electron/main';", says: NO_ELECTRON_CORE },
  { file: 'electron/workspace.ts', code: "import { app } from 'electron';", says: NO_ELECTRON_CORE },
  { file: 'electron/review/x.ts', code: "import http from 'node:http';", says: NO_SOCKETS },
  { file: 'electron/db/x.ts', code: "import http from 'http';", says: NO_SOCKETS },
  { file: 'electron/db/schema/x.ts', code: "import https from 'node:https';", says: NO_SOCKETS },
  { file: 'electron/sample/x.ts', code: "import net from 'node:net';", says: NO_SOCKETS },
  { file: 'electron/csv/x.ts', code: "import { Socket } from 'net';", says: NO_SOCKETS },
  {
    file: 'electron/services/x.ts',
    code: "import { createMemoryTransport } from '../transports/memory';",
    says: NO_TRANSPORT,
  },
  { file: 'electron/csv/x.ts', code: "export * from '../transports/http-bridge';", says: NO_TRANSPORT },
  { file: 'electron/review/x.ts', code: "import '../web/main';", says: NO_TRANSPORT },
  { file: 'electron/services/x.ts', code: "import { registerIpc } from '../shell/ipc';", says: NO_SHELL },
  { file: 'electron/db/schema/x.ts', code: "import '../../shell/menu';", says: NO_SHELL },
  { file: 'electron/services/x.ts', code: "import '../main';", says: NO_ENTRY },
  { file: 'electron/sample/x.ts', code: "import '../preload.ts';", says: NO_ENTRY },
  // Plain Node: transports, the worker engine, the CLI and browser mode run where electron does not exist.
  { file: 'electron/transports/x.ts', code: "import { ipcMain } from 'electron';", says: NO_ELECTRON_NODE },
  { file: 'electron/engine/worker.ts', code: "import { app } from 'electron';", says: NO_ELECTRON_NODE },
  { file: 'electron/cli/commands/x.ts', code: "import { net } from 'electron/main';", says: NO_ELECTRON_NODE },
  { file: 'electron/web/x.ts', code: "import { buildMenu } from '../shell/menu';", says: NO_SHELL },
  { file: 'electron/engine/worker.ts', code: "import '../main';", says: NO_ENTRY },
  { file: 'electron/team-folder/x.ts', code: "import { dialog } from 'electron';", says: NO_ELECTRON_NODE },
  { file: 'electron/team-folder/x.ts', code: "import '../shell/menu';", says: NO_SHELL },
  // shared/ runs anywhere: no Node, Electron, database, UI library or DOM, and nothing outside shared/.
  { file: 'shared/x.ts', code: "import fs from 'node:fs';", says: 'no Node or database' },
  { file: 'shared/x.ts', code: "import { readFile } from 'fs/promises';", says: 'no Node or database' },
  { file: 'shared/x.ts', code: "import { randomUUID } from 'crypto';", says: 'no Node or database' },
  { file: 'shared/x.ts', code: "import Database from 'better-sqlite3';", says: 'no Node or database' },
  { file: 'shared/contract/x.ts', code: "import { eq } from 'drizzle-orm';", says: 'no Node or database' },
  { file: 'shared/x.ts', code: "import { ipcRenderer } from 'electron';", says: 'no Electron' },
  { file: 'shared/x.ts', code: "import { useState } from 'react';", says: 'pure libraries' },
  { file: 'shared/x.ts', code: "import { createRoot } from 'react-dom/client';", says: 'pure libraries' },
  { file: 'shared/x.ts', code: "import { create } from 'zustand';", says: 'pure libraries' },
  { file: 'shared/x.ts', code: "import { Chart } from 'chart.js';", says: 'pure libraries' },
  { file: 'shared/x.ts', code: "import { day } from '../renderer/lib/day';", says: 'pure libraries' },
  { file: 'shared/x.ts', code: "import { openDatabase } from '../electron/db/client';", says: 'pure libraries' },
  { file: 'shared/x.ts', code: 'export const title = document.title;', says: 'no DOM', rule: 'no-restricted-globals' },
  { file: 'shared/x.ts', code: 'export const w = window.innerWidth;', says: 'no DOM', rule: 'no-restricted-globals' },
  { file: 'shared/x.ts', code: 'export const store = localStorage;', says: 'no DOM', rule: 'no-restricted-globals' },
  {
    file: 'shared/x.ts',
    code: 'export const home = process.env.HOME;',
    says: 'no Node globals',
    rule: 'no-restricted-globals',
  },
  {
    file: 'shared/x.ts',
    code: "export const bytes = Buffer.from('x');",
    says: 'no Node globals',
    rule: 'no-restricted-globals',
  },
  // renderer/ is a sandboxed page: the API client is its only way to the main process.
  { file: 'renderer/x.tsx', code: "import path from 'node:path';", says: 'The renderer is sandboxed' },
  { file: 'renderer/x.ts', code: "import os from 'os';", says: 'The renderer is sandboxed' },
  { file: 'renderer/x.tsx', code: "import Database from 'better-sqlite3';", says: 'The renderer is sandboxed' },
  { file: 'renderer/x.ts', code: "import { ipcRenderer } from 'electron';", says: 'The renderer is sandboxed' },
  {
    file: 'renderer/features/x/x.tsx',
    code: "import { openDatabase } from '../../../electron/db/client';",
    says: 'The renderer never imports electron/',
  },
  {
    file: 'renderer/x.ts',
    code: "import type { Workspace } from '../electron/workspace';",
    says: 'The renderer never imports electron/',
  },
];

/** Files that keep to their layer, importing what it may. */
const clean: { file: string; code: string }[] = [
  {
    file: 'electron/services/x.ts',
    code: [
      "import fs from 'node:fs';",
      "import { randomUUID } from 'node:crypto';",
      "import { eq } from 'drizzle-orm';",
      "import { cases } from '../db/schema';",
      "import { ok } from '../../shared/envelope';",
      'export const used = [fs, randomUUID, eq, cases, ok];',
    ].join('\n'),
  },
  {
    file: 'electron/db/x.ts',
    code: "import Database from 'better-sqlite3';\nimport path from 'node:path';\nexport const used = [Database, path];",
  },
  {
    file: 'electron/dispatch.ts',
    code: "import { handlers } from './services/index';\nexport const used = handlers;",
  },
  {
    file: 'electron/transports/x.ts',
    code: "import http from 'node:http';\nimport { openWorkspace } from '../workspace';\nexport const used = [http, openWorkspace];",
  },
  {
    file: 'electron/engine/worker.ts',
    code: "import { parentPort } from 'node:worker_threads';\nimport { dispatch } from '../dispatch';\nexport const used = [parentPort, dispatch];",
  },
  {
    file: 'electron/shell/x.ts',
    code: "import { ipcMain } from 'electron';\nexport const used = ipcMain;",
  },
  {
    file: 'electron/main.ts',
    code: "import { app } from 'electron';\nimport { buildMenu } from './shell/menu';\nexport const used = [app, buildMenu];",
  },
  {
    file: 'shared/x.ts',
    code: "import { z } from 'zod';\nimport { ok } from './envelope';\nexport const used = [z, ok];",
  },
  {
    // `./path` is a file of the renderer, not Node's `path`: the built-ins are matched by exact name.
    file: 'renderer/features/x/x.tsx',
    code: [
      "import { useState } from 'react';",
      "import { create } from 'zustand';",
      "import { api } from '../../../shared/api';",
      "import { segments } from './path';",
      'export const used = [useState, create, api, segments, document.title];',
    ].join('\n'),
  },
];

describe('lint keeps every layer to its boundary', () => {
  test.each(offences)('$file: $code', async ({ file, code, rule = 'no-restricted-imports', says }) => {
    const messages = await lint(file, `${code}\n`);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    const fired = messages.filter((m) => m.ruleId === rule).map((m) => m.message);
    expect(
      fired.some((message) => message.includes(says)),
      fired.join('\n'),
    ).toBe(true);
  });

  test.each(clean)('$file keeps to its layer', async ({ file, code }) => {
    expect(await lint(file, `${code}\n`)).toEqual([]);
  });
});
