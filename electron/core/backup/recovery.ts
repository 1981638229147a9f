// Recovery mode: the database could not be opened, so only the methods that list backups and put
// one in its place answer; everything else says why, instead of failing somewhere deep inside.
import type { MethodName } from '../../shared/contract';
import { fail } from '../../shared/result';
import type { Registry } from '../registry';
import type { DatabaseStore } from './store';

export const RECOVERY_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'data.status',
  'data.backups',
  'data.restore',
  'data.openDatabase',
]);

/** Wraps the registry so that, while the store is in recovery mode, only RECOVERY_METHODS run. */
export function guardForRecovery(registry: Registry, store: DatabaseStore): Registry {
  return {
    names: () => registry.names(),
    invoke(name, input, ctx) {
      if (store.inRecovery && !RECOVERY_METHODS.has(name as MethodName)) {
        return Promise.resolve(
          fail('DB_CORRUPT', `数据库文件已损坏，程序处于恢复模式，暂不能使用此功能。请先在“数据与备份”中从备份恢复。`),
        );
      }
      return registry.invoke(name, input, ctx);
    },
  };
}
