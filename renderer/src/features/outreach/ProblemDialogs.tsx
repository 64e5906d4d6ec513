import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Activity, ActivityProblem } from '../../domain/outreach/types';
import { now } from '../../services/clock';
import { addActivityProblems, setProblemOutcome } from '../../services/data/outreach';
import { dayOf, isAfterToday } from '../risk/dayField';
import { linesOf } from './NewActivityDialog';
import { OutreachDialog } from './OutreachDialog';

interface DialogProps {
  activity: Activity;
  onClose(): void;
  onSaved(): void;
}

interface SolvedValues {
  note: string;
  on: Dayjs | null;
}

/** 当场解决: what was done about the problem, and the day. */
export function SolveProblemDialog({
  activity,
  problem,
  onClose,
  onSaved,
}: DialogProps & { problem: ActivityProblem }) {
  const [form] = Form.useForm<SolvedValues>();
  const save = (v: SolvedValues) =>
    setProblemOutcome(activity.id, problem.id, { kind: 'closed', note: v.note, on: dayOf(v.on) }, now());
  return (
    <OutreachDialog<SolvedValues>
      title="当场解决"
      label="当场解决"
      form={form}
      initialValues={{ note: '', on: dayjs(now()) }}
      save={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>问题：{problem.text}</p>}
    >
      <Form.Item label="解决情况" name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item label="解决日期" name="on">
        <DatePicker disabledDate={isAfterToday} />
      </Form.Item>
    </OutreachDialog>
  );
}

/** 补充问题: problems found later, or typed after the visit, one per line. */
export function AddProblemsDialog({ activity, onClose, onSaved }: DialogProps) {
  const [form] = Form.useForm<{ problems: string }>();
  const save = (v: { problems: string }) => addActivityProblems(activity.id, linesOf(v.problems), now());
  return (
    <OutreachDialog<{ problems: string }>
      title={`补充发现问题：${activity.activityNo}`}
      label="补充发现问题"
      form={form}
      initialValues={{ problems: '' }}
      save={save}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item label="发现问题（每行一条）" name="problems">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </OutreachDialog>
  );
}
