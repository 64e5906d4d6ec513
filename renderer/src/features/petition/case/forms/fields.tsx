import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ComponentType } from 'react';
import { now } from '../../../../services/clock';
import type { PetitionDetail } from '../../../../domain/petitionDetail';
import type { CaseAction } from '../../../../domain/workflowPayloads';
import type { TextLimitKey } from '../../../../domain/textLimits';
import { textCount } from '../../../../ui/textCount';

/** What every action form is given: the action (a group serves several) and the case it acts on. */
export interface ActionFieldsProps {
  action: CaseAction;
  detail: PetitionDetail;
}

/** What a form's defaults may depend on. */
export interface DefaultsContext {
  detail: PetitionDetail;
  /** Today by the desk's clock, as the date pickers hold it. */
  today: Dayjs;
  /** The handling due day (extension included), when the 60-day clock runs. */
  handlingDue: Dayjs | null;
}

/** One action group: its fields and the starting values of each of its actions. */
export interface ActionForm {
  Fields: ComponentType<ActionFieldsProps>;
  defaults(action: CaseAction, ctx: DefaultsContext): Record<string, unknown>;
}

/** Days after today are greyed out for things that have already happened (the workflow refuses them anyway). */
function isAfterToday(day: Dayjs): boolean {
  return day.isAfter(now(), 'day');
}

/** A day: one that has happened (`past`, the default) or a limit still ahead. */
export function DayField({
  name,
  label,
  past = true,
  extra,
}: {
  name: string;
  label: string;
  past?: boolean;
  extra?: string;
}) {
  return (
    <Form.Item label={label} name={name} extra={extra}>
      <DatePicker disabledDate={past ? isAfterToday : undefined} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** A one-line text; a name (包案领导, 批准人) unless `limit` says otherwise. */
export function TextField({
  name,
  label,
  placeholder,
  limit = 'caseName',
}: {
  name: string;
  label: string;
  placeholder?: string;
  limit?: TextLimitKey;
}) {
  return (
    <Form.Item label={label} name={name}>
      <Input autoComplete="off" count={textCount(limit)} placeholder={placeholder} />
    </Form.Item>
  );
}

/** A longer text (reason, note, opinion); Enter starts a new line, Ctrl+Enter submits. */
export function LongTextField({ name, label, placeholder }: { name: string; label: string; placeholder?: string }) {
  return (
    <Form.Item label={label} name={name}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={textCount('caseText')} placeholder={placeholder} />
    </Form.Item>
  );
}
