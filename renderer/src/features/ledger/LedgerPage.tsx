import { Alert, Space, Table, Typography, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { can } from '../../domain/access/roles';
import { DEFAULT_LEDGER_SORT, queryLedger, type LedgerRow, type LedgerSortField } from '../../domain/ledgerQuery';
import { PageHeader } from '../../ui/PageHeader';
import { pathNames } from '../../domain/treePath';
import { ExportLedgerButton } from '../export/ExportLedgerButton';
import { ImportButton } from '../import/ImportButton';
import { ImportHistory } from '../import/ImportHistory';
import { LedgerFilters } from './LedgerFilters';
import { LEDGER_SCROLL_X, ledgerColumns, type LedgerLookups } from './ledgerColumns';
import {
  ledgerViewFromSearch,
  rememberedLedgerView,
  rememberLedgerView,
  toLedgerQuery,
  type LedgerView,
} from '../../services/ledgerView';
import { useLedgerIndex } from '../../services/ledgerIndex';

const SORTABLE: readonly string[] = ['regNo', 'receivedAt', 'headcount', 'receptionCount'] satisfies LedgerSortField[];

/**
 * 信访台账: every petition, filtered, searched, sorted and paged in memory. A link may set the filters in the route's
 * query (ledgerLink: the dashboard's bars); they replace the view once and the query is then dropped from the address,
 * so coming back from a detail page finds the view as the clerk left it.
 */
export function LedgerPage() {
  const navigate = useNavigate();
  const { categories, units } = useReferenceData();
  const { rows, error } = useLedgerIndex();
  const { actor } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const linked = useMemo(() => ledgerViewFromSearch(searchParams, rememberedLedgerView()), [searchParams]);
  const [view, setView] = useState<LedgerView>(() => linked?.view ?? rememberedLedgerView());
  const [linkProblems, setLinkProblems] = useState<string[]>(() => linked?.problems ?? []);
  // A link followed while the page is already open replaces the view too (state adjusted during render, once per link).
  const [appliedLink, setAppliedLink] = useState(linked);
  if (linked && linked !== appliedLink) {
    setAppliedLink(linked);
    setView(linked.view);
    setLinkProblems(linked.problems);
  }
  useEffect(() => {
    if (linked) setSearchParams({}, { replace: true });
  }, [linked, setSearchParams]);
  useEffect(() => rememberLedgerView(view), [view]);

  // Typing in the search box stays responsive: the query over 100,000 rows follows a frame behind if it must.
  const deferredView = useDeferredValue(view);
  const query = useMemo(() => toLedgerQuery(deferredView, categories, units), [deferredView, categories, units]);
  const result = useMemo(() => (rows ? queryLedger(rows, query) : { total: 0, rows: [] }), [rows, query]);

  const lookups = useMemo<LedgerLookups>(
    () => ({
      categoryLabels: pathNames(categories),
      unitNames: new Map(units.map((u) => [u.id, u.name])),
    }),
    [categories, units],
  );
  const columns = useMemo(() => ledgerColumns(view, lookups), [view, lookups]);

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<LedgerRow> | SorterResult<LedgerRow>[],
  ) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field =
      typeof single?.columnKey === 'string' && SORTABLE.includes(single.columnKey) ? single.columnKey : null;
    const sort =
      field && single?.order
        ? { field: field as LedgerSortField, order: single.order === 'ascend' ? ('asc' as const) : ('desc' as const) }
        : DEFAULT_LEDGER_SORT;
    const sortChanged = sort.field !== view.sort.field || sort.order !== view.sort.order;
    setView({
      ...view,
      sort,
      page: sortChanged ? 1 : (pagination.current ?? 1),
      pageSize: pagination.pageSize ?? view.pageSize,
    });
  };

  return (
    <div className="desk-page desk-page-wide">
      <PageHeader title="信访台账">
        {rows && (
          <Typography.Text type="secondary" data-testid="ledger-total">
            共 {rows.length} 件{result.total !== rows.length ? `，符合条件 ${result.total} 件` : ''}
          </Typography.Text>
        )}
        {can(actor.role, 'records.export') && <ExportLedgerButton rows={rows} query={query} />}
        {can(actor.role, 'records.register') && (
          // Beside 导出Excel when the role has it, else on the right by themselves.
          <Space className={can(actor.role, 'records.export') ? undefined : 'desk-page-actions'}>
            <ImportButton />
            <ImportHistory />
          </Space>
        )}
      </PageHeader>
      <LedgerFilters view={view} onChange={(patch) => setView((v) => ({ ...v, ...patch }))} />
      {linkProblems.length > 0 && (
        <Alert type="warning" showIcon title={linkProblems.join('；')} style={{ marginTop: 12 }} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      <Table<LedgerRow>
        style={{ marginTop: 16 }}
        aria-label="信访台账"
        size="middle"
        tableLayout="fixed"
        scroll={{ x: LEDGER_SCROLL_X }}
        rowKey="id"
        loading={rows === null && !error}
        columns={columns}
        dataSource={result.rows}
        rowClassName="desk-ledger-row"
        onRow={(row) => ({ onClick: () => navigate(`/petitions/${row.id}`) })}
        onChange={onTableChange}
        locale={{ emptyText: rows && rows.length === 0 ? '还没有登记任何信访事项' : '没有符合条件的信访事项' }}
        pagination={{
          current: view.page,
          pageSize: view.pageSize,
          total: result.total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 件`,
        }}
      />
    </div>
  );
}
