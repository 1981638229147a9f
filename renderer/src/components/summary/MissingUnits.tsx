// 未报送单位: units with tasks in the plan that sent nothing this period; each opens its tasks.
import { Card, Tag, Typography } from 'antd';
import type { TaskFilter } from './taskFilter';

interface Props {
  units: string[];
  onOpen(filter: TaskFilter): void;
}

export function MissingUnits({ units, onOpen }: Props) {
  return (
    <Card size="small" title={`未报送单位（${units.length}家）`} className="summary-panel" data-testid="summary-missing">
      {units.length ? (
        <div className="summary-tags">
          {units.map((unit) => (
            <Tag
              key={unit}
              color="red"
              role="button"
              tabIndex={0}
              className="summary-clickable"
              onClick={() => onOpen({ unit, unitScope: 'assigned' })}
              onKeyDown={(e) => e.key === 'Enter' && onOpen({ unit, unitScope: 'assigned' })}
            >
              {unit}
            </Tag>
          ))}
        </div>
      ) : (
        <Typography.Text type="success">本期各单位均已报送。</Typography.Text>
      )}
    </Card>
  );
}
