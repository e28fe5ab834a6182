/**
 * The result envelope every API call returns, whatever the transport.
 * Electron IPC strips custom fields from thrown errors, so errors travel as data, never as exceptions.
 * Changes with: electron/dispatch.ts (produces it), shared/client.ts (unwraps it).
 */

export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_method',
  'forbidden',
  'db_newer',
  'db_corrupt',
  /** The review's derived tables are still being rebuilt (a job with progress is running). */
  'not_ready',
  'read_only',
  /** The disk (or the user's quota) is full: the change was not saved, and what was saved before is intact. */
  'disk_full',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field messages, keyed by the dotted path of the input field (e.g. `valueMinor`). */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services and by the client; carries a code a UI can act on and per-field messages. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }

  toBody(): ApiErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}
