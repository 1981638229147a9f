// 报送台账's 未报任务 of one unit: a unit that has not reported on a large plan owes hundreds of
// tasks, and listing them all made its row screens tall, its name out of view halfway down. The
// first few are listed, the rest on request; on paper, all of them (the 催报 text lists all too).
import { Button, Typography } from 'antd';
import { useState } from 'react';

/** Task numbers listed before 等 N 项: about four lines of the column. */
const SHOWN = 20;

export function MissingSeqs({ seqs }: { seqs: readonly string[] }) {
  const [expanded, setExpanded] = useState(false);
  const all = `第 ${seqs.join('、')} 项`;
  if (seqs.length <= SHOWN) return <Typography.Text type="danger">{all}</Typography.Text>;
  return (
    <>
      <span className="no-print" data-testid="missing-seqs">
        <Typography.Text type="danger">{expanded ? all : `第 ${seqs.slice(0, SHOWN).join('、')} 项等 ${seqs.length} 项`}</Typography.Text>
        <Button type="link" size="small" onClick={() => setExpanded(!expanded)}>
          {expanded ? '收起' : '展开全部'}
        </Button>
      </span>
      <Typography.Text type="danger" className="print-only" data-testid="missing-seqs-printed">
        {all}
      </Typography.Text>
    </>
  );
}
