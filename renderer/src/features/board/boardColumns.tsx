import { Button, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { AssignedDeadline } from '../../domain/assignedDue';
import { UNASSIGNED_GROUP, type BoardDeadline, type BoardRow } from '../../domain/caseBoard';
import type { DueStateLabel } from '../../domain/deadlines';
import { PETITION_STATUSES } from '../../domain/types';
import { daysLeftText } from '../petition/case/caseActionModel';

const STATE_COLORS: Record<DueStateLabel, string> = { 正常: 'green', 临期: 'orange', 超期: 'red' };

/** A 不予受理 on the board owes its written notice: a letter, issued from the case page's 文书 card, not an action. */
const owesNotice = (row: BoardRow) => !row.next && row.status === 'rejected';

/** Where the next step's button leads: the case page, with that action's form opened from the query. */
export function nextActionPath(row: BoardRow): string | null {
  if (row.next) return `/petitions/${row.id}?action=${row.next.action}`;
  return owesNotice(row) ? `/petitions/${row.id}` : null;
}

/** The 交办期限 the handling unit was given, under the office's own period. */
function AssignedDueLine({ assignedDue }: { assignedDue: AssignedDeadline }) {
  return (
    <div data-testid="board-assigned-due">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        交办期限
      </Typography.Text>
      <div>
        {assignedDue.due} <Tag color={STATE_COLORS[assignedDue.state]}>{assignedDue.state}</Tag>
        <span>{daysLeftText(assignedDue.daysLeft)}</span>
      </div>
    </div>
  );
}

function DeadlineCell({
  deadline,
  assignedDue,
}: {
  deadline: BoardDeadline | null;
  assignedDue: AssignedDeadline | null;
}) {
  if (!deadline)
    return assignedDue ? (
      <AssignedDueLine assignedDue={assignedDue} />
    ) : (
      <Typography.Text type="secondary">无办理时限</Typography.Text>
    );
  return (
    <div data-testid="board-deadline">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {deadline.label}
      </Typography.Text>
      <div>
        {deadline.due} <Tag color={STATE_COLORS[deadline.state]}>{deadline.state}</Tag>
        <span>{daysLeftText(deadline.daysLeft)}</span>
        {deadline.paused && <Tag style={{ marginLeft: 4 }}>已暂停</Tag>}
      </div>
      {assignedDue && <AssignedDueLine assignedDue={assignedDue} />}
    </div>
  );
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * The board's columns. Lists carry names only, never ID numbers or phones (docs/domain.md §11): the rows do not hold
 * them. `onNext` runs the next action (navigates to the case page with its form open).
 */
export function boardColumns(onNext: (row: BoardRow) => void): TableColumnsType<BoardRow> {
  return [
    {
      title: '登记编号',
      key: 'regNo',
      width: 110,
      render: (_, row) => <Link to={`/petitions/${row.id}`}>{row.regNo}</Link>,
    },
    {
      title: '信访人',
      key: 'petitioners',
      width: 120,
      ellipsis: true,
      render: (_, row) => row.petitionerNames.join('、') || '（匿名）',
    },
    { title: '事由', dataIndex: 'summary', key: 'summary', ellipsis: true },
    { title: '状态', key: 'status', width: 100, render: (_, row) => <Tag>{PETITION_STATUSES[row.status]}</Tag> },
    {
      title: '承办单位',
      key: 'unit',
      width: 130,
      render: (_, row) =>
        row.unitId === null ? (
          <Typography.Text type="secondary">{UNASSIGNED_GROUP}</Typography.Text>
        ) : (
          <>
            <div>{row.unitName ?? dash}</div>
            {row.handler && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                承办人 {row.handler}
              </Typography.Text>
            )}
          </>
        ),
    },
    { title: '包案领导', key: 'leader', width: 90, render: (_, row) => row.leader ?? dash },
    {
      title: '期限',
      key: 'deadline',
      width: 210,
      render: (_, row) => <DeadlineCell deadline={row.deadline} assignedDue={row.assignedDue} />,
    },
    {
      title: '下一步',
      key: 'next',
      width: 110,
      render: (_, row) =>
        row.next || owesNotice(row) ? (
          <Button size="small" type="primary" ghost onClick={() => onNext(row)}>
            {row.next ? row.next.label : '出具告知书'}
          </Button>
        ) : (
          <Typography.Text type="secondary">等待信访人</Typography.Text>
        ),
    },
  ];
}
