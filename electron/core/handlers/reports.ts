import { AppError } from '../../shared/result';
import { defineHandlers } from './define';

const notYet = () => {
  throw new AppError('INTERNAL', '该功能尚未实现');
};

export const reportsHandlers = defineHandlers({
  'reports.summary': notYet,
  'reports.trend': notYet,
  'reports.narrative': notYet,
  'reports.saveNarrative': { run: notYet },
  'reports.export': notYet,
});
