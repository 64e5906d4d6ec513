import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { today } from '../../domain/dates';
import type { Activity } from '../../domain/outreach/types';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { nameIn } from '../risk/riskDocuments';
import { dayOf } from '../risk/dayField';
import { RiskDialog } from '../risk/RiskDialog';
import { useSubmit } from '../risk/useSubmit';
import { saveReceptionNotice } from './outreachDocuments';

interface NoticeValues {
  period: [Dayjs | null, Dayjs | null] | null;
  addressee: string;
  hours: string;
}

/**
 * 下载接待日通知: the 领导信访接待日安排的通知 of the reception days in a period the clerk picks (this month and the next
 * unless changed), to whom it goes and the hours of each day; the file is saved and audited as the other outreach
 * documents are.
 */
export function ReceptionNoticeDialog(props: { activities: readonly Activity[]; onClose(): void }) {
  const [form] = Form.useForm<NoticeValues>();
  const { units, settings } = useReferenceData();
  const openSaved = useOpenSavedFile();
  const { busy, error, submit } = useSubmit(async (v: NoticeValues) => {
    const from = dayOf(v.period?.[0]);
    const to = dayOf(v.period?.[1]);
    if (!from || !to) throw new Error('请选择通知的期间');
    if (!v.addressee.trim()) throw new Error('请填写主送单位');
    const result = await saveReceptionNotice({
      activities: props.activities,
      period: { from, to },
      unitName: nameIn(units),
      addressee: v.addressee,
      hours: v.hours,
      issuer: settings.orgName,
      date: today(now()),
    });
    if (result.saved) openSaved(result.path, '接待日通知');
  }, props.onClose);
  const start = dayjs(now());
  return (
    <RiskDialog<NoticeValues>
      title="下载接待日通知"
      okText="生成并保存"
      label="接待日通知"
      form={form}
      initialValues={{
        period: [start.startOf('month'), start.add(1, 'month').endOf('month')],
        addressee: '各单位、各部门',
        hours: '上午8:30—11:30，下午14:30—17:30',
      }}
      busy={busy}
      error={error}
      onSubmit={(values: NoticeValues) => void submit(values)}
      onClose={props.onClose}
    >
      <Form.Item label="通知期间（列入期间内安排的接待日）" name="period">
        <DatePicker.RangePicker style={{ width: '100%' }} placeholder={['开始日期', '结束日期']} />
      </Form.Item>
      <Form.Item label="主送" name="addressee">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="接待时间" name="hours">
        <Input maxLength={100} placeholder="不填则通知中不列接待时间" />
      </Form.Item>
    </RiskDialog>
  );
}
