import { Alert, Flex, Tag, Typography } from 'antd';
import { now } from '../../../services/clock';
import { useCaseEnvironment } from '../../../services/useCaseEnvironment';
import { runningAssignedDue, type AssignedDeadline } from '../../../domain/assignedDue';
import { formatChineseDate, toLocalDate } from '../../../domain/dates';
import {
  runningDeadlines,
  type CaseClockFacts,
  type DueStateLabel,
  type RunningDeadline,
} from '../../../domain/deadlines';
import { daysLeftText } from './caseActionModel';

const STATE_COLORS: Record<DueStateLabel, string> = { 正常: 'green', 临期: 'orange', 超期: 'red' };

function DeadlineRow({ deadline }: { deadline: RunningDeadline }) {
  return (
    <li data-testid="deadline" data-key={deadline.key} style={{ padding: '6px 0' }}>
      <Flex wrap gap={8} align="center">
        <Typography.Text strong style={{ minWidth: 110 }}>
          {deadline.label}
        </Typography.Text>
        <span>至 {formatChineseDate(deadline.due)}</span>
        <Tag color={STATE_COLORS[deadline.state]}>{deadline.state}</Tag>
        <span>{daysLeftText(deadline.daysLeft)}</span>
        {deadline.paused && <Tag color="default">已暂停</Tag>}
        {deadline.extendedBy > 0 && <Tag color="blue">含延期{deadline.extendedBy}日</Tag>}
        {deadline.party === 'petitioner' && <Typography.Text type="secondary">（信访人的期限）</Typography.Text>}
      </Flex>
    </li>
  );
}

/** The 交办期限 the handling unit was given, moved with a later 延期 or 暂停 (assignedDueInForce). */
function AssignedDueRow({ assignedDue }: { assignedDue: AssignedDeadline }) {
  return (
    <li data-testid="deadline" data-key="assigned" style={{ padding: '6px 0' }}>
      <Flex wrap gap={8} align="center">
        <Typography.Text strong style={{ minWidth: 110 }}>
          交办期限
        </Typography.Text>
        <span>至 {formatChineseDate(assignedDue.due)}</span>
        <Tag color={STATE_COLORS[assignedDue.state]}>{assignedDue.state}</Tag>
        <span>{daysLeftText(assignedDue.daysLeft)}</span>
        {assignedDue.unitName && <Typography.Text type="secondary">（{assignedDue.unitName}）</Typography.Text>}
      </Flex>
    </li>
  );
}

/** 办理期限: every period of the case still running today by the desk's clock, earliest due first, and the 交办期限. */
export function DeadlinesPanel({ facts }: { facts: CaseClockFacts }) {
  const { rules, calendar, dueSoonDays } = useCaseEnvironment();
  const today = toLocalDate(now());
  const deadlines = runningDeadlines(facts, rules, calendar, today, dueSoonDays);
  const assignedDue = runningAssignedDue(facts, rules, calendar, today, dueSoonDays);
  const warnings = [...new Set(deadlines.flatMap((d) => d.warnings))];
  if (deadlines.length === 0 && !assignedDue)
    return <Typography.Text type="secondary">当前没有正在计算的期限</Typography.Text>;
  return (
    <>
      {warnings.map((warning) => (
        <Alert key={warning} type="warning" showIcon title={warning} style={{ marginBottom: 8 }} />
      ))}
      <ul aria-label="正在计算的期限" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {deadlines.map((deadline) => (
          <DeadlineRow key={deadline.key} deadline={deadline} />
        ))}
        {assignedDue && <AssignedDueRow assignedDue={assignedDue} />}
      </ul>
    </>
  );
}
