import { AppError } from '../../shared/result';

/** A plan that is not there (deleted meanwhile, or a wrong number typed), in the one wording every call uses. */
export const planNotFound = (planId: number): AppError => new AppError('NOT_FOUND', `计划（编号 ${planId}）不存在，可能已被删除`);
