// 未报送单位: units with tasks in the plan that sent nothing this period, then those that reported
// after the 报送时限 (逾期报送, as the 通报 and the 汇总表 name them); each opens its tasks.
import { Card, Tag, Typography } from 'antd';
import type { TaskFilter } from './taskFilter';

interface Props {
  units: string[];
  /** Units that reported, but after the period's 报送时限. */
  lateUnits: readonly string[];
  onOpen(filter: TaskFilter): void;
}

function UnitTag({ unit, color, filter, onOpen }: { unit: string; color: string; filter: TaskFilter; onOpen(filter: TaskFilter): void }) {
  return (
    <Tag
      color={color}
      role="button"
      tabIndex={0}
      className="summary-clickable"
      onClick={() => onOpen(filter)}
      onKeyDown={(e) => e.key === 'Enter' && onOpen(filter)}
    >
      {unit}
    </Tag>
  );
}

export function MissingUnits({ units, lateUnits, onOpen }: Props) {
  return (
    <Card size="small" title={`未报送单位（${units.length}个）`} className="summary-panel" data-testid="summary-missing">
      {units.length ? (
        <div className="summary-tags">
          {units.map((unit) => (
            <UnitTag key={unit} unit={unit} color="red" filter={{ unit, unitScope: 'assigned' }} onOpen={onOpen} />
          ))}
        </div>
      ) : (
        <Typography.Text type="success">本期各单位均已报送。</Typography.Text>
      )}
      {lateUnits.length > 0 && (
        <div data-testid="summary-late">
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 4px' }}>
            {`${units.length ? '另有' : '其中'}${lateUnits.length}个单位逾期报送：`}
          </Typography.Paragraph>
          <div className="summary-tags">
            {lateUnits.map((unit) => (
              <UnitTag key={unit} unit={unit} color="gold" filter={{ unit, unitScope: 'reported' }} onOpen={onOpen} />
            ))}
          </div>
        </div>
      )}
    </Card>
  );
}
