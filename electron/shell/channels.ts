/**
 * The three IPC channels between the main process and the preload. The method name travels as an argument,
 * so adding an API method never adds a channel.
 * Changes with: electron/shell/ipc.ts, electron/shell/preload-api.ts, electron/shell/menu.ts.
 */
export const INVOKE_CHANNEL = 'winloop:invoke';
export const EVENT_CHANNEL = 'winloop:event';
export const COMMAND_CHANNEL = 'winloop:command';
