// The 收到日期 of returned files, as the official states it: a day that has come, shown in words.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  /** YYYY-MM-DD, or null when not stated. */
  value: string | null;
  onChange(day: string | null): void;
  disabled?: boolean;
  placeholder?: string;
  /** In a table cell: borderless, as the cell's text until hovered, and written short (2023-10-08). */
  inTable?: boolean;
  'data-testid'?: string;
}

export function ReceivedDatePicker({ value, onChange, disabled, placeholder = '未写明', inTable, 'data-testid': testId }: Props) {
  return (
    <DatePicker
      size="small"
      style={inTable ? { width: '100%', paddingInline: 0, paddingBlock: 0 } : { width: 215 }}
      variant={inTable ? 'borderless' : 'outlined'}
      suffixIcon={inTable ? null : undefined}
      value={value ? dayjs(value) : null}
      format={inTable ? 'YYYY-MM-DD' : 'YYYY年M月D日'}
      placeholder={placeholder}
      disabled={disabled}
      disabledDate={(day) => day.isAfter(dayjs(), 'day')}
      onChange={(day) => onChange(day ? day.format('YYYY-MM-DD') : null)}
      data-testid={testId}
    />
  );
}
