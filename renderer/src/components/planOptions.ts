import type { PlanSummary } from '../../../electron/shared/types';

/** "标题（18项）"; plans of the same title (a file saved as a new plan) also say their number, the newer being the higher. */
export function planOptions(plans: readonly PlanSummary[]): { value: number; label: string }[] {
  const titled = new Map<string, number>();
  for (const p of plans) titled.set(p.title, (titled.get(p.title) ?? 0) + 1);
  return plans.map((p) => ({
    value: p.id,
    label: `${p.title}（${titled.get(p.title)! > 1 ? `编号 ${p.id}，` : ''}${p.taskCount}项）`,
  }));
}
