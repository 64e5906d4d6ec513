import { Button, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { can } from '../../domain/access/roles';
import { formatChineseDate, today, weekday } from '../../domain/dates';
import { upcomingReceptionDays } from '../../domain/outreach/receptionDay';
import type { Activity } from '../../domain/outreach/types';
import { pathNames } from '../../domain/treePath';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { activityNoColumn, activityUnitColumn } from './activityColumns';
import { ReceptionNoticeDialog } from './ReceptionNoticeDialog';

const WEEKDAY_NAMES = '日一二三四五六';

/**
 * 接待日安排 (docs/domain.md §10): the leaders' reception days from today on, soonest first, with 新建接待日 and the
 * notice of the days in a period.
 */
export function ReceptionSchedule(props: {
  activities: readonly Activity[] | undefined;
  loading: boolean;
  onNew(): void;
}) {
  const { units } = useReferenceData();
  const { actor } = useSession();
  const [noticing, setNoticing] = useState(false);
  const unitPaths = useMemo(() => pathNames(units), [units]);
  const rows = useMemo(() => upcomingReceptionDays(props.activities ?? [], today(now())), [props.activities]);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {can(actor.role, 'outreach.manage') && (
          <Button type="primary" onClick={props.onNew}>
            新建接待日
          </Button>
        )}
        <Button disabled={!props.activities} onClick={() => setNoticing(true)}>
          下载接待日通知
        </Button>
        <Typography.Text type="secondary">今天及以后安排的领导信访接待日；已过的接待日在“全部活动”中</Typography.Text>
      </Space>
      <Table<Activity>
        aria-label="接待日安排"
        rowKey="id"
        size="small"
        loading={props.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '没有已安排的领导接待日' }}
        columns={[
          activityNoColumn,
          {
            title: '接待日期',
            key: 'date',
            width: 180,
            render: (_, a) => `${formatChineseDate(a.date)}（星期${WEEKDAY_NAMES[weekday(a.date)]}）`,
          },
          { title: '接待领导', dataIndex: 'leader', width: 140 },
          activityUnitColumn(unitPaths),
          { title: '地点', dataIndex: 'place', ellipsis: true },
        ]}
      />
      {noticing && props.activities && (
        <ReceptionNoticeDialog activities={props.activities} onClose={() => setNoticing(false)} />
      )}
    </>
  );
}
