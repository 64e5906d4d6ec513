import { Col, Form, Select, type FormInstance } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { errorText } from '../../db/errors';
import { can } from '../../domain/access/roles';
import { DATE_FORMAT } from '../../domain/dates';
import { RECEPTION_DAY_CHANNEL, receptionDaysOn } from '../../domain/outreach/receptionDay';
import type { Activity } from '../../domain/outreach/types';
import { listActivitiesOn } from '../../services/data/outreach';
import { useSession } from '../../services/session/SessionContext';
import type { RegistrationFormValues } from './formValues';

/** The reception day a 领导接待日 registration links to, and the days it may choose from. */
export interface ReceptionDayChoice {
  /** Shown: the channel is 领导接待日 and the account reads the activities. */
  offered: boolean;
  days: readonly Activity[];
  /** The day the save links to, or null (none chosen, or none held on the received day). */
  chosen: Activity | null;
  choose(id: string | null): void;
  error: string | null;
}

/**
 * 领导接待日 at the desk (docs/domain.md §10): when the channel is 领导接待日 the form offers the reception days held on
 * the received day, the only one preselected; the clerk's own choice (also 不关联) stands while it is among them.
 * `asked` is the day the address named (「登记来访」 on the day's page).
 */
export function useReceptionDayChoice(
  form: FormInstance<RegistrationFormValues>,
  asked: string | null,
  enabled: boolean,
): ReceptionDayChoice {
  const { actor } = useSession();
  const channel = Form.useWatch('channel', form);
  const receivedAt = Form.useWatch('receivedAt', form);
  const readable = enabled && can(actor.role, 'outreach.view');
  const offered = readable && channel === RECEPTION_DAY_CHANNEL;
  const [activities, setActivities] = useState<readonly Activity[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ id: string | null } | null>(asked ? { id: asked } : null);
  const day = receivedAt ? receivedAt.format(DATE_FORMAT) : '';
  // Only the received day's activities, read by the date index when the channel or the day changes.
  useEffect(() => {
    if (!offered || day === '') return;
    let current = true;
    listActivitiesOn(day).then(
      (found) => current && setActivities(found),
      (failed: unknown) => current && setError(`领导接待日无法读取：${errorText(failed)}`),
    );
    return () => {
      current = false;
    };
  }, [offered, day]);
  const days = useMemo(() => (offered ? receptionDaysOn(activities, day) : []), [activities, day, offered]);
  const pickedDay = picked?.id ? days.find((d) => d.id === picked.id) : undefined;
  const chosen = pickedDay ?? (picked?.id === null ? null : days.length === 1 ? (days[0] ?? null) : null);
  return { offered, days, chosen, choose: (id) => setPicked({ id }), error };
}

/** 接待日: the select beside the contact's facts; 不关联 keeps the registration off every day. */
export function ReceptionDaySelect({ choice }: { choice: ReceptionDayChoice }) {
  if (!choice.offered) return null;
  const empty = choice.days.length === 0;
  return (
    <Col span={10}>
      <Form.Item
        label="领导接待日"
        validateStatus={choice.error ? 'error' : undefined}
        help={choice.error ?? (empty ? '当天没有安排领导接待日' : undefined)}
      >
        <Select<string>
          aria-label="领导接待日"
          allowClear
          disabled={empty}
          placeholder={empty ? '无' : '不关联'}
          value={choice.chosen?.id}
          onChange={(id) => choice.choose(id ?? null)}
          options={choice.days.map((d) => ({ value: d.id, label: `${d.activityNo} ${d.leader}接待` }))}
        />
      </Form.Item>
    </Col>
  );
}
