// The order unit pickers list a plan's units in: as the plan first names them (task by task, lead
// units first), the order of the 报送台账 and the 汇总's 各单位情况. Collective names (各有关市县政府),
// which no single unit reports for, come after the units that report; national counterparts last.
import { ROLES, type Task } from './types';

/**
 * "各成员单位", "各有关市县政府", "市直各有关执法部门", "相关金融机构": many units named as one, which no
 * single unit reports for. A few words may say which units ("执法", "银行业金融") before the kind of body
 * (单位, 部门, 企业, 机构, 管委会…) that ends the name. A county's towns and villages named together
 * ("相关乡镇", "有关乡镇人民政府", "沿河各乡镇", "各村（社区）") are one too.
 */
export function isCollectiveUnit(name: string): boolean {
  return /^各|(?:各|有关|相关)(?:成员)?(?:单位|部门|市县|市|县)|(?:各|有关|相关)[\u4e00-\u9fff]{0,6}(?:单位|部门|企业|机构|管委会|高校|院校|医院)$|(?:各|有关|相关)[\u4e00-\u9fff]{0,2}(?:乡镇|乡|镇|街道|村|社区)|成员单位$/.test(name);
}

/** 0 for a unit that reports, 1 for a collective name, 2 for a national counterpart. */
export const unitGroup = (u: { name: string; national: boolean }): number => (u.national ? 2 : isCollectiveUnit(u.name) ? 1 : 0);

/** The unit names a plan's tasks name, in picker order (see above). */
export function planUnitNames(tasks: readonly Pick<Task, 'units'>[]): string[] {
  const first = new Map<string, number>();
  const provincial = new Set<string>();
  for (const t of tasks) {
    for (const role of ROLES) {
      for (const name of t.units[role]) {
        if (!first.has(name)) first.set(name, first.size);
        if (role !== 'national') provincial.add(name);
      }
    }
  }
  const group = (name: string) => unitGroup({ name, national: !provincial.has(name) });
  return [...first.keys()].sort((a, b) => group(a) - group(b) || first.get(a)! - first.get(b)!);
}
