/**
 * The team folder in a host: the scheduler started on the workspace the windows talk to, and the calls it
 * answers itself (`teamfolder.status`, `teamfolder.syncNow`) taken before they reach the engine, like the
 * desktop shell's dialogs. Both the desktop app (electron/main.ts) and browser mode (electron/web/main.ts)
 * compose it; stop it before the workspace closes, so the last change reaches the folder.
 * Changes with: scheduler.ts, shared/contract/team-folder.ts.
 */
import { toErrorBody, type Dispatch } from '../dispatch';
import type { EventBus } from '../event-bus';
import { startTeamFolder, type SchedulerOptions, type TeamFolderScheduler } from './scheduler';

export interface TeamFolderHost {
  scheduler: TeamFolderScheduler;
  /** The workspace's dispatch with the team folder's own calls answered here. */
  dispatch: Dispatch;
  stop(): Promise<void>;
}

export function hostTeamFolder(
  workspace: { dispatch: Dispatch; events: EventBus },
  opts: Omit<SchedulerOptions, 'dispatch' | 'events'> = {},
): TeamFolderHost {
  const scheduler = startTeamFolder({ ...opts, dispatch: workspace.dispatch, events: workspace.events });
  const dispatch: Dispatch = async (method, input, meta) => {
    if (method === 'teamfolder.status') return { ok: true, value: scheduler.status() };
    if (method === 'teamfolder.syncNow') {
      try {
        return { ok: true, value: await scheduler.syncNow() };
      } catch (error) {
        return { ok: false, error: toErrorBody(error, method, () => undefined) };
      }
    }
    return workspace.dispatch(method, input, meta);
  };
  return { scheduler, dispatch, stop: () => scheduler.stop() };
}
