import { Alert, Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import type { RiskMatter } from '../../domain/risk/types';

/** Why a matter or problem cannot be registered now, with the ways on: back where it came from, or to the draft. */
export function ConversionRefused({ reason, back }: { reason: string; back: { path: string; label: string } }) {
  const navigate = useNavigate();
  return (
    <div className="desk-page">
      <Alert
        type="warning"
        showIcon
        title="不能转为信访事项"
        description={reason}
        action={
          <Space orientation="vertical">
            <Button onClick={() => void navigate(back.path)}>{back.label}</Button>
            <Button onClick={() => void navigate('/register')}>打开信访登记</Button>
          </Space>
        }
      />
    </div>
  );
}

/** The banner over a registration filled from a matter. */
export function ConversionBanner({ matter }: { matter: RiskMatter }) {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={`由排查事项 ${matter.riskNo} 转为信访事项`}
      description="已按台账填入反映问题、诉求、类别和涉及单位，请补全信访人和信访方式。保存后该事项标记为“已转信访事项”，并与新登记的信访事项互相关联。"
    />
  );
}
