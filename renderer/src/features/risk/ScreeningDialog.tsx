import { RiskDialog } from './RiskDialog';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { SCREENING_KINDS, type ScreeningKind } from '../../domain/risk/types';
import { now } from '../../services/clock';
import { recordScreening } from '../../services/data/risks';
import { UnitSelect } from '../reception/UnitSelect';
import { dayOf, isAfterToday } from './dayField';
import { useSubmit } from './useSubmit';

interface ScreeningValues {
  kind: ScreeningKind;
  day: Dayjs;
  unitId: string | null;
  participants: string;
  checked: string;
}

/** 登记排查: a screening's kind, day, scope and what was checked; the matters it found are 挂号 from it afterwards. */
export function ScreeningDialog({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<ScreeningValues>();
  const { busy, error, submit } = useSubmit(
    (v: ScreeningValues) =>
      recordScreening(
        {
          kind: v.kind,
          day: dayOf(v.day),
          unitIds: v.unitId ? [v.unitId] : [],
          participants: v.participants.trim(),
          checked: v.checked.trim(),
        },
        now(),
      ),
    onSaved,
  );
  return (
    <RiskDialog<ScreeningValues>
      title="登记排查"
      okText="保存"
      label="登记排查"
      form={form}
      initialValues={{ kind: '普遍排查', day: dayjs(now()), unitId: null, participants: '', checked: '' }}
      busy={busy}
      error={error}
      onSubmit={(values: ScreeningValues) => void submit(values)}
      onClose={onClose}
    >
      <Form.Item label="排查类型" name="kind">
        <Select options={SCREENING_KINDS.map((k) => ({ value: k, label: k }))} />
      </Form.Item>
      <Form.Item label="排查日期" name="day" rules={[{ required: true, message: '请选择排查日期' }]}>
        <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="排查范围" name="unitId">
        <UnitSelect />
      </Form.Item>
      <Form.Item label="参加人员" name="participants">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="排查内容" name="checked">
        <Input.TextArea rows={2} maxLength={1000} placeholder="如：工资发放、劳动关系、劳保用品、工伤保险" />
      </Form.Item>
    </RiskDialog>
  );
}
