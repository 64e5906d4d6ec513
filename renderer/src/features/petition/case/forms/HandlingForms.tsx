import { Form, InputNumber, Radio } from 'antd';
import { useCaseEnvironment } from '../../../../services/useCaseEnvironment';
import { SUPERVISION_METHODS } from '../../../../domain/workflowPayloads';
import { DayField, LongTextField, TextField, type ActionFieldsProps, type ActionForm } from './fields';

/** The 延期天数 as the workflow accepts it (workflow.ts says the same below the UI): a whole number from 1 to `max`. */
function extensionDaysProblem(value: unknown, max: number): Promise<void> {
  if (value === null || value === undefined) return Promise.reject(new Error('请填写延期天数'));
  if (typeof value !== 'number' || !Number.isInteger(value)) return Promise.reject(new Error('延期天数应为整数'));
  if (value < 1) return Promise.reject(new Error('延期天数至少为1日'));
  if (value > max) return Promise.reject(new Error(`延期不得超过${max}日`));
  return Promise.resolve();
}

function ExtendFields() {
  const { rules } = useCaseEnvironment();
  return (
    <>
      {/* No min/max on the input: antd would silently turn 40 into 30. The value typed stays and is refused. */}
      <Form.Item
        label="延期天数"
        name="days"
        extra={`最多${rules.extension.length}日，只能延期一次`}
        rules={[{ validator: (_rule, value: unknown) => extensionDaysProblem(value, rules.extension.length) }]}
      >
        <InputNumber style={{ width: '100%' }} />
      </Form.Item>
      <TextField name="approver" label="批准人" placeholder="单位负责人" />
      <LongTextField name="reason" label="延期理由" />
      <DayField name="approvedAt" label="批准日期" />
    </>
  );
}

/** 开始办理 / 办理记录 / 延期 / 督办 / 暂停计时 / 恢复计时: the tools of a case being handled. */
function HandlingFields({ action }: ActionFieldsProps) {
  switch (action) {
    case 'startHandling':
      return <LongTextField name="note" label="备注" />;
    case 'addNote':
      return <LongTextField name="note" label="办理情况" />;
    case 'extend':
      return <ExtendFields />;
    case 'supervise':
      return (
        <>
          <Form.Item label="督办方式" name="method">
            <Radio.Group options={SUPERVISION_METHODS.map((m) => ({ value: m, label: m }))} />
          </Form.Item>
          <DayField name="date" label="督办日期" />
          <LongTextField name="content" label="督办内容" />
          <LongTextField name="feedback" label="反馈情况" />
        </>
      );
    case 'pauseClock':
      return (
        <>
          <LongTextField name="reason" label="暂停理由" placeholder="如：鉴定、听证期间" />
          <DayField name="from" label="暂停日期" />
        </>
      );
    case 'resumeClock':
      return <DayField name="resumedOn" label="恢复日期" />;
    default:
      return null;
  }
}

export const handlingForm: ActionForm = {
  Fields: HandlingFields,
  defaults: (action, { today }) => {
    switch (action) {
      case 'extend':
        return { days: 30, approvedAt: today };
      case 'supervise':
        return { method: SUPERVISION_METHODS[0], date: today };
      case 'pauseClock':
        return { from: today };
      case 'resumeClock':
        return { resumedOn: today };
      default:
        return {};
    }
  },
};
