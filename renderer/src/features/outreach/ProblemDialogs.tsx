import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Activity, ActivityProblem } from '../../domain/outreach/types';
import { now } from '../../services/clock';
import { addActivityProblems, setProblemOutcome } from '../../services/data/outreach';
import { dayOf, isAfterToday } from '../risk/dayField';
import { RiskDialog } from '../risk/RiskDialog';
import { useSubmit } from '../risk/useSubmit';
import { linesOf } from './NewActivityDialog';

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
  const { busy, error, submit } = useSubmit(
    (v: SolvedValues) =>
      setProblemOutcome(activity.id, problem.id, { kind: 'closed', note: v.note, on: dayOf(v.on) }, now()),
    onSaved,
  );
  return (
    <RiskDialog<SolvedValues>
      title="当场解决"
      okText="保存"
      label="当场解决"
      form={form}
      initialValues={{ note: '', on: dayjs(now()) }}
      busy={busy}
      error={error}
      onSubmit={(values) => void submit(values)}
      onClose={onClose}
      intro={<p>问题：{problem.text}</p>}
    >
      <Form.Item label="解决情况" name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item label="解决日期" name="on">
        <DatePicker disabledDate={isAfterToday} />
      </Form.Item>
    </RiskDialog>
  );
}

/** 补充问题: problems found later, or typed after the visit, one per line. */
export function AddProblemsDialog({ activity, onClose, onSaved }: DialogProps) {
  const [form] = Form.useForm<{ problems: string }>();
  const { busy, error, submit } = useSubmit(
    (v: { problems: string }) => addActivityProblems(activity.id, linesOf(v.problems), now()),
    onSaved,
  );
  return (
    <RiskDialog<{ problems: string }>
      title={`补充发现问题：${activity.activityNo}`}
      okText="保存"
      label="补充发现问题"
      form={form}
      initialValues={{ problems: '' }}
      busy={busy}
      error={error}
      onSubmit={(values) => void submit(values)}
      onClose={onClose}
    >
      <Form.Item label="发现问题（每行一条）" name="problems">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </RiskDialog>
  );
}
