// A figure in a table that opens the tasks behind it; zero is plain text (nothing to open).
import { Button } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  value: number;
  onOpen(): void;
  /** Read out as "<label>：<value> 项，查看任务". */
  label: string;
  color?: string;
  suffix?: ReactNode;
}

export function FigureLink({ value, onOpen, label, color, suffix }: Props) {
  if (value === 0) return <span className="summary-zero">0</span>;
  return (
    <Button
      type="link"
      size="small"
      className="summary-figure-link"
      style={color ? { color } : undefined}
      aria-label={`${label}：${value} 项，查看任务`}
      onClick={onOpen}
    >
      {value}
      {suffix}
    </Button>
  );
}
