import { AppError } from '../../shared/result';
import { defineHandlers } from './define';

const notYet = () => {
  throw new AppError('INTERNAL', '该功能尚未实现');
};

export const progressHandlers = defineHandlers({
  'periods.list': notYet,
  'periods.setLocked': { run: notYet },
  'templates.export': notYet,
  'progress.import': { run: notYet },
  'progress.list': notYet,
  'progress.history': notYet,
  'progress.save': { run: notYet },
  'progress.matrix': notYet,
  'imports.list': notYet,
  'imports.undo': { run: notYet },
  'imports.file': notYet,
  'submissions.get': notYet,
});
