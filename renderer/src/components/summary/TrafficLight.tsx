// A task's warning light: a coloured dot with its meaning on hover.
import { Tooltip } from 'antd';
import type { Light } from '../../../../electron/shared/api/reports';
import { LIGHT_COLORS, LIGHT_LABELS, LIGHT_RULES } from './statusMeta';

export function TrafficLight({ light }: { light: Light }) {
  return (
    <Tooltip title={`${LIGHT_LABELS[light]}：${LIGHT_RULES[light]}`}>
      <span
        className="summary-light-dot"
        role="img"
        aria-label={LIGHT_LABELS[light]}
        data-light={light}
        style={{ background: LIGHT_COLORS[light] }}
      />
    </Tooltip>
  );
}
