import { Form, Input } from 'antd';
import { DISMISSAL_REASON_LIMIT, type RiskWarning } from '../../domain/risk/warnings';
import { now } from '../../services/clock';
import { dismissRiskWarning } from '../../services/data/risks';
import { RiskDialog } from './RiskDialog';
import { useSubmit } from './useSubmit';

interface DismissValues {
  reason: string;
}

/** 忽略 a 研判预警 with why: it stays hidden until another petition joins it. */
export function DismissWarningDialog({
  warning,
  reasonText,
  onClose,
  onSaved,
}: {
  warning: RiskWarning;
  /** Why the desk raised it (warningReason). */
  reasonText: string;
  onClose(): void;
  onSaved(): void;
}) {
  const [form] = Form.useForm<DismissValues>();
  const { busy, error, submit } = useSubmit(
    (v: DismissValues) => dismissRiskWarning(warning, v.reason, now()),
    onSaved,
  );
  return (
    <RiskDialog<DismissValues>
      title="忽略预警"
      okText="忽略"
      label="忽略预警"
      form={form}
      initialValues={{ reason: '' }}
      busy={busy}
      error={error}
      onSubmit={(values: DismissValues) => void submit(values)}
      onClose={onClose}
      intro={<p>{reasonText}</p>}
    >
      <Form.Item label="忽略理由" name="reason" extra="此后如有新的信访事项加入，该预警会重新提示。">
        <Input.TextArea rows={3} maxLength={DISMISSAL_REASON_LIMIT} showCount autoFocus />
      </Form.Item>
    </RiskDialog>
  );
}
