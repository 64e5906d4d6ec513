import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { figure, formatPercent, type CountRow } from '../../domain/statistics';
import { CHANNEL_LABELS } from '../../domain/types';
import { ChartPanel } from './ChartPanel';
import { channelPieOption, countBarsOption, ratesOption, trendOption } from './chartOptions';
import { barLink, type Dashboard } from './dashboardData';
import type { FigureRow } from './FigureTable';

/** Units shown in the distribution; the rest are in the ledger and the export. */
const TOP_UNITS = 15;

const share = (r: CountRow) => formatPercent(r.share);

function countRows(rows: readonly CountRow[], linkOf: (row: CountRow) => string | null): FigureRow[] {
  return rows.map((r) => {
    const link = linkOf(r);
    return {
      key: r.key ?? '—',
      name: r.name,
      count: { text: String(r.count), link, linkLabel: `${r.name} ${r.count} 件，在台账中查看` },
      share: share(r),
    };
  });
}

const COUNT_COLUMNS = (name: string) => [
  { key: 'name', title: name },
  { key: 'count', title: '件', align: 'right' as const },
  { key: 'share', title: '占比', align: 'right' as const },
];

/** 趋势, 类别, 单位, 渠道 and 办理情况: each chart with its figures as a table, the counts linking to the ledger. */
export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  const { current, trend, baseFilter } = dashboard;
  const charts = useMemo(() => {
    const categoryLink = (r: CountRow) =>
      r.key === null || r.count === 0 ? null : barLink(baseFilter, { categoryId: r.key });
    const unitLink = (r: CountRow) => (r.key === null || r.count === 0 ? null : barLink(baseFilter, { unitId: r.key }));
    const monthLink = (i: number) => {
      const m = trend[i];
      return m && m.pieces > 0 ? barLink(baseFilter, { period: m.period }) : null;
    };
    const units = current.byUnit.slice(0, TOP_UNITS);
    const mineLinks = new Map<CountRow, string | null>(dashboard.byMine.map((row) => [row, row.link]));
    const channels = current.byChannel.filter((c) => c.pieces > 0 || (c.batches ?? 0) > 0);
    const channelLink = (i: number) => {
      const c = channels[i];
      return c && c.pieces > 0 ? barLink({ ...baseFilter, channels: [c.channel] }, {}) : null;
    };
    const { handling, satisfaction } = current;
    const rates = [
      { name: figure('closingRate').label, value: handling.closingRate, of: `${handling.closed} / ${handling.due}` },
      {
        name: figure('onTimeRate').label,
        value: handling.onTimeRate,
        of: `${handling.closedOnTime} / ${handling.due}`,
      },
      {
        name: figure('satisfactionRate').label,
        value: satisfaction.satisfactionRate,
        of: `${satisfaction.satisfied + satisfaction.basicallySatisfied} / ${satisfaction.rated}`,
      },
      {
        name: figure('ratingRate').label,
        value: satisfaction.ratingRate,
        of: `${satisfaction.rated} / ${satisfaction.replied}`,
      },
    ];
    return {
      trend: {
        option: trendOption(trend),
        linkOfBar: monthLink,
        rows: trend.map((m, i): FigureRow => ({
          key: m.month,
          month: m.month,
          pieces: { text: String(m.pieces), link: monthLink(i), linkLabel: `${m.month} ${m.pieces} 件，在台账中查看` },
          batches: String(m.batches),
          persons: String(m.persons),
        })),
      },
      category: {
        option: countBarsOption(current.byCategory, (r) => categoryLink(r) !== null),
        rows: countRows(current.byCategory, categoryLink),
        linkOfBar: (i: number) => {
          const r = current.byCategory[current.byCategory.length - 1 - i];
          return r ? categoryLink(r) : null;
        },
      },
      mine: {
        // Each row carries its own link (dashboardData.mineRows).
        option: countBarsOption(dashboard.byMine, (r) => mineLinks.get(r) != null),
        rows: countRows(dashboard.byMine, (r) => mineLinks.get(r) ?? null),
        linkOfBar: (i: number) => dashboard.byMine[dashboard.byMine.length - 1 - i]?.link ?? null,
      },
      unit: {
        option: countBarsOption(units, (r) => unitLink(r) !== null),
        rows: countRows(units, unitLink),
        linkOfBar: (i: number) => {
          const r = units[units.length - 1 - i];
          return r ? unitLink(r) : null;
        },
      },
      channel: {
        option: channelPieOption(channels.map((c) => ({ name: CHANNEL_LABELS[c.channel], value: c.pieces }))),
        linkOfBar: channelLink,
        rows: channels.map((c, i): FigureRow => ({
          key: c.channel,
          name: c.name,
          pieces: { text: String(c.pieces), link: channelLink(i), linkLabel: `${c.name} ${c.pieces} 件，在台账中查看` },
          batches: c.batches === null ? '—' : String(c.batches),
          persons: c.persons === null ? '—' : String(c.persons),
        })),
      },
      rates: {
        option: ratesOption(rates),
        rows: rates.map((r): FigureRow => ({ key: r.name, name: r.name, value: formatPercent(r.value), of: r.of })),
      },
    };
  }, [current, trend, baseFilter, dashboard.byMine]);

  return (
    <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
      <Col xs={24} xl={12}>
        <ChartPanel
          title="月度趋势"
          option={charts.trend.option}
          linkOfBar={charts.trend.linkOfBar}
          columns={[
            { key: 'month', title: '月份' },
            { key: 'pieces', title: '件', align: 'right' },
            { key: 'batches', title: '批次', align: 'right' },
            { key: 'persons', title: '人次', align: 'right' },
          ]}
          rows={charts.trend.rows}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel
          title="问题类别分布"
          option={charts.category.option}
          linkOfBar={charts.category.linkOfBar}
          columns={COUNT_COLUMNS('问题类别')}
          rows={charts.category.rows}
          height={Math.max(200, current.byCategory.length * 28)}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel
          title={`涉及单位分布（前 ${TOP_UNITS} 个）`}
          option={charts.unit.option}
          linkOfBar={charts.unit.linkOfBar}
          columns={COUNT_COLUMNS('涉及单位')}
          rows={charts.unit.rows}
          height={Math.max(200, charts.unit.rows.length * 28)}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel
          title="按矿（厂）汇总"
          option={charts.mine.option}
          linkOfBar={charts.mine.linkOfBar}
          columns={COUNT_COLUMNS('矿（厂）')}
          rows={charts.mine.rows}
          height={Math.max(200, charts.mine.rows.length * 28)}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel
          title="渠道构成"
          option={charts.channel.option}
          linkOfBar={charts.channel.linkOfBar}
          columns={[
            { key: 'name', title: '渠道' },
            { key: 'pieces', title: '件', align: 'right' },
            { key: 'batches', title: '批次', align: 'right' },
            { key: 'persons', title: '人次', align: 'right' },
          ]}
          rows={charts.channel.rows}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel
          title="办理情况"
          option={charts.rates.option}
          columns={[
            { key: 'name', title: '指标' },
            { key: 'value', title: '比率', align: 'right' },
            { key: 'of', title: '分子 / 分母', align: 'right' },
          ]}
          rows={charts.rates.rows}
        />
      </Col>
    </Row>
  );
}
