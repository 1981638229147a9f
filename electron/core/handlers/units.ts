import { AppError } from '../../shared/result';
import { defineHandlers } from './define';

const notYet = () => {
  throw new AppError('INTERNAL', '该功能尚未实现');
};

export const unitsHandlers = defineHandlers({
  'units.list': notYet,
  'units.tasks': notYet,
  'units.resolve': notYet,
  'units.rename': { run: notYet },
  'units.merge': { run: notYet },
  'units.addAlias': { run: notYet },
  'units.removeAlias': { run: notYet },
});
