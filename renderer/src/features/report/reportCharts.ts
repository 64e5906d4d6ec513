import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ReportChart, ReportCharts, ReportFigures } from '../../documents/report/types';
import { quarterName } from '../../documents/report/period';

echarts.use([BarChart, GridComponent, TitleComponent, CanvasRenderer]);

const WIDTH = 900;
const HEIGHT = 420;

interface BarSpec {
  title: string;
  names: string[];
  values: number[];
  unit: string;
}

function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** One bar chart drawn by echarts on a canvas the page never shows, returned as PNG bytes. */
function barChart(spec: BarSpec): ReportChart {
  const host = document.createElement('div');
  const chart = echarts.init(host, null, { renderer: 'canvas', width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: spec.title, left: 'center', textStyle: { fontSize: 18, fontWeight: 'normal' } },
      grid: { left: 60, right: 30, top: 60, bottom: 60 },
      xAxis: { type: 'category', data: spec.names, axisLabel: { fontSize: 14, interval: 0 } },
      yAxis: { type: 'value', name: spec.unit, minInterval: 1 },
      series: [{ type: 'bar', data: spec.values, barMaxWidth: 48, itemStyle: { color: '#5470c6' }, label: { show: true, position: 'top', fontSize: 14 } }],
    });
    return { png: bytesOfDataUrl(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })), width: WIDTH, height: HEIGHT };
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
