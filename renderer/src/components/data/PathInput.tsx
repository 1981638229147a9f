// A path typed by the user; in the desktop app also chosen with the system dialog (浏览…).
import { Button, Input, Space } from 'antd';
import type { PathKind } from '../../../../electron/shared/bridge';

interface Props {
  value: string;
  onChange(value: string): void;
  kind: PathKind;
  placeholder?: string;
  testId?: string;
}

export function PathInput({ value, onChange, kind, placeholder, testId }: Props) {
  const bridge = window.taizhang;
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} data-testid={testId} allowClear />
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
