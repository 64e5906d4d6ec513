import { Alert, Badge, Segmented, Table, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  BOARD_BUCKET_KEYS,
  BOARD_BUCKETS,
  BOARD_GROUPINGS,
  groupBoardRows,
  type BoardBucket,
  type BoardGrouping,
  type BoardRow,
  type CaseBoard,
} from '../../domain/caseBoard';
import { boardColumns, nextActionPath } from './boardColumns';

type Grouping = BoardGrouping | 'none';
const NO_ROWS: BoardRow[] = [];
const GROUPING_OPTIONS = [
  { value: 'none', label: '不分组' },
  ...Object.entries(BOARD_GROUPINGS).map(([value, label]) => ({ value, label })),
];

/** The tab a board opens on: the most pressing list that has cases. */
function firstBusyBucket(board: CaseBoard | null): BoardBucket {
  return BOARD_BUCKET_KEYS.find((key) => (board?.buckets[key].length ?? 0) > 0) ?? 'overdue';
}

function BoardTable({
  rows,
  label,
  pageSize,
  loading,
}: {
  rows: BoardRow[];
  label: string;
  pageSize: number;
  loading?: boolean;
}) {
  const navigate = useNavigate();
  const columns = useMemo(
    () =>
      boardColumns((row) => {
        const path = nextActionPath(row);
        if (path) navigate(path);
      }),
    [navigate],
  );
  return (
    <Table<BoardRow>
      aria-label={label}
      size="middle"
      rowKey="id"
      loading={loading}
      columns={columns}
      dataSource={rows}
      onRow={(row) => ({ 'data-testid': `board-row-${row.regNo}` }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: '没有需要办理的信访事项' }}
      pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false, showTotal: (total) => `共 ${total} 件` }}
    />
  );
}

/**
 * The lists of the 督办 board (临期, 超期, 待受理, 待答复, 待回访) as tabs with their counts, each a table that can be
 * grouped by 承办单位 or by 包案领导. Shared by 督办台 and 我的案件.
 */
export function CaseBoardView({ board, error, name }: { board: CaseBoard | null; error: string | null; name: string }) {
  const [chosen, setChosen] = useState<BoardBucket | null>(null);
  const [grouping, setGrouping] = useState<Grouping>('none');
  const bucket = chosen ?? firstBusyBucket(board);
  const rows = board?.buckets[bucket] ?? NO_ROWS;
  const groups = useMemo(() => (grouping === 'none' ? null : groupBoardRows(rows, grouping)), [rows, grouping]);

  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={bucket}
        onChange={(key) => setChosen(key as BoardBucket)}
        tabBarExtraContent={
          <Segmented
            aria-label="分组方式"
            value={grouping}
            options={GROUPING_OPTIONS}
            onChange={(value) => setGrouping(value as Grouping)}
          />
        }
        items={BOARD_BUCKET_KEYS.map((key) => ({
          key,
          label: (
            <span data-testid={`board-tab-${key}`}>
              {BOARD_BUCKETS[key]}{' '}
              <Badge
                count={board?.buckets[key].length ?? 0}
                showZero
                overflowCount={99_999}
                color={key === 'overdue' ? 'red' : key === 'dueSoon' ? 'orange' : 'blue'}
              />
            </span>
          ),
        }))}
      />
      {groups === null ? (
        <BoardTable
          rows={rows}
          label={`${name}：${BOARD_BUCKETS[bucket]}`}
          pageSize={20}
          loading={board === null && !error}
        />
      ) : (
        groups.map((group) => (
          <section key={group.key} aria-label={group.label} style={{ marginBottom: 24 }}>
            <Typography.Title level={5} style={{ marginBottom: 8 }}>
              {group.label}
              <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginLeft: 12 }}>
                共 {group.rows.length} 件{group.overdue > 0 ? `，超期 ${group.overdue} 件` : ''}
                {group.dueSoon > 0 ? `，临期 ${group.dueSoon} 件` : ''}
              </Typography.Text>
            </Typography.Title>
            <BoardTable rows={group.rows} label={`${name}：${BOARD_BUCKETS[bucket]}（${group.label}）`} pageSize={10} />
          </section>
        ))
      )}
    </>
  );
}
