import { Tag } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../domain/dates';
import type { LedgerRow, LedgerSortField } from '../../domain/ledgerQuery';
import { CHANNEL_LABELS, PETITION_STATUSES, type Channel } from '../../domain/types';
import { FlagTags } from '../../ui/FlagTags';
import type { LedgerView } from './ledgerView';

export interface LedgerLookups {
  /** Category id → '工资福利 / 拖欠工资'. */
  categoryLabels: Map<string, string>;
  unitNames: Map<string, string>;
}

function sortOrderOf(view: LedgerView, field: LedgerSortField) {
  if (view.sort.field !== field) return null;
  return view.sort.order === 'asc' ? ('ascend' as const) : ('descend' as const);
}

/**
 * Columns of the ledger. Lists never carry ID numbers or phones (DOMAIN.md §11): the rows do not even hold them.
 * Sorting is done by queryLedger over the whole index, so the columns only report the chosen order.
 */
export function ledgerColumns(view: LedgerView, lookups: LedgerLookups): ColumnsType<LedgerRow> {
  return [
    {
      title: '编号',
      key: 'regNo',
      width: 110,
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
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(view, 'receivedAt'),
      render: (_, row) => formatDateTime(row.receivedAt),
    },
    { title: '渠道', dataIndex: 'channel', key: 'channel', width: 90, render: (channel: Channel) => CHANNEL_LABELS[channel] },
    {
      title: '信访人',
      key: 'petitioners',
      width: 140,
      ellipsis: true,
      render: (_, row) => row.petitionerNames.join('、') || '（匿名）',
    },
    {
      title: '类别',
      key: 'category',
      ellipsis: true,
      render: (_, row) => (row.categoryId ? (lookups.categoryLabels.get(row.categoryId) ?? '') : ''),
    },
    { title: '性质', dataIndex: 'nature', key: 'nature', width: 90 },
    {
      title: '涉及单位',
      key: 'unit',
      ellipsis: true,
      render: (_, row) => (row.unitId ? (lookups.unitNames.get(row.unitId) ?? '') : ''),
    },
    {
      title: '人数',
      dataIndex: 'headcount',
      key: 'headcount',
      width: 80,
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(view, 'headcount'),
    },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_, row) => <Tag color={row.status === 'registered' ? 'blue' : undefined}>{PETITION_STATUSES[row.status]}</Tag>,
    },
    {
      title: '标记',
      key: 'flags',
      width: 150,
      render: (_, row) => <FlagTags flags={row.flags} receptionCount={row.receptionCount} />,
    },
  ];
}
