import { Form, Radio } from 'antd';
import { REVIEW_OUTCOMES } from '../../../../domain/workflowPayloads';
import { DayField, LongTextField, type ActionFieldsProps, type ActionForm } from './fields';
import { SERVICE_HINT } from '../caseActionModel';

/** 申请复查 / 复查意见 / 申请复核 / 复核意见: the petitioner's request, then the decision served. */
function ReviewFields({ action }: ActionFieldsProps) {
  const kind = action === 'requestReview' || action === 'decideReview' ? '复查' : '复核';
  if (action === 'requestReview' || action === 'requestRecheck') {
    return (
      <>
        <DayField name="receivedAt" label={`收到${kind}请求日期`} />
        <LongTextField name="reason" label={`${kind}请求理由`} />
      </>
    );
  }
  if (action === 'decideReview' || action === 'decideRecheck') {
    return (
      <>
        <Form.Item label={`${kind}结论`} name="outcome">
          <Radio.Group options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: o }))} />
        </Form.Item>
        <LongTextField name="opinion" label="意见" />
        <DayField name="servedAt" label="送达日期" extra={SERVICE_HINT} />
      </>
    );
  }
  return null;
}

export const reviewForm: ActionForm = {
  Fields: ReviewFields,
  // A decision's 送达日期 starts empty, as the 答复's does (see ReplyForm).
  defaults: (action, { today }) =>
    action === 'requestReview' || action === 'requestRecheck' ? { receivedAt: today } : {},
};
