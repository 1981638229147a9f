import type { Role } from '../../../../electron/shared/types';

/** Column headings of the ledger, in the order officials expect them. */
export const ROLE_COLUMN_TITLES: Record<Role, string> = {
  lead: '牵头单位',
  joint: '责任单位',
  cooperating: '配合单位',
  national: '国家层面',
};

/** Unit names as the plan writes them: separated by 、 */
export const joinUnits = (names: readonly string[]): string => names.join('、');

/** What the 完成时限 column shows: the text as written, or 持续推进 when only the flag is known. */
export function deadlineLabel(task: { deadlineText: string; continuous: boolean }): string {
  return task.deadlineText || (task.continuous ? '持续推进' : '');
}
