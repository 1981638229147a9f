// A parsed task's warnings about its units and its 完成时限, worded here so that the parse that
// gives them and the checks that drop them once the official has corrected the task in the import
// preview agree. The checks look at the task as it now is (a warning whose cause is gone goes), so
// the preview, which drops them as a cell is edited, and the plan's storing, which checks every
// task again, need not know which cells were edited.
import { withoutStaleDeadlineWarnings } from './deadlineWarnings';
import type { Role, TaskUnits } from './types';

/** The task's text ends with no parenthesis of units and time limit to read. */
export const NO_PARENTHESIS = '未找到末尾的责任分工括号，未能识别牵头单位和完成时限，请补充';
export const NO_RESPONSIBLE_UNIT = '未识别出牵头单位或责任单位';
export const NO_DEADLINE = '未写明完成时限';

export const doubtfulUnitWarning = (name: string) => `“${name}”不像一个单位名称，可能含有未识别的分工用语或未拆开的多个单位，请核对`;
export const oneUnitWarning = (name: string, two: string) => `“${name}”已按一个单位处理；如指${two}两个单位，请分开填写`;
export const bareAuthorityWarning = (name: string) => `“${name}”是党委或政府本身，不是具体单位；如指与其后单位共同的机构，请改为一个单位`;
export const unstatedRoleWarning = (name: string, role: 'lead' | 'joint') =>
  `“${name}”未写明牵头、负责还是配合，已按${role === 'lead' ? '牵头' : '责任'}单位处理`;
/** "省政务服务管理局指导": guiding is read as answering for the task, which the official should confirm. */
export const guidingRoleWarning = (name: string, role: 'lead' | 'joint') =>
  `“${name}”写的是“指导”，已按${role === 'lead' ? '牵头' : '责任'}单位处理，请核对`;
export const firstLeadsWarning = (clause: string, lead: string) => `“${clause}”未写明哪个单位牵头，已按列第一位的“${lead}”为牵头单位处理`;

const ABOUT_NAME = /^“([^”]+)”(?:不像一个单位名称|已按一个单位处理|是党委或政府本身)/;
const UNSTATED_ROLE = /^“([^”]+)”(?:未写明牵头、负责还是配合|写的是“指导”)，已按(牵头|责任)单位处理(?:，请核对)?$/;
const FIRST_LEADS = /未写明哪个单位牵头，已按列第一位的“([^”]+)”为牵头单位处理$/;

interface WarnedTask {
  warnings: readonly string[];
  deadlineText: string;
  units: TaskUnits;
}

/**
 * The task's warnings without those its units and 完成时限 no longer bear out: about a 完成时限
 * text since replaced, a missing 完成时限 or lead now given, a unit name no longer on the task, a
 * role the parser assumed that the official has since set. A missing parenthesis with one of its
 * two halves now given is narrowed to the other.
 */
export function withoutStaleWarnings(task: WarnedTask): string[] {
  const named = (name: string, roles: readonly Role[] = ['lead', 'joint', 'cooperating', 'national']) =>
    roles.some((role) => task.units[role].some((n) => n.trim() === name));
  const hasResponsible = task.units.lead.some((n) => n.trim()) || task.units.joint.some((n) => n.trim());
  const hasDeadline = task.deadlineText.trim() !== '';
  return withoutStaleDeadlineWarnings(task.warnings, task.deadlineText).flatMap((w): string[] => {
    if (w === NO_DEADLINE) return hasDeadline ? [] : [w];
    if (w === NO_RESPONSIBLE_UNIT) return hasResponsible ? [] : [w];
    if (w === NO_PARENTHESIS) {
      if (!hasResponsible && !hasDeadline) return [w];
      return [...(hasResponsible ? [] : [NO_RESPONSIBLE_UNIT]), ...(hasDeadline ? [] : [NO_DEADLINE])];
    }
    const role = UNSTATED_ROLE.exec(w);
    if (role) return named(role[1]!, [role[2] === '牵头' ? 'lead' : 'joint']) ? [w] : [];
    const about = ABOUT_NAME.exec(w);
    if (about) return named(about[1]!) ? [w] : [];
    const first = FIRST_LEADS.exec(w);
    if (first) return named(first[1]!, ['lead']) ? [w] : [];
    return [w];
  });
}
