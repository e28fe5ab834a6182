import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { navTargets } from '../../shared/navigation';
import { commandForKey, isAppCommand, isTypingTarget, useCommands, type AppCommand } from './commands';

const routes: Partial<Record<AppCommand, string>> = Object.fromEntries(navTargets.map((t) => [t.command, t.route]));

/** Routes menu commands and shortcuts: navigation here, everything else to the page that listens. */
export function useAppCommands(): void {
  const [location, navigate] = useLocation();
  const fire = useCommands((s) => s.fire);
  const afterG = useRef(false);

  useEffect(() => {
    const run = (command: AppCommand) => {
      const route = routes[command];
      if (route) return navigate(route);
      // Find anything opens over any page; new case and find cases belong to the cases page.
      if (command !== 'search.open' && location !== '/cases') navigate('/cases');
      fire(command);
    };
    const offMenu = window.winloop?.onCommand((command) => {
      if (isAppCommand(command)) run(command);
    });
    // In Electron the menu owns the accelerators; in browser mode we listen for our own keys.
    const onKey = (e: KeyboardEvent) => {
      if (window.winloop || e.defaultPrevented) return;
      const modified = e.ctrlKey || e.metaKey || e.altKey;
      if (!modified && isTypingTarget(e.target)) {
        afterG.current = false;
        return;
      }
      const next = commandForKey(e, afterG.current);
      afterG.current = next.afterG;
      if (!next.command) return;
      e.preventDefault();
      run(next.command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu?.();
      window.removeEventListener('keydown', onKey);
    };
  }, [location, navigate, fire]);
}
