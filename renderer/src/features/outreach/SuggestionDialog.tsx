import { Checkbox, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Activity } from '../../domain/outreach/types';
import { now } from '../../services/clock';
import { recordSuggestion } from '../../services/data/outreach';
import { UnitSelect } from '../reception/UnitSelect';
import { dayOf, isAfterToday } from '../risk/dayField';
import { OutreachDialog } from './OutreachDialog';

interface SuggestionValues {
  topic: string;
  text: string;
  anonymous: boolean;
  name: string;
  phone: string;
  unitId: string | null;
  collectedOn: Dayjs | null;
  department: string;
  measure: string;
  deadline: Dayjs | null;
}

/**
 * 添加建议: one suggestion, collected at an activity (a forum collects several, one after another) or on its own;
 * its proposer may be anonymous. 责任部门, 落实措施 and 完成时限 may be given now or when it goes 跟进中.
 */
export function SuggestionDialog({
  activity,
  onClose,
  onSaved,
}: {
  activity: Activity | null;
  onClose(): void;
  onSaved(): void;
}) {
  const [form] = Form.useForm<SuggestionValues>();
  const anonymous = Form.useWatch('anonymous', form);
  const save = (v: SuggestionValues) =>
    recordSuggestion(
      {
        topic: v.topic,
        text: v.text,
        proposer: v.anonymous ? null : { name: v.name, phone: v.phone },
        activityId: activity?.id ?? null,
        unitId: v.unitId,
        collectedOn: dayOf(v.collectedOn),
        department: v.department,
        measure: v.measure,
        deadline: v.deadline ? dayOf(v.deadline) : null,
      },
      now(),
    );
  return (
    <OutreachDialog<SuggestionValues>
      title={activity ? `添加建议：${activity.activityNo}` : '添加建议'}
      label="添加建议"
      width={720}
      form={form}
      initialValues={{
        topic: '',
        text: '',
        anonymous: false,
        name: '',
        phone: '',
        unitId: null,
        collectedOn: dayjs(activity?.date ?? now()),
        department: '',
        measure: '',
        deadline: null,
      }}
      save={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item label="建议主题" name="topic">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="建议内容" name="text">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item label="建议人" name="name">
          <Input style={{ width: 140 }} maxLength={50} disabled={anonymous} />
        </Form.Item>
        <Form.Item label="联系电话" name="phone">
          <Input style={{ width: 160 }} maxLength={20} disabled={anonymous} />
        </Form.Item>
        <Form.Item label=" " name="anonymous" valuePropName="checked">
          <Checkbox>匿名</Checkbox>
        </Form.Item>
        <Form.Item label="征集日期" name="collectedOn">
          <DatePicker disabledDate={isAfterToday} />
        </Form.Item>
        {!activity && (
          <Form.Item label="涉及单位" name="unitId">
            <UnitSelect />
          </Form.Item>
        )}
      </Space>
      <Space align="start" wrap>
        <Form.Item label="责任部门" name="department">
          <Input style={{ width: 180 }} maxLength={100} />
        </Form.Item>
        <Form.Item label="落实措施" name="measure">
          <Input style={{ width: 280 }} maxLength={2000} />
        </Form.Item>
        <Form.Item label="完成时限" name="deadline">
          <DatePicker />
        </Form.Item>
      </Space>
    </OutreachDialog>
  );
}
