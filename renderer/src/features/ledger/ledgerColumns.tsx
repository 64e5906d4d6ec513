import { Tag, Tooltip } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../domain/dates';
import type { LedgerRow, LedgerSortField } from '../../domain/ledgerQuery';
import { CHANNEL_LABELS, PETITION_STATUSES, type Channel } from '../../domain/types';
import { FlagTags } from '../../ui/FlagTags';
import type { LedgerView } from '../../services/ledgerView';

export interface LedgerLookups {
  /** Category id → its full path, '工资福利 / 拖欠工资'. */
  categoryLabels: Map<string, string>;
  unitNames: Map<string, string>;
}

function sortOrderOf(view: LedgerView, field: LedgerSortField) {
  if (view.sort.field !== field) return null;
  return view.sort.order === 'asc' ? ('ascend' as const) : ('descend' as const);
}

/** A cell cut to its width with an ellipsis, the whole text in a tooltip (and kept whole for screen readers). */
function clipped(text: string) {
  return text ? (
    <Tooltip title={text} placement="topLeft">
      <span className="desk-ledger-clip">{text}</span>
    </Tooltip>
  ) : null;
}

/**
 * Columns of the ledger, sized for a 1920-pixel screen; at 1366 the table scrolls sideways (LEDGER_SCROLL_X). Lists never carry ID numbers or phones (docs/domain.md §11): the rows do not even hold them.
 * Sorting is done by queryLedger over the whole index, so the columns only report the chosen order.
 */
export function ledgerColumns(view: LedgerView, lookups: LedgerLookups): ColumnsType<LedgerRow> {
  return [
    {
      title: '编号',
      key: 'regNo',
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf(view, 'regNo'),
      render: (_, row) => (
        <Link to={`/petitions/${row.id}`} onClick={(e) => e.stopPropagation()}>
          {row.regNo}
        </Link>
      ),
    },
    {
      title: '登记时间',
      key: 'receivedAt',
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(view, 'receivedAt'),
      render: (_, row) => formatDateTime(row.receivedAt),
    },
    {
      title: '渠道',
      dataIndex: 'channel',
      key: 'channel',
      width: 116,
      render: (channel: Channel) => CHANNEL_LABELS[channel],
    },
    {
      title: '信访人',
      key: 'petitioners',
      width: 120,
      ellipsis: true,
      render: (_, row) => row.petitionerNames.join('、') || '（匿名）',
    },
    {
      title: '类别',
      key: 'category',
      width: 180,
      ellipsis: { showTitle: false },
      render: (_, row) => clipped(row.categoryId ? (lookups.categoryLabels.get(row.categoryId) ?? '') : ''),
    },
    { title: '性质', dataIndex: 'nature', key: 'nature', width: 84 },
    {
      title: '涉及单位',
      key: 'unit',
      width: 120,
      ellipsis: { showTitle: false },
      render: (_, row) => clipped(row.unitId ? (lookups.unitNames.get(row.unitId) ?? '') : ''),
    },
    // 包案领导: whom the case was assigned to (交办), blank until then.
    { title: '包案领导', key: 'leader', width: 84, render: (_, row) => row.leader ?? '' },
    {
      // The row's summary as the repository gives it to this account: its first 80 characters, scrubbed of a
      // confidential matter's people for an account without the grant.
      title: '摘要',
      key: 'summary',
      ellipsis: { showTitle: false },
      render: (_, row) => clipped(row.summary),
    },
    {
      title: '人数',
      dataIndex: 'headcount',
      key: 'headcount',
      width: 72,
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(view, 'headcount'),
    },
    {
      title: '状态',
      key: 'status',
      width: 84,
      render: (_, row) => (
        <Tag color={row.status === 'registered' ? 'blue' : undefined}>{PETITION_STATUSES[row.status]}</Tag>
      ),
    },
    {
      title: '标记',
      key: 'flags',
      width: 130,
      render: (_, row) => <FlagTags flags={row.flags} receptionCount={row.receptionCount} />,
    },
  ];
}

/**
 * The table's least width: the fixed columns (1,230 px) plus 200 for 摘要. A 1920 screen shows it whole with 摘要
 * widened; at 1366 (about 1,120 px beside the menu) the table scrolls sideways by some 310 px.
 */
export const LEDGER_SCROLL_X = 1430;
