import { formatPercent, NO_VALUE, type CountRow, type MonthFigures } from '../../domain/statistics';
import type { ChartOption } from './EChart';

/** Bars get the app's primary colour; the lines of the trend two quieter ones. */
const COLORS = ['#1677ff', '#fa8c16', '#52c41a', '#eb2f96', '#13c2c2', '#722ed1', '#faad14', '#8c8c8c'];

const tooltip = { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } };

/** 件 by month as bars (clickable), 批次 and 人次 as lines. */
export function trendOption(trend: readonly MonthFigures[]): ChartOption {
  return {
    color: COLORS,
    tooltip,
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: trend.map((m) => `${Number(m.month.slice(5))}月`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '件', type: 'bar', data: trend.map((m) => m.pieces), cursor: 'pointer' },
      { name: '批次', type: 'line', data: trend.map((m) => m.batches) },
      { name: '人次', type: 'line', data: trend.map((m) => m.persons) },
    ],
  };
}

/** One horizontal bar per row, largest on top; a row without a ledger link is drawn grey. */
export function countBarsOption(rows: readonly CountRow[], linkable: (row: CountRow) => boolean): ChartOption {
  const shown = [...rows].reverse();
  return {
    tooltip,
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.name), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      {
        name: '件',
        type: 'bar',
        label: { show: true, position: 'right' },
        data: shown.map((r) => ({ value: r.count, itemStyle: { color: linkable(r) ? COLORS[0] : '#bfbfbf' } })),
        cursor: 'pointer',
      },
    ],
  };
}

export function channelPieOption(slices: readonly { name: string; value: number }[]): ChartOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [
      {
        name: '渠道',
        type: 'pie',
        radius: ['40%', '70%'],
        center: ['38%', '50%'],
        data: slices.map((s) => ({ ...s })),
        label: { formatter: '{b} {c}' },
      },
    ],
  };
}

/** Rates in percent (bars in points, labels as formatPercent prints them); a rate whose base is 0 has no bar. */
const pointsText = (v: unknown) => (typeof v === 'number' ? formatPercent(v / 100) : NO_VALUE);

export function ratesOption(rates: readonly { name: string; value: number | null }[]): ChartOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'axis', valueFormatter: pointsText },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: rates.map((r) => r.name) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: '比率',
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top', formatter: (p) => pointsText(p.value) },
        data: rates.map((r) => (r.value === null ? null : r.value * 100)),
      },
    ],
  };
}
