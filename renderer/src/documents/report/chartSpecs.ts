import { quarterName } from './period';
import { CHART_WIDTH_PX, type ReportFigures } from './types';

/**
 * The report's bar charts as echarts options: pure data, drawn by the report page on a canvas
 * (features/report/reportCharts.ts) and by `npm run samples` with echarts' SVG renderer (scripts/sampleCharts.ts).
 */

/**
 * Drawn at the size it is printed (CHART_WIDTH_PX, 150 mm) at three device pixels a pixel, so a font size in pixels
 * here is its size on paper: 14 px is 10.5 pt (五号), the smallest text a reader of a printed report should meet.
 */
export const CHART_SIZE = { width: CHART_WIDTH_PX, height: Math.round(CHART_WIDTH_PX * 0.5), pixelRatio: 3 } as const;
const WIDTH = CHART_SIZE.width;
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

/** The echarts option of a report's bar chart: every text set explicitly, none below TEXT_PX. */
export function barChartOption(spec: BarSpec) {
  const slot = Math.floor((WIDTH - 90) / Math.max(1, spec.names.length));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: { text: spec.title, left: 'center', textStyle: { fontSize: TITLE_PX, fontWeight: 'normal' } },
    grid: { left: 50, right: 20, top: 48, bottom: 56 },
    // Long category names break onto a second line within their bar's slot instead of overlapping.
    xAxis: {
      type: 'category',
      data: spec.names,
      axisLabel: { fontSize: TEXT_PX, interval: 0, width: slot - 4, overflow: 'break' },
    },
    yAxis: {
      type: 'value',
      name: spec.unit,
      minInterval: 1,
      nameTextStyle: { fontSize: TEXT_PX },
      axisLabel: { fontSize: TEXT_PX },
    },
    series: [
      {
        type: 'bar',
        data: spec.values,
        barMaxWidth: 40,
        itemStyle: { color: '#5470c6' },
        label: { show: true, position: 'top', fontSize: TEXT_PX },
      },
    ],
  };
}

/** What the report's charts show: 批次 by channel (or by quarter for a year) and the top categories (if any). */
export function reportChartSpecs(figures: ReportFigures): { overview: BarSpec; categories?: BarSpec } {
  const { current } = figures;
  const overview =
    figures.period.kind === 'year'
      ? {
          title: '分季度来访批次',
          names: figures.quarters.map((q) => quarterName(q.quarter)),
          values: figures.quarters.map((q) => q.stats.batches),
          unit: '批次',
        }
      : (() => {
          const rows = current.byChannel.filter((c) => c.batches !== null);
          return {
            title: '分渠道来访批次',
            names: rows.map((c) => c.name),
            values: rows.map((c) => c.batches ?? 0),
            unit: '批次',
          };
        })();
  const categories = {
    title: '反映的主要问题',
    names: current.topCategories.map((r) => r.name),
    values: current.topCategories.map((r) => r.count),
    unit: '件',
  };
  return { overview, categories: categories.names.length > 0 ? categories : undefined };
}
