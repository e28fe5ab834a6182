/** How CLI commands speak: data on stdout (JSON with --json), one-line errors on stderr, exit codes. */
export class UsageError extends Error {}

export interface CommandResult {
  /** What `--json` prints. */
  data: unknown;
  /** What a person reads without `--json`. */
  text: string;
}

export function printResult(result: CommandResult, json: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(result.data, null, 2)}\n` : `${result.text}\n`);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
