import { Form, Radio } from 'antd';
import { SATISFACTION_LEVELS } from '../../../../domain/workflowPayloads';
import { DayField, LongTextField, type ActionFieldsProps, type ActionForm } from './fields';

/** 回访 / 办结销号: the petitioner's verdict, then the case is closed. */
function ClosingFields({ action }: ActionFieldsProps) {
  if (action === 'followUp') {
    return (
      <>
        {/* No default: the answer is the petitioner's, never the form's. */}
        <Form.Item label="满意度" name="satisfaction">
          <Radio.Group options={SATISFACTION_LEVELS.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <DayField name="date" label="回访日期" />
        <LongTextField name="note" label="回访情况" />
      </>
    );
  }
  if (action === 'close') return <LongTextField name="note" label="备注" />;
  return null;
}

export const closingForm: ActionForm = {
  Fields: ClosingFields,
  defaults: (action, { today }) => (action === 'followUp' ? { date: today } : {}),
};
