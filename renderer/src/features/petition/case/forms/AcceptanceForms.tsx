import { Form, Radio } from 'antd';
import { DEFAULT_REJECTION_ROUTE, DISCIPLINE_BODIES, REJECTION_ROUTES } from '../../../../domain/workflowPayloads';
import { DayField, LongTextField, TextField, type ActionFieldsProps, type ActionForm } from './fields';

/** 受理 / 不予受理 / 转送 / 转纪检监察: what becomes of a registered matter. */
function AcceptanceFields({ action }: ActionFieldsProps) {
  switch (action) {
    case 'accept':
      return (
        <>
          <DayField name="acceptedAt" label="受理日期" />
          <LongTextField name="note" label="备注" />
        </>
      );
    case 'reject':
      return (
        <>
          <LongTextField name="reason" label="不予受理理由" />
          <Form.Item label="救济途径" name="route" extra="告知书按所选途径写明向何处、提出什么">
            <Radio.Group options={REJECTION_ROUTES.map((route) => ({ value: route, label: route }))} />
          </Form.Item>
          <TextField
            name="whereToApply"
            label="应向何处反映"
            limit="caseText"
            placeholder="如：劳动人事争议仲裁委员会"
          />
        </>
      );
    case 'forward':
      return (
        <>
          <TextField name="toBody" label="转送机关或单位" />
          <LongTextField name="note" label="备注" />
        </>
      );
    case 'forwardToDiscipline':
      return (
        <>
          <Form.Item label="转交机构" name="toBody">
            <Radio.Group options={DISCIPLINE_BODIES.map((body) => ({ value: body, label: body }))} />
          </Form.Item>
          <LongTextField name="note" label="备注" />
        </>
      );
    default:
      return null;
  }
}

export const acceptanceForm: ActionForm = {
  Fields: AcceptanceFields,
  defaults: (action, { today }) => {
    if (action === 'accept') return { acceptedAt: today };
    if (action === 'forwardToDiscipline') return { toBody: DISCIPLINE_BODIES[0] };
    if (action === 'reject') return { route: DEFAULT_REJECTION_ROUTE };
    return {};
  },
};
