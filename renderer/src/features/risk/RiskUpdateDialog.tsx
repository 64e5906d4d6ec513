import { RiskDialog, type MatterDialogProps } from './RiskDialog';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { now } from '../../services/clock';
import { addRiskUpdate } from '../../services/data/risks';
import { dayOf, isAfterToday } from './dayField';
import { useSubmit } from './useSubmit';

interface UpdateValues {
  day: Dayjs;
  text: string;
}

/** 更新进展: what was done on a day (today unless the clerk enters an earlier day's). */
export function RiskUpdateDialog({ matter, onClose, onSaved }: MatterDialogProps) {
  const [form] = Form.useForm<UpdateValues>();
  const { busy, error, submit } = useSubmit(
    (v: UpdateValues) => addRiskUpdate(matter.id, { day: dayOf(v.day), text: v.text }, now()),
    onSaved,
  );
  return (
    <RiskDialog<UpdateValues>
      title={`更新进展：${matter.riskNo}`}
      okText="保存"
      label="更新进展"
      form={form}
      initialValues={{ day: dayjs(now()), text: '' }}
      busy={busy}
      error={error}
      onSubmit={(values: UpdateValues) => void submit(values)}
      onClose={onClose}
    >
      <Form.Item label="日期" name="day">
        <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="进展情况" name="text">
        <Input.TextArea rows={3} maxLength={2000} autoFocus />
      </Form.Item>
    </RiskDialog>
  );
}
