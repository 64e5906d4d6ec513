import { Alert, Button, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CellValue } from '../../domain/import/cells';
import type { ColumnMapping } from '../../domain/import/columnMapping';
import { IMPORT_FIELDS, type ImportField } from '../../domain/import/importFields';
import { duplicateNote, isHiddenDuplicate } from '../../domain/import/importPlan';
import { openWarningKinds, type RowState } from '../../domain/import/previewRows';
import { PreviewSummary } from './PreviewSummary';
import { placeOf, stateOf, type PreviewItem } from './previewItem';
import { RowEditor } from './RowEditor';
import { VisitorLinks } from './VisitorLinks';

/**
 * 预览核对: every row of the file with its values as read and its problems, before anything is written. A row with
 * errors is blocked until fixed here (修改, then 重新读取) or skipped; warnings are accepted a row at a time or a
 * kind at once; exact duplicates are skipped and repeat visitors named, each with 「不是同一人」. Paged, so 10,000 rows stay quick.
 */
export interface PreviewStepProps {
  items: readonly PreviewItem[];
  mappings: readonly ColumnMapping[];
  acceptedKinds: ReadonlySet<ImportField>;
  onAcceptKind(field: ImportField): void;
  onDecide(key: string, patch: Partial<PreviewItem['decision']>): void;
  onReread(key: string, cells: CellValue[]): void;
}

type Filter = 'all' | 'blocked' | 'waiting' | 'skipped';

const STATE_TAGS: Record<RowState, { color: string; label: string }> = {
  blocked: { color: 'red', label: '有错误' },
  waiting: { color: 'orange', label: '待确认' },
  ready: { color: 'green', label: '可导入' },
  skipped: { color: 'default', label: '跳过' },
};

const repeatedPlace = (items: readonly PreviewItem[], index: number) => {
  const earlier = items[index];
  return earlier ? placeOf(earlier.row) : `第${index + 1}条`;
};

export function PreviewStep({ items, mappings, acceptedKinds, onAcceptKind, onDecide, onReread }: PreviewStepProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const rows = useMemo(
    () => items.map((item) => ({ item, state: stateOf(item, acceptedKinds), problems: item.row.reading })),
    [items, acceptedKinds],
  );
  const count = (state: RowState) => rows.filter((r) => r.state === state).length;
  const shown = filter === 'all' ? rows : rows.filter((r) => r.state === filter);
  const kinds = openWarningKinds(rows);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PreviewSummary items={items} />
      {count('blocked') > 0 && (
        <Alert
          type="error"
          showIcon
          title={`${count('blocked')}行有错误（如缺日期、缺反映问题），请修改或跳过后才能导入`}
        />
      )}
      {kinds.length > 0 && (
        <Space wrap data-testid="warning-kinds">
          <Typography.Text type="secondary">提示：</Typography.Text>
          {kinds.map(({ field, rows: n }) => (
            <Button key={field} size="small" onClick={() => onAcceptKind(field)}>
              接受全部「{IMPORT_FIELDS[field].label}」提示（{n}行）
            </Button>
          ))}
        </Space>
      )}
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: `全部 ${rows.length}` },
          { value: 'blocked', label: `有错误 ${count('blocked')}` },
          { value: 'waiting', label: `待确认 ${count('waiting')}` },
          { value: 'skipped', label: `跳过 ${count('skipped')}` },
        ]}
      />
      <Table
        size="small"
        rowKey={(r) => r.item.row.key}
        dataSource={shown}
        tableLayout="fixed"
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 行` }}
        expandable={{
          expandedRowKeys: editing ? [editing] : [],
          showExpandColumn: false,
          expandedRowRender: ({ item }) => (
            <RowEditor
              cells={item.row.cells}
              mapping={mappings[item.row.tableIndex] ?? []}
              onReread={(cells) => {
                onReread(item.row.key, cells);
                setEditing(null);
              }}
            />
          ),
        }}
        columns={[
          { title: '位置', key: 'place', width: 150, render: (_, { item }) => placeOf(item.row) },
          {
            title: '状态',
            key: 'state',
            width: 80,
            render: (_, { state }) => <Tag color={STATE_TAGS[state].color}>{STATE_TAGS[state].label}</Tag>,
          },
          { title: '日期', key: 'date', width: 100, render: (_, { item }) => item.row.reading.row.receivedDate ?? '' },
          { title: '形式', key: 'channel', width: 80, render: (_, { item }) => item.row.reading.row.channel ?? '' },
          {
            title: '姓名',
            key: 'names',
            width: 120,
            ellipsis: true,
            render: (_, { item }) => {
              const { row } = item.row.reading;
              return row.anonymous ? '（匿名）' : row.people.map((p) => p.name).join('、');
            },
          },
          { title: '人数', key: 'headcount', width: 52, render: (_, { item }) => item.row.reading.row.headcount },
          { title: '反映问题', key: 'matter', ellipsis: true, render: (_, { item }) => item.row.reading.row.matter },
          {
            title: '问题与核对',
            key: 'problems',
            width: 260,
            render: (_, { item, problems }) => (
              <Space orientation="vertical" size={0}>
                {problems.errors.map((p, i) => (
                  <Typography.Text key={`e${i}`} type="danger">
                    {p.message}
                  </Typography.Text>
                ))}
                {problems.warnings.map((p, i) => (
                  <Typography.Text key={`w${i}`} type="warning">
                    {p.message}
                  </Typography.Text>
                ))}
                {item.repeats !== null && (
                  <Typography.Text type="secondary">与{repeatedPlace(items, item.repeats)}重复</Typography.Text>
                )}
                {item.check?.duplicateOf && (
                  <Typography.Text type="secondary">{duplicateNote(item.check.duplicateOf)}</Typography.Text>
                )}
                <VisitorLinks
                  people={item.row.reading.row.people.length}
                  visitors={item.check?.repeatVisitors ?? []}
                  notSame={item.decision.notSame ?? []}
                  onChange={(notSame) => onDecide(item.row.key, { notSame })}
                />
              </Space>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 170,
            render: (_, { item, state }) => (
              <Space size={0} wrap>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setEditing(editing === item.row.key ? null : item.row.key)}
                >
                  {editing === item.row.key ? '收起' : '修改'}
                </Button>
                {/* A row that is the same as a confidential matter stays skipped (previewRows.ts rowState). */}
                {!isHiddenDuplicate(item.check?.duplicateOf) && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => onDecide(item.row.key, { skipped: !item.decision.skipped })}
                  >
                    {item.decision.skipped ? '恢复' : '跳过'}
                  </Button>
                )}
                {state === 'waiting' && (
                  <Button type="link" size="small" onClick={() => onDecide(item.row.key, { accepted: true })}>
                    接受提示
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
