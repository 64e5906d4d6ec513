import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { now } from '../../../services/clock';
import { RegistrationError, errorText } from '../../../db/errors';
import { voidPetition } from '../../../services/data/petition';

/** 作废: a registration made by mistake. The number stays taken; the matter leaves the statistics and the board. */
export function VoidModal({
  petitionId,
  regNo,
  open,
  onClose,
}: {
  petitionId: string;
  regNo: string;
  open: boolean;
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const confirm = async () => {
    setSaving(true);
    try {
      await voidPetition(petitionId, reason, now());
      message.success(`已作废 ${regNo}`);
      onClose();
    } catch (e) {
      if (e instanceof RegistrationError) setError(e.errors.reason ?? Object.values(e.errors).join('；'));
      else message.error(`作废失败：${errorText(e)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={`作废 ${regNo}`}
      open={open}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText="确认作废"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="作废后登记编号仍被占用、不再使用；该事项不再计入统计、督办台和报告，台账中显示为已作废。"
      />
      <Form layout="vertical">
        <Form.Item
          label="作废原因"
          htmlFor="void-reason"
          required
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
        >
          <Input.TextArea
            id="void-reason"
            rows={3}
            maxLength={500}
            showCount
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
            placeholder="必填：如重复登记、误登"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
