// A path typed by the user; in the desktop app also chosen with the system dialog (浏览…).
import { Button, Input, Space } from 'antd';
import type { PathKind } from '../../../../electron/shared/bridge';

interface Props {
  value: string;
  onChange(value: string): void;
  kind: PathKind;
  placeholder?: string;
  testId?: string;
  /** What Enter in the box does: the dialog's confirm button, as in the other one-line dialogs. */
  onPressEnter?(): void;
}

/** The path box of a dialog: it has the focus as the dialog opens, so the path can be typed straight away. */
export function PathInput({ value, onChange, kind, placeholder, testId, onPressEnter }: Props) {
  const bridge = window.taizhang;
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        autoFocus
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onPressEnter={onPressEnter}
        placeholder={placeholder}
        data-testid={testId}
        allowClear
      />
      {bridge && (
        <Button
          onClick={async () => {
            const chosen = await bridge.choosePath(kind);
            if (chosen) onChange(chosen);
          }}
        >
          浏览…
        </Button>
      )}
    </Space.Compact>
  );
}
