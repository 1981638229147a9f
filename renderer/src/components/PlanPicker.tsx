import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useUi } from '../store';
import { planOptions } from './planOptions';
import { usePlanList } from './usePlans';

/** Chooses the plan every page works on (store.planId). */
export function PlanPicker({ style }: { style?: CSSProperties }) {
  const { plans } = usePlanList();
  const planId = useUi((s) => s.planId);
  const setPlan = useUi((s) => s.setPlan);
  return (
    <Select<number>
      aria-label="选择计划"
      prefix="计划"
      placeholder="尚无计划"
      loading={plans === null}
      value={planId ?? undefined}
      onChange={setPlan}
      options={planOptions(plans ?? [])}
      popupMatchSelectWidth={false}
      style={{ width: 320, ...style }}
    />
  );
}
