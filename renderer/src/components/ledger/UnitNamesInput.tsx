import { Select } from 'antd';
import type { CSSProperties } from 'react';

/** Typing "省财政厅、省教育厅" or pasting a comma list splits into one tag per unit. */
export const UNIT_SEPARATORS = ['、', '，', ',', '；', ';', '\n'];

interface Props {
  value?: string[];
  onChange?: (names: string[]) => void;
  /** Known unit names, offered as suggestions. */
  options: readonly string[];
  autoFocus?: boolean;
  defaultOpen?: boolean;
  onBlur?: () => void;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Unit names of one role, as tags. */
export function UnitNamesInput({ value, onChange, options, autoFocus, defaultOpen, onBlur, style, ...rest }: Props) {
  return (
    <Select<string[]>
      mode="tags"
      aria-label={rest['aria-label']}
      value={value}
      onChange={(names) => onChange?.([...new Set(names.map((n) => n.trim()).filter(Boolean))])}
      tokenSeparators={UNIT_SEPARATORS}
      options={options.map((n) => ({ value: n, label: n }))}
      placeholder="输入单位名称，用“、”分隔"
      autoFocus={autoFocus}
      defaultOpen={defaultOpen}
      onBlur={onBlur}
      style={{ width: '100%', ...style }}
    />
  );
}
