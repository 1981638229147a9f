import { Select } from 'antd';
import { useRef, type CSSProperties } from 'react';

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

const uniqueNames = (names: readonly string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

/** Unit names of one role, as tags. */
export function UnitNamesInput({ value, onChange, options, autoFocus, defaultOpen, onBlur, style, ...rest }: Props) {
  // The suggestion list toggles: Enter (or a click) on a name that is already a tag would take it off.
  // Entering a name means keeping it; a tag goes only by its close icon or Backspace.
  const pickingFromList = useRef(false);
  const change = (names: string[]) => {
    const current = value ?? [];
    const next = uniqueNames(pickingFromList.current ? [...current, ...names] : names);
    if (next.length !== current.length || next.some((n, i) => n !== current[i])) onChange?.(next);
  };
  return (
    <Select<string[]>
      mode="tags"
      aria-label={rest['aria-label']}
      value={value}
      onChange={change}
      // The input sees a key before the list does, and the select's own handler after: the flag
      // covers exactly the list's handling of this Enter or Tab.
      onInputKeyDown={(e) => void (pickingFromList.current = e.key === 'Enter' || e.key === 'Tab')}
      onKeyDown={() => void (pickingFromList.current = false)}
      popupRender={(list) => (
        <div onClickCapture={() => void (pickingFromList.current = true)} onClick={() => void (pickingFromList.current = false)}>
          {list}
        </div>
      )}
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
