import { LATEST_VERSION } from '../../db/migrations';
import { defineHandlers } from './define';

export const appHandlers = defineHandlers({
  'app.info': (ctx) => ({
    name: '工作要点台账',
    version: ctx.appVersion,
    dbPath: ctx.db.path,
    schemaVersion: ctx.db.pragma<number>('user_version') || LATEST_VERSION,
    transport: ctx.transport,
    osUser: ctx.user,
  }),
});
