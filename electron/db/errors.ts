import { ApiError } from '../../shared/envelope';
import type { SnapshotOffer } from './snapshots';

/** Why a database could not be opened, with the backups a user could fall back to. */
export class DbOpenError extends ApiError {
  backups: string[] = [];
  /** For a damaged file: its newest good rolling snapshot (electron/db/snapshots.ts), also first in `backups`. */
  snapshot: SnapshotOffer | null = null;
  constructor(code: 'db_newer' | 'db_corrupt' | 'read_only' | 'not_found' | 'conflict', message: string) {
    super(code, message);
    this.name = 'DbOpenError';
  }
}
