// An audit entry's before and after values, side by side: a flat object as "名称：值" lines, anything else as JSON.
import { Typography } from 'antd';
import { auditValueText } from '../../../../electron/shared/auditLabels';

export function AuditValues({ before, after }: { before: unknown; after: unknown }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
      {[
        ['修改前', before],
        ['修改后', after],
      ].map(([label, value]) => (
        <div key={label as string}>
          <Typography.Text strong>{label as string}</Typography.Text>
          <pre
            style={{
              margin: '4px 0 0',
              padding: 8,
              background: '#fafafa',
              border: '1px solid #f0f0f0',
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-all',
              maxHeight: 320,
              overflow: 'auto',
              fontSize: 12,
              fontFamily: 'inherit',
            }}
          >
            {auditValueText(value) || '（无）'}
          </pre>
        </div>
      ))}
    </div>
  );
}
