import { LATEST_VERSION } from '../../db/migrations';
import { getSetting, OPERATOR_SETTING, setSetting } from '../../db/repos/settings';
import type { AppInfo } from '../../shared/api/app';
import type { Ctx } from '../context';
import { osUserName } from '../context';
import { defineHandlers } from './define';

function appInfo(ctx: Ctx): AppInfo {
  return {
    name: '工作要点台账',
    version: ctx.appVersion,
    dbPath: ctx.db.path,
    schemaVersion: ctx.db.pragma<number>('user_version') || LATEST_VERSION,
    transport: ctx.transport,
    osUser: osUserName(),
    operator: getSetting(ctx.db, OPERATOR_SETTING),
    recordedAs: ctx.user,
  };
}

export const appHandlers = defineHandlers({
  'app.info': (ctx) => appInfo(ctx),
  'app.setOperator': {
    run(ctx, { name }) {
      const before = getSetting(ctx.db, OPERATOR_SETTING);
      const after = name || null;
      if (after === before) return appInfo(ctx);
      setSetting(ctx.db, OPERATOR_SETTING, after);
      const named = (n: string | null) => (n ? `“${n}”` : `未设（记为本机登录用户 ${osUserName()}）`);
      ctx.audit({
        action: 'app.setOperator',
        objectType: 'database',
        summary: `经办人由${named(before)}改为${named(after)}`,
        before: { 经办人: before },
        after: { 经办人: after },
      });
      return appInfo(ctx);
    },
  },
});
