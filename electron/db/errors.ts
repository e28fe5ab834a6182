import { ApiError } from '../../shared/envelope';

/** Why a database could not be opened, with the backups a user could fall back to. */
export class DbOpenError extends ApiError {
  backups: string[] = [];
  constructor(code: 'db_newer' | 'db_corrupt' | 'read_only' | 'not_found' | 'conflict', message: string) {
    super(code, message);
    this.name = 'DbOpenError';
  }
}
