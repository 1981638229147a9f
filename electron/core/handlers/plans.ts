import { AppError } from '../../shared/result';
import { defineHandlers } from './define';

const notYet = () => {
  throw new AppError('INTERNAL', '该功能尚未实现');
};

export const plansHandlers = defineHandlers({
  'plans.list': notYet,
  'plans.get': notYet,
  'plans.parse': notYet,
  'plans.import': { run: notYet },
  'plans.importSample': { run: notYet },
  'plans.update': { run: notYet },
  'plans.delete': { run: notYet },
  'tasks.update': { run: notYet },
  'plans.exportLedger': notYet,
});
