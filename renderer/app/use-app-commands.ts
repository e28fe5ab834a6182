import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { commandForKey, isAppCommand, useCommands, type AppCommand } from './commands';

const routes: Partial<Record<AppCommand, string>> = {
  'nav.cases': '/cases',
  'nav.accounts': '/accounts',
  'nav.actions': '/actions',
  'nav.review': '/review',
  'nav.import': '/import',
  'nav.trash': '/trash',
  'nav.settings': '/settings',
};

/** Routes menu commands and shortcuts: navigation here, everything else to the page that listens. */
export function useAppCommands(): void {
  const [location, navigate] = useLocation();
  const fire = useCommands((s) => s.fire);

  useEffect(() => {
    const run = (command: AppCommand) => {
      const route = routes[command];
      if (route) return navigate(route);
      // Page commands (new case, find) belong to the cases page; go there first if needed.
      if (location !== '/cases') navigate('/cases');
      fire(command);
    };
    const offMenu = window.winloop?.onCommand((command) => {
      if (isAppCommand(command)) run(command);
    });
    // In Electron the menu owns the accelerators; in browser mode we listen for the same keys ourselves.
    const onKey = (e: KeyboardEvent) => {
      if (window.winloop) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu?.();
      window.removeEventListener('keydown', onKey);
    };
  }, [location, navigate, fire]);
}
