import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { RiskMatter } from '../../domain/risk/types';
import { now } from '../../services/clock';
import { addRiskUpdate } from '../../services/data/risks';
import { dayOf, isAfterToday } from './dayField';
import { useSubmit } from './useSubmit';

interface UpdateValues {
  day: Dayjs;
  text: string;
}

/** 更新进展: what was done on a day (today unless the clerk enters an earlier day's). */
export function RiskUpdateDialog({
  matter,
  onClose,
  onSaved,
}: {
  matter: RiskMatter;
  onClose(): void;
  onSaved(): void;
}) {
  const [form] = Form.useForm<UpdateValues>();
  const { busy, error, submit } = useSubmit(
    (v: UpdateValues) => addRiskUpdate(matter.id, { day: dayOf(v.day), text: v.text }, now()),
    onSaved,
  );
  return (
    <Modal
      open
      title={`更新进展：${matter.riskNo}`}
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<UpdateValues>
        form={form}
        layout="vertical"
        aria-label="更新进展"
        requiredMark={false}
        initialValues={{ day: dayjs(now()), text: '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label="日期" name="day">
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="进展情况" name="text">
          <Input.TextArea rows={3} maxLength={2000} autoFocus />
        </Form.Item>
        {error && (
          <div role="alert" className="ant-form-item-explain-error">
            {error}
          </div>
        )}
      </Form>
    </Modal>
  );
}
