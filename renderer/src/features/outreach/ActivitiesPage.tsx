import { Alert, Button, DatePicker, Select, Space, Table, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { can } from '../../domain/access/roles';
import { formatChineseDate } from '../../domain/dates';
import type { Activity } from '../../domain/outreach/types';
import { pathNames } from '../../domain/treePath';
import { useReferenceData } from '../../services/ReferenceData';
import { listActivities } from '../../services/data/outreach';
import { useSession } from '../../services/session/SessionContext';
import { PageHeader } from '../../ui/PageHeader';
import { dayOf } from '../risk/dayField';
import { RECEPTION_DAY_KIND } from '../../domain/outreach/receptionDay';
import { NewActivityDialog } from './NewActivityDialog';
import { ReceptionSchedule } from './ReceptionSchedule';
import { activityNoColumn, activityUnitColumn } from './activityColumns';
import { outreachPath } from './paths';
import { useOutreachList } from './useOutreachList';

const handled = (a: Activity) => a.problems.filter((p) => p.outcome.kind !== 'open').length;

/**
 * 走访座谈 (docs/domain.md §10): the office's visits, reception days, forums and the rest, newest first, filtered by
 * kind and period; 新建活动 records one, and each opens on its page with the problems it found. 接待日安排 lists the
 * leaders' reception days ahead, with 新建接待日 and the notice.
 */
export function ActivitiesPage() {
  const { units, settings } = useReferenceData();
  const { actor } = useSession();
  const navigate = useNavigate();
  const { data: activities, error, reload } = useOutreachList(listActivities);
  const [kind, setKind] = useState<string | null>(null);
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [adding, setAdding] = useState<{ kind?: string } | null>(null);
  const unitPaths = useMemo(() => pathNames(units), [units]);
  const kinds = useMemo(
    () => [...new Set([...settings.outreachKinds.map((k) => k.kind), ...(activities ?? []).map((a) => a.kind)])],
    [settings.outreachKinds, activities],
  );
  const rows = useMemo(() => {
    const from = dayOf(period?.[0]);
    const to = dayOf(period?.[1]);
    return (activities ?? []).filter(
      (a) => (kind === null || a.kind === kind) && (!from || a.date >= from) && (!to || a.date <= to),
    );
  }, [activities, kind, period]);

  const list = (
    <ActivityList
      kinds={kinds}
      kind={kind}
      setKind={setKind}
      period={period}
      setPeriod={setPeriod}
      rows={rows}
      loading={activities === undefined && error === null}
      unitPaths={unitPaths}
    />
  );
  return (
    <div className="desk-page desk-page-wide">
      <PageHeader
        title="走访座谈"
        actions={
          can(actor.role, 'outreach.manage') && (
            <Button type="primary" onClick={() => setAdding({})}>
              新建活动
            </Button>
          )
        }
      >
        <Typography.Text type="secondary">下访走访、领导接待日、座谈会、调研等活动及其发现的问题</Typography.Text>
      </PageHeader>
      {error && <Alert type="error" showIcon title="走访座谈活动无法读取" description={error} />}
      <Tabs
        items={[
          { key: 'all', label: '全部活动', children: list },
          {
            key: 'reception',
            label: '接待日安排',
            children: (
              <ReceptionSchedule
                activities={activities}
                loading={activities === undefined && error === null}
                onNew={() => setAdding({ kind: RECEPTION_DAY_KIND })}
              />
            ),
          },
        ]}
      />
      {adding && (
        <NewActivityDialog
          kind={adding.kind}
          onClose={() => setAdding(null)}
          onSaved={(activity) => {
            setAdding(null);
            reload();
            void navigate(outreachPath.activity(activity.id));
          }}
        />
      )}
    </div>
  );
}

/** 全部活动: the filters and the table. */
function ActivityList(props: {
  kinds: readonly string[];
  kind: string | null;
  setKind(kind: string | null): void;
  period: [Dayjs | null, Dayjs | null] | null;
  setPeriod(period: [Dayjs | null, Dayjs | null] | null): void;
  rows: readonly Activity[];
  loading: boolean;
  unitPaths: ReadonlyMap<string, string>;
}) {
  const navigate = useNavigate();
  const { kinds, kind, setKind, period, setPeriod, rows, unitPaths } = props;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<string | null>
          aria-label="活动类型"
          style={{ width: 140 }}
          value={kind}
          onChange={setKind}
          options={[{ value: null, label: '全部类型' }, ...kinds.map((k) => ({ value: k, label: k }))]}
        />
        <DatePicker.RangePicker
          aria-label="活动期间"
          allowEmpty={[true, true]}
          value={period}
          onChange={(range) => setPeriod(range)}
          placeholder={['开始日期', '结束日期']}
        />
      </Space>
      <Table<Activity>
        aria-label="走访座谈活动"
        rowKey="id"
        size="small"
        loading={props.loading}
        dataSource={[...rows]}
        onRow={(a) => ({ onDoubleClick: () => void navigate(outreachPath.activity(a.id)) })}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 次` }}
        columns={[
          activityNoColumn,
          { title: '活动类型', dataIndex: 'kind', width: 100 },
          { title: '日期', key: 'date', width: 130, render: (_, a) => formatChineseDate(a.date) },
          activityUnitColumn(unitPaths),
          { title: '带队领导', dataIndex: 'leader', width: 110 },
          { title: '覆盖人次', dataIndex: 'headcount', width: 90, align: 'right' },
          { title: '发现问题', key: 'found', width: 90, align: 'right', render: (_, a) => a.problems.length },
          { title: '已处理', key: 'handled', width: 80, align: 'right', render: (_, a) => handled(a) },
        ]}
      />
    </>
  );
}
