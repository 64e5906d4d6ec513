import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FEEDBACK_WAYS, type FeedbackWay, type SuggestionRow } from '../../domain/outreach/types';
import { now } from '../../services/clock';
import { changeSuggestionStatus } from '../../services/data/outreach';
import { dayOf, isAfterToday } from '../risk/dayField';
import { OutreachDialog } from './OutreachDialog';

interface DialogProps {
  suggestion: SuggestionRow;
  onClose(): void;
  onSaved(): void;
}

interface FollowUpValues {
  department: string;
  measure: string;
  deadline: Dayjs | null;
  day: Dayjs | null;
}

/** 跟进中: the department that works on the suggestion, what it does, by when, and the day it was taken up. */
export function FollowUpDialog({ suggestion, onClose, onSaved }: DialogProps) {
  const [form] = Form.useForm<FollowUpValues>();
  const save = (v: FollowUpValues) =>
    changeSuggestionStatus(
      suggestion.id,
      { to: '跟进中', department: v.department, measure: v.measure, deadline: dayOf(v.deadline), day: dayOf(v.day) },
      now(),
    );
  return (
    <OutreachDialog<FollowUpValues>
      title={`转入跟进：${suggestion.suggestionNo}`}
      label="转入跟进"
      form={form}
      initialValues={{
        department: suggestion.department,
        measure: suggestion.measure,
        deadline: suggestion.deadline ? dayjs(suggestion.deadline) : null,
        day: dayjs(now()),
      }}
      save={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>{suggestion.topic}</p>}
    >
      <Form.Item label="责任部门" name="department">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="落实措施" name="measure">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item label="完成时限" name="deadline">
        <DatePicker />
      </Form.Item>
      <Form.Item label="转入跟进日期" name="day">
        <DatePicker disabledDate={isAfterToday} />
      </Form.Item>
    </OutreachDialog>
  );
}

interface AnswerValues {
  answer: string;
  answeredOn: Dayjs | null;
  feedbackWay: FeedbackWay | null;
}

/** 已答复: the answer, its day, and how it reached the workers. */
export function AnswerDialog({ suggestion, onClose, onSaved }: DialogProps) {
  const [form] = Form.useForm<AnswerValues>();
  const save = (v: AnswerValues) =>
    changeSuggestionStatus(
      suggestion.id,
      {
        to: '已答复',
        answer: v.answer,
        answeredOn: dayOf(v.answeredOn),
        // The repository refuses a missing way with its own message (请选择反馈方式).
        feedbackWay: v.feedbackWay ?? ('' as FeedbackWay),
      },
      now(),
    );
  return (
    <OutreachDialog<AnswerValues>
      title={`答复：${suggestion.suggestionNo}`}
      label="答复建议"
      form={form}
      initialValues={{ answer: '', answeredOn: dayjs(now()), feedbackWay: null }}
      save={save}
      onSaved={onSaved}
      onClose={onClose}
      intro={<p>{suggestion.topic}</p>}
    >
      <Form.Item label="答复内容" name="answer">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item label="答复日期" name="answeredOn">
        <DatePicker disabledDate={isAfterToday} />
      </Form.Item>
      <Form.Item label="反馈方式" name="feedbackWay">
        <Select placeholder="请选择" options={FEEDBACK_WAYS.map((w) => ({ value: w, label: w }))} />
      </Form.Item>
    </OutreachDialog>
  );
}
