import { Alert, Card, DatePicker, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { formatFen, helpTotals, type HelpTotals } from '../../domain/outreach/help';
import type { HelpRow } from '../../domain/outreach/types';
import { pathNames } from '../../domain/treePath';
import { now } from '../../services/clock';
import { listHelps } from '../../services/data/outreach';
import { useReferenceData } from '../../services/ReferenceData';
import { PageHeader } from '../../ui/PageHeader';
import { dayOf } from '../risk/dayField';
import { helpColumns } from './helpColumns';
import { useOutreachList } from './useOutreachList';

interface UnitTotalRow extends HelpTotals {
  unit: string;
}

/**
 * 帮扶救助 (docs/domain.md §10): the helps given on 求助 matters and on problems activities found, in a period (this
 * year unless the clerk picks another), with their totals — 人次 and amount — in all and per unit.
 */
export function HelpsPage() {
  const { units } = useReferenceData();
  const { data: helps, error } = useOutreachList(listHelps);
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => [dayjs(now()).startOf('year'), dayjs(now())]);
  const unitPaths = useMemo(() => pathNames(units), [units]);
  const unitName = (unitId: string | null) =>
    unitId === null ? '（未记单位）' : (unitPaths.get(unitId) ?? '（已删除）');
  const from = dayOf(period[0]);
  const to = dayOf(period[1]);
  const rows = useMemo(() => (helps ?? []).filter((h) => h.date >= from && h.date <= to), [helps, from, to]);
  const totals = useMemo(() => helpTotals(helps ?? [], { from, to }), [helps, from, to]);
  const byUnit: UnitTotalRow[] = [...totals.byUnit].map(([unitId, t]) => ({ unit: unitName(unitId), ...t }));
  return (
    <div className="desk-page desk-page-wide">
      <PageHeader title="帮扶救助">
        <Typography.Text type="secondary" data-testid="helps-total">
          期间合计：帮扶{totals.total.count}次，救助{totals.total.headcount}人次，金额
          {formatFen(totals.total.amountFen)}元
        </Typography.Text>
      </PageHeader>
      <DatePicker.RangePicker
        aria-label="救助期间"
        style={{ marginBottom: 12 }}
        allowClear={false}
        value={period}
        onChange={(range) => {
          if (range?.[0] && range[1]) setPeriod([range[0], range[1]]);
        }}
      />
      {error && <Alert type="error" showIcon title="帮扶救助无法读取" description={error} />}
      <Card size="small" className="desk-card" title="按单位合计">
        <Table<UnitTotalRow>
          aria-label="帮扶救助按单位合计"
          rowKey="unit"
          size="small"
          pagination={false}
          dataSource={byUnit}
          locale={{ emptyText: '本期间没有帮扶救助' }}
          columns={[
            { title: '单位', dataIndex: 'unit' },
            { title: '帮扶次数', dataIndex: 'count', width: 100, align: 'right' },
            { title: '救助人次', dataIndex: 'headcount', width: 100, align: 'right' },
            {
              title: '金额（元）',
              key: 'amount',
              width: 140,
              align: 'right',
              render: (_, r) => formatFen(r.amountFen),
            },
          ]}
        />
      </Card>
      <Card size="small" className="desk-card" title="帮扶救助记录">
        <Table<HelpRow>
          aria-label="帮扶救助"
          rowKey="id"
          size="small"
          loading={helps === undefined && error === null}
          dataSource={rows}
          columns={helpColumns(unitName)}
          pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 次` }}
        />
      </Card>
    </div>
  );
}
