/**
 * The one contract between the renderer and the services: every method as `domain.verb` with zod input and
 * output schemas, and every server-pushed event. Types on both sides derive from this object.
 * Changes with: shared/contract/*.ts (the per-domain declarations), electron/services/index.ts (the handlers).
 */
import { z } from 'zod';
import { isMutation, type MethodSpec } from './contract/define';
import { accountsApi } from './contract/accounts';
import { casesApi } from './contract/cases';
import { charterApi } from './contract/charter';
import { debriefApi } from './contract/debrief';
import { Entity } from './contract/entities';
import { importedReasonsApi } from './contract/imported-reasons';
import { importsApi } from './contract/imports';
import { JobInfo, jobsApi } from './contract/jobs';
import { learningApi } from './contract/learning';
import { peopleApi } from './contract/people';
import { powermapInformalApi } from './contract/powermap';
import { ratesApi } from './contract/rates';
import { reviewApi } from './contract/review';
import { searchApi } from './contract/search';
import { sampleApi } from './contract/sample';
import { settingsApi } from './contract/settings';
import { sharingApi } from './contract/sharing';
import { systemApi } from './contract/system';
import { backupsApi } from './contract/backups';
import { teamApi } from './contract/team';
import { TeamFolderStatus, teamFolderApi } from './contract/team-folder';
import { todayApi } from './contract/today';
import { trashApi } from './contract/trash';
import { vocabularyApi } from './contract/vocabulary';
import { workspacesApi } from './contract/workspaces';

export const api = {
  ...systemApi,
  ...vocabularyApi,
  ...teamApi,
  ...accountsApi,
  ...settingsApi,
  ...casesApi,
  ...debriefApi,
  ...peopleApi,
  ...powermapInformalApi,
  ...learningApi,
  ...reviewApi,
  ...sampleApi,
  ...trashApi,
  ...sharingApi,
  ...jobsApi,
  ...searchApi,
  ...todayApi,
  ...importsApi,
  ...importedReasonsApi,
  ...charterApi,
  ...ratesApi,
  ...backupsApi,
  ...workspacesApi,
  ...teamFolderApi,
} satisfies Record<`${string}.${string}`, MethodSpec>;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller passes (defaults still optional). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

/** Events the services push to every connected UI. */
export const events = {
  /**
   * Something in these entities changed (the list a method declares in the contract). `origin` is the caller's
   * tag from the call that caused it, so the store that saved can ignore its own echo.
   */
  'data.changed': z.object({ entities: z.array(Entity), origin: z.string().optional() }),
  /** A job started, moved on or finished: its whole state, at least four times a second while it runs. */
  'job.progress': JobInfo,
  /**
   * The host now serves another file (File ▸ Open, a new file, a sample or workshop, back to my data): every
   * window showing the previous file reloads, so no store keeps its rows.
   */
  'workspace.switched': z.object({ dbPath: z.string() }),
  /** The team folder's scheduler took a look, wrote this file there or took in a teammate's file. */
  'teamfolder.status': TeamFolderStatus,
};
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** Writes go to the one writer; everything else to a reader (see MethodSpec.changes). */
export function isWrite(method: MethodName): boolean {
  return isMutation(api[method]);
}

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
