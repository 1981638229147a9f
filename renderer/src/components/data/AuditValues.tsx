// An audit entry's before and after values, side by side, as readable text.
import { Typography } from 'antd';

const show = (v: unknown) => (v == null ? '（无）' : typeof v === 'string' ? v : JSON.stringify(v, null, 2));

export function AuditValues({ before, after }: { before: unknown; after: unknown }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
      {[
        ['修改前', before],
        ['修改后', after],
      ].map(([label, value]) => (
        <div key={label as string}>
          <Typography.Text strong>{label as string}</Typography.Text>
          <pre style={{ margin: '4px 0 0', padding: 8, background: '#fafafa', border: '1px solid #f0f0f0', whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 320, overflow: 'auto', fontSize: 12 }}>
            {show(value)}
          </pre>
        </div>
      ))}
    </div>
  );
}
