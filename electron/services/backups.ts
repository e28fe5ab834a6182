import path from 'node:path';
import { ApiError } from '../../shared/envelope';
import { listSnapshots, snapshotDir } from '../db/snapshots';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';

const binding = (ctx: ServiceContext) => (ctx.host?.nativeBinding ? { nativeBinding: ctx.host.nativeBinding } : {});

export const backupsHandlers: HandlerMap<'backups'> = {
  'backups.list': (ctx) => ({
    folder: snapshotDir(ctx.dbPath),
    snapshots: listSnapshots(ctx.dbPath, binding(ctx)).map(({ file: _file, ...s }) => s),
  }),
  'backups.restore': (ctx, input) => {
    if (!ctx.host?.restore)
      throw new ApiError('invalid_input', 'Restore from the CLI: restore --db FILE --snapshot NAME.');
    const chosen = listSnapshots(ctx.dbPath, binding(ctx)).find((s) => s.name === path.basename(input.name));
    if (!chosen || chosen.name !== input.name)
      throw new ApiError('not_found', `There is no snapshot called ${input.name}.`);
    if (!chosen.good) throw new ApiError('conflict', `That snapshot is ${chosen.problem}; pick another.`);
    ctx.host.restore(chosen.name);
    return { restoring: chosen.name };
  },
};
