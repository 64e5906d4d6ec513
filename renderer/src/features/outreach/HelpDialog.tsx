import { AutoComplete, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { yuanToFen } from '../../domain/outreach/help';
import { HELP_KINDS } from '../../domain/outreach/types';
import { now } from '../../services/clock';
import { recordHelp } from '../../services/data/outreach';
import { dayOf, isAfterToday } from '../risk/dayField';
import { OutreachDialog } from './OutreachDialog';

/** What a help is given on: a 求助 petition, or a problem an activity found. */
export type HelpLink = { petitionId: string } | { activityId: string; problemId: string };

interface HelpValues {
  kind: string;
  amount: string;
  date: Dayjs | null;
  approver: string;
  recipient: string;
  headcount: number | null;
  note: string;
}

/** 记录帮扶: the kind of help, its amount in 元, day, who approved it, who received it and how many. */
export function HelpDialog({
  link,
  subject,
  onClose,
  onSaved,
}: {
  link: HelpLink;
  /** What the help is for, shown above the form. */
  subject: string;
  onClose(): void;
  onSaved(): void;
}) {
  const [form] = Form.useForm<HelpValues>();
  const save = (v: HelpValues) =>
    recordHelp(
      {
        kind: v.kind,
        // An amount that is not yuan with at most two decimals goes as -1, which the repository refuses in words.
        amountFen: yuanToFen(v.amount) ?? -1,
        date: dayOf(v.date),
        approver: v.approver,
        recipient: v.recipient,
        headcount: v.headcount ?? 0,
        unitId: null,
        petitionId: 'petitionId' in link ? link.petitionId : null,
        activityId: 'activityId' in link ? link.activityId : null,
        problemId: 'problemId' in link ? link.problemId : null,
        note: v.note,
      },
      now(),
    );
  return (
    <OutreachDialog<HelpValues>
      title="记录帮扶"
      label="记录帮扶"
      width={640}
      form={form}
      initialValues={{
        kind: '',
        amount: '',
        date: dayjs(now()),
        approver: '',
        recipient: '',
        headcount: 1,
        note: '',
      }}
      save={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>{subject}</p>}
    >
      <Space align="start" wrap>
        <Form.Item label="救助类型" name="kind">
          <AutoComplete style={{ width: 160 }} options={HELP_KINDS.map((k) => ({ value: k }))} />
        </Form.Item>
        <Form.Item label="金额（元）" name="amount">
          <Input style={{ width: 140 }} inputMode="decimal" maxLength={12} />
        </Form.Item>
        <Form.Item label="救助日期" name="date">
          <DatePicker disabledDate={isAfterToday} />
        </Form.Item>
      </Space>
      <Space align="start" wrap>
        <Form.Item label="审批人" name="approver">
          <Input style={{ width: 140 }} maxLength={50} />
        </Form.Item>
        <Form.Item label="救助对象" name="recipient">
          <Input style={{ width: 200 }} maxLength={100} />
        </Form.Item>
        <Form.Item label="救助人次" name="headcount">
          <InputNumber min={1} max={10000} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item label="备注" name="note">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
    </OutreachDialog>
  );
}
