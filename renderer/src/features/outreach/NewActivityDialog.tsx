import { Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { RECEPTION_DAY_KIND } from '../../domain/outreach/receptionDay';
import type { Activity } from '../../domain/outreach/types';
import { now } from '../../services/clock';
import { recordActivity } from '../../services/data/outreach';
import { useReferenceData } from '../../services/ReferenceData';
import { UnitSelect } from '../reception/UnitSelect';
import { dayOf, isAfterToday } from '../risk/dayField';
import { OutreachDialog } from './OutreachDialog';

interface ActivityValues {
  kind: string | null;
  date: Dayjs | null;
  unitId: string | null;
  place: string;
  leader: string;
  group: string;
  headcount: number | null;
  /** Absent from the saved values when the kind has no checklist (its field is not rendered then). */
  checked?: string[];
  questionnaires: number | null;
  problems: string;
  notes: string;
}

/** The problems typed one per line, blank lines left out. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * 新建活动: its kind (the office's list, 设置), day, unit and place, who led it, 人次 reached, what it checked (the
 * kind's checklist), questionnaires handed out, the problems found (one per line) and what was done.
 */
export function NewActivityDialog({
  kind: presetKind,
  onClose,
  onSaved,
}: {
  /** 新建接待日: the kind chosen already. */
  kind?: string;
  onClose(): void;
  onSaved(activity: Activity): void;
}) {
  const [form] = Form.useForm<ActivityValues>();
  const { settings } = useReferenceData();
  const kind = Form.useWatch('kind', form);
  const date = Form.useWatch('date', form);
  // A reception day is scheduled ahead (docs/domain.md §10): until it comes it has reached and found nothing.
  const schedulable = kind === RECEPTION_DAY_KIND;
  const ahead = schedulable && !!date && isAfterToday(date);
  const checklist = settings.outreachKinds.find((k) => k.kind === kind)?.checklist ?? [];
  const save = async (v: ActivityValues) =>
    onSaved(
      await recordActivity(
        {
          kind: v.kind ?? '',
          date: dayOf(v.date),
          unitId: v.unitId ?? '',
          place: v.place,
          leader: v.leader,
          group: v.group,
          headcount: v.headcount ?? 0,
          checked: (v.checked ?? []).filter((item) => checklist.includes(item)),
          questionnaires: v.questionnaires ?? 0,
          problems: linesOf(v.problems),
          notes: v.notes,
        },
        now(),
      ),
    );
  return (
    <OutreachDialog<ActivityValues>
      title={presetKind === RECEPTION_DAY_KIND ? '新建接待日' : '新建活动'}
      label={presetKind === RECEPTION_DAY_KIND ? '新建接待日' : '新建活动'}
      width={760}
      form={form}
      initialValues={{
        kind: presetKind ?? null,
        date: dayjs(now()),
        unitId: null,
        place: '',
        leader: '',
        group: '',
        headcount: 0,
        checked: [],
        questionnaires: 0,
        problems: '',
        notes: '',
      }}
      save={save}
      onSaved={() => undefined}
      onClose={onClose}
    >
      <Space align="start" wrap>
        <Form.Item label="活动类型" name="kind">
          <Select
            style={{ width: 160 }}
            placeholder="请选择"
            options={settings.outreachKinds.map((k) => ({ value: k.kind, label: k.kind }))}
            onChange={() => form.setFieldValue('checked', [])}
          />
        </Form.Item>
        <Form.Item label="活动日期" name="date">
          <DatePicker disabledDate={schedulable ? undefined : isAfterToday} />
        </Form.Item>
        <Form.Item label="活动单位" name="unitId">
          <UnitSelect />
        </Form.Item>
        <Form.Item label="活动地点" name="place">
          <Input style={{ width: 180 }} maxLength={100} />
        </Form.Item>
      </Space>
      <Space align="start" wrap>
        <Form.Item label="带队领导" name="leader">
          <Input style={{ width: 160 }} maxLength={50} />
        </Form.Item>
        <Form.Item label="参加人员" name="group">
          <Input style={{ width: 260 }} maxLength={2000} />
        </Form.Item>
        <Form.Item label="覆盖人次" name="headcount" hidden={ahead}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
        <Form.Item label="发放问卷数" name="questionnaires" hidden={ahead}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
      </Space>
      {checklist.length > 0 && (
        <Form.Item label="检查内容" name="checked">
          <Checkbox.Group options={checklist} />
        </Form.Item>
      )}
      <Form.Item label="发现问题（每行一条）" name="problems" hidden={ahead}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label="活动情况" name="notes">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </OutreachDialog>
  );
}
