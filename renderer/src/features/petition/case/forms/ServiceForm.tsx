import { AutoComplete, Form, Typography } from 'antd';
import { caseStateOf } from '../../../../db/cases';
import { formatChineseDate } from '../../../../domain/dates';
import { letterAwaitingService } from '../../../../domain/workflow';
import { SERVICE_METHODS } from '../../../../domain/workflowPayloads';
import { DayField, type ActionFieldsProps, type ActionForm } from './fields';

const METHOD_OPTIONS = SERVICE_METHODS.map((m) => ({ value: m }));

/**
 * 送达: the day the latest decision's letter reached the petitioner (a mailed letter: the day on the return receipt)
 * and how. The petitioner's 复查/复核 window runs from this day.
 */
function ServiceFields({ detail }: ActionFieldsProps) {
  const pending = letterAwaitingService(caseStateOf(detail.petition).facts);
  return (
    <>
      {pending && (
        <Typography.Paragraph type="secondary" data-testid="service-letter">
          送达{pending.letter}（{pending.decision}于{formatChineseDate(pending.decidedAt)}
          作出）；信访人的申请期限自送达之日起计算。
        </Typography.Paragraph>
      )}
      <DayField name="servedAt" label="送达日期" />
      <Form.Item label="送达方式" name="method">
        <AutoComplete
          options={METHOD_OPTIONS}
          maxLength={20}
          placeholder="直接送达、邮寄送达等"
          aria-label="送达方式"
        />
      </Form.Item>
    </>
  );
}

export const serviceForm: ActionForm = {
  Fields: ServiceFields,
  defaults: (_action, { today }) => ({ servedAt: today }),
};
