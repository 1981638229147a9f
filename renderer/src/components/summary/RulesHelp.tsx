// 统计口径: how the figures are counted, in the officials' words (the rules themselves live in the
// backend: core/progress/taskStatus.ts and core/report/rules.ts).
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { LIGHT_COLORS, LIGHT_LABELS, LIGHT_RULES, LIGHTS } from './statusMeta';

const RULES = [
  ['任务状态', '牵头单位报送了状态的，以牵头单位为准；否则综合各报送单位：有一家报滞后即为“滞后”，其次“正常推进”，再次“未启动”。“已完成”须由牵头单位报已完成；没有牵头单位的，须全部责任单位都报已完成；配合单位或部分责任单位报已完成的，任务记为“正常推进”。“各市人民政府”这类统称不单独报送，不在此列。既无牵头也无责任单位的，报送单位全部报已完成即为“已完成”。没有任何单位报送为“未报送”。国家层面单位不计入。此前已完成、本期无人再报送的任务仍记为“已完成”（销号），持续推进类任务除外。'],
  ['逾期', '完成时限在本期最后一天或之前、且任务未完成。持续推进类任务不计逾期。'],
  ['临期', '完成时限落在下一期内、且任务未完成。'],
  ['未报送单位', '承担本计划尚未完成的任务（牵头、责任或配合）而本期没有报送任何进展的单位（“各有关市县政府”这类统称不单独报送，不计入）。'],
] as const;

function RulesContent() {
  return (
    <div className="summary-rules">
      {RULES.map(([term, rule]) => (
        <Typography.Paragraph key={term}>
          <strong>{term}：</strong>
          {rule}
        </Typography.Paragraph>
      ))}
      <Typography.Paragraph>
        <strong>预警灯：</strong>
        {LIGHTS.map((light) => (
          <span key={light} className="summary-rules-light">
            <span className="summary-light-dot" style={{ background: LIGHT_COLORS[light] }} />
            {LIGHT_LABELS[light]}为{LIGHT_RULES[light]}；
          </span>
        ))}
        红灯优先于黄灯，黄灯优先于绿灯。
      </Typography.Paragraph>
    </div>
  );
}

export function RulesHelp() {
  return (
    <Popover title="统计口径" content={<RulesContent />} trigger="click" placement="bottomRight">
      <Button type="link" size="small" icon={<QuestionCircleOutlined />} className="no-print">
        统计口径
      </Button>
    </Popover>
  );
}
