/**
 * The workspace the windows talk to: a switchable workspace whose events go to every open window.
 */
import { switchableWorkspace, type SwitchableWorkspace } from '../switchable-workspace';
import type { Workspace } from '../workspace';
import { forwardEvents, type EventSink } from './ipc';

export type ActiveWorkspace = Omit<SwitchableWorkspace, 'events'>;

export function activeWorkspace(first: Workspace, targets: () => Iterable<EventSink>): ActiveWorkspace {
  const switchable = switchableWorkspace(first);
  const unforward = forwardEvents(switchable.events, targets);
  return {
    ...switchable,
    close() {
      unforward();
      switchable.close();
    },
  };
}
