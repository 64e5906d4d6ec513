import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { CHART_WIDTH_PX, type ReportChart, type ReportCharts, type ReportFigures } from '../../documents/report/types';
import { quarterName } from '../../documents/report/period';

echarts.use([BarChart, GridComponent, TitleComponent, CanvasRenderer]);

/**
 * Drawn at the size it is printed (CHART_WIDTH_PX, 150 mm) at three device pixels a pixel, so a font size in pixels
 * here is its size on paper: 14 px is 10.5 pt (五号), the smallest text a reader of a printed report should meet.
 */
const WIDTH = CHART_WIDTH_PX;
const HEIGHT = Math.round(CHART_WIDTH_PX * 0.5);
const PIXEL_RATIO = 3;
/** Pixels at 96 per inch to points. */
export const pxToPt = (px: number) => (px * 72) / 96;
const TEXT_PX = 14;
const TITLE_PX = 16;

export interface BarSpec {
  title: string;
  names: string[];
  values: number[];
  unit: string;
}

function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The echarts option of a report's bar chart: every text set explicitly, none below TEXT_PX. */
export function barChartOption(spec: BarSpec) {
  const slot = Math.floor((WIDTH - 90) / Math.max(1, spec.names.length));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: { text: spec.title, left: 'center', textStyle: { fontSize: TITLE_PX, fontWeight: 'normal' } },
    grid: { left: 50, right: 20, top: 48, bottom: 56 },
    // Long category names break onto a second line within their bar's slot instead of overlapping.
    xAxis: { type: 'category', data: spec.names, axisLabel: { fontSize: TEXT_PX, interval: 0, width: slot - 4, overflow: 'break' } },
    yAxis: { type: 'value', name: spec.unit, minInterval: 1, nameTextStyle: { fontSize: TEXT_PX }, axisLabel: { fontSize: TEXT_PX } },
    series: [{ type: 'bar', data: spec.values, barMaxWidth: 40, itemStyle: { color: '#5470c6' }, label: { show: true, position: 'top', fontSize: TEXT_PX } }],
  };
}

/** One bar chart drawn by echarts on a canvas the page never shows, returned as PNG bytes. */
function barChart(spec: BarSpec): ReportChart {
  const host = document.createElement('div');
  const chart = echarts.init(host, null, { renderer: 'canvas', width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(barChartOption(spec));
    return { png: bytesOfDataUrl(chart.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: '#ffffff' })), width: WIDTH, height: HEIGHT };
  } finally {
    chart.dispose();
  }
}

/** The report's charts from its figures: 批次 by channel (or by quarter for a year) and the top categories. */
export function renderReportCharts(figures: ReportFigures): ReportCharts {
  const { current } = figures;
  const overview =
    figures.period.kind === 'year'
      ? { title: '分季度来访批次', names: figures.quarters.map((q) => quarterName(q.quarter)), values: figures.quarters.map((q) => q.stats.batches), unit: '批次' }
      : (() => {
          const rows = current.byChannel.filter((c) => c.batches !== null);
          return { title: '分渠道来访批次', names: rows.map((c) => c.name), values: rows.map((c) => c.batches ?? 0), unit: '批次' };
        })();
  const categories = { title: '反映的主要问题', names: current.topCategories.map((r) => r.name), values: current.topCategories.map((r) => r.count), unit: '件' };
  return {
    overview: barChart(overview),
    categories: categories.names.length > 0 ? barChart(categories) : undefined,
  };
}
