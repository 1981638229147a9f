// The 收到日期 an official states for returned files: the day the office received them, by which a
// unit's lateness is judged before the form's own 填报日期 or the import's time.
import { isoDateInWords, localDate } from '../../shared/format';
import { AppError } from '../../shared/result';

/** Refuses a day still to come: a file cannot have been received tomorrow. */
export function assertReceivedBy(day: string, now: Date): void {
  if (day > localDate(now)) throw new AppError('INVALID_INPUT', `收到日期${isoDateInWords(day)}晚于今天（${isoDateInWords(localDate(now))}），请核对。`);
}
