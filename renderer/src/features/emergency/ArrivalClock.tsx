import { Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateTime, toLocalDateTime } from '../../domain/dates';
import { arrivalText, countdown, emergencyArrival } from '../../domain/emergency/rules';
import type { Emergency } from '../../domain/emergency/types';
import { now } from '../../services/clock';

/** The desk's clock, read again every second while `running`. */
function useTickingNow(running: boolean): Date {
  const [moment, setMoment] = useState(now);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setMoment(now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return moment;
}

/** Whether the arrival was on time or late, as a tag. */
export function ArrivalTag({ emergency }: { emergency: Emergency }) {
  const state = emergencyArrival(emergency, toLocalDateTime(now()));
  const color = { 按时到场: 'green', 迟到: 'red', 已超时未到场: 'red', 等待到场: 'orange' }[state.state];
  return <Tag color={color}>{arrivalText(state)}</Tag>;
}

/**
 * The live clock to the arrival limit (docs/domain.md §10): while nobody has arrived it counts down each second, and
 * past the limit counts up in red as 已超时; once the arrival is recorded it says 按时到场 or 迟到 N 分钟.
 */
export function ArrivalClock({ emergency }: { emergency: Emergency }) {
  const waiting = emergency.arrival === null;
  const moment = useTickingNow(waiting);
  const state = emergencyArrival(emergency, toLocalDateTime(moment));
  const clock = waiting ? countdown(state.deadline, moment.getTime()) : null;
  return (
    <Space direction="vertical" size={2} data-testid="arrival-clock">
      <Typography.Text>
        到场时限：{formatDateTime(state.deadline)}（接报后{emergency.arrivalLimitHours}小时，{emergency.location}）
      </Typography.Text>
      {clock ? (
        <Typography.Text
          strong
          type={clock.overdue ? 'danger' : undefined}
          style={{ fontSize: 22, fontVariantNumeric: 'tabular-nums' }}
          aria-live="off"
          data-testid="arrival-countdown"
        >
          {clock.overdue ? clock.text : `剩余 ${clock.text}`}
        </Typography.Text>
      ) : (
        <Typography.Text data-testid="arrival-result">
          {emergency.arrival?.leaders} 于 {formatDateTime(emergency.arrival?.arrivedAt ?? '')} 到场{' '}
          <ArrivalTag emergency={emergency} />
        </Typography.Text>
      )}
    </Space>
  );
}
