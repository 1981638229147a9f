import { ExperimentOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Typography } from 'antd';
import { navigate } from '../../router';

interface Props {
  onImport(): void;
  onSample(): void;
  loadingSample: boolean;
}

/** First run: no plan yet. */
export function LedgerEmpty({ onImport, onSample, loadingSample }: Props) {
  return (
    <div className="ledger-empty" data-testid="ledger-empty">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Space orientation="vertical" size={4}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              还没有工作要点
            </Typography.Text>
            <Typography.Text type="secondary">
              导入上级印发的工作要点（Word、Excel 或文本文件，也可直接粘贴全文），程序会把每项任务的牵头、责任、配合单位和完成时限整理成任务分工台账。
            </Typography.Text>
          </Space>
        }
      >
        <Space size={12}>
          <Button type="primary" size="middle" icon={<ImportOutlined />} onClick={onImport}>
            导入计划
          </Button>
          <Button size="middle" icon={<ExperimentOutlined />} loading={loadingSample} onClick={onSample}>
            载入示例
          </Button>
        </Space>
        <div style={{ marginTop: 16 }}>
          <Typography.Link onClick={() => navigate('about')}>第一次使用？看看每期工作的步骤（使用说明）</Typography.Link>
        </div>
      </Empty>
    </div>
  );
}
