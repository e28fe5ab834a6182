/**
 * The workspace the windows talk to: a switchable workspace whose events go to every open window (and to the
 * team folder's scheduler, which listens to them and adds its own).
 */
import { switchableWorkspace, type Served, type SwitchableWorkspace } from '../switchable-workspace';
import { forwardEvents, type EventSink } from './ipc';

export type ActiveWorkspace = SwitchableWorkspace;

export function activeWorkspace(first: Served, targets: () => Iterable<EventSink>): ActiveWorkspace {
  const switchable = switchableWorkspace(first);
  const unforward = forwardEvents(switchable.events, targets);
  return {
    ...switchable,
    async close() {
      unforward();
      await switchable.close();
    },
  };
}
