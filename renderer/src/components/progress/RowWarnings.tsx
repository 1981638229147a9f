// The file's rows that carry a hint (a status word read as another, a task found by a quote of its
// text…), listed in the file's 提示 box: in view without hovering over each row's mark, each row
// number a link to the row.
import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { ImportedRow } from '../../../../electron/shared/api/progress';
import type { RowWord } from './rowWord';

/** Rows listed before “其余 N 行”: the box stays short for a long file full of hints. */
const SHOWN = 6;

interface Props {
  rows: readonly ImportedRow[];
  /** 段 for a report read in words, whose rows are its paragraphs. */
  rowWord: RowWord;
  onShowRow(row: number): void;
}

/**
 * Each sheet row once (a row for several tasks is several preview rows), with its hints. An uncertain
 * match's first hint says why it is uncertain: shown in the row itself, by its 确认 button.
 */
function hintsByRow(rows: readonly ImportedRow[]): [number, string[]][] {
  const byRow = new Map<number, string[]>();
  for (const r of rows) {
    const warnings = r.lowConfidence ? r.warnings.slice(1) : r.warnings;
    if (!warnings.length) continue;
    const hints = byRow.get(r.row) ?? [];
    for (const w of warnings) if (!hints.includes(w)) hints.push(w);
    byRow.set(r.row, hints);
  }
  return [...byRow];
}

export function RowWarnings({ rows, rowWord, onShowRow }: Props) {
  const [all, setAll] = useState(false);
  const hinted = hintsByRow(rows);
  if (!hinted.length) return null;
  const shown = all ? hinted : hinted.slice(0, SHOWN);
  return (
    <div data-testid="row-warnings">
      {hinted.length} {rowWord}请核对（点{rowWord}号转到该{rowWord}）：
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {shown.map(([row, hints]) => (
          <li key={row} data-testid="row-warning">
            <Typography.Link onClick={() => onShowRow(row)}>
              第 {row} {rowWord}
            </Typography.Link>：{hints.join('；')}
          </li>
        ))}
      </ul>
      {hinted.length > shown.length && (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setAll(true)}>
          其余 {hinted.length - shown.length} {rowWord}
        </Button>
      )}
    </div>
  );
}
