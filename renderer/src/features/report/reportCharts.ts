import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { barChartOption, CHART_SIZE, reportChartSpecs, type BarSpec } from '../../documents/report/chartSpecs';
import type { ReportChart, ReportCharts, ReportFigures } from '../../documents/report/types';

echarts.use([BarChart, GridComponent, TitleComponent, CanvasRenderer]);

const WIDTH = CHART_SIZE.width;
const HEIGHT = CHART_SIZE.height;
const PIXEL_RATIO = CHART_SIZE.pixelRatio;

function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** One bar chart drawn by echarts on a canvas the page never shows, returned as PNG bytes. */
function barChart(spec: BarSpec): ReportChart {
  const host = document.createElement('div');
  const chart = echarts.init(host, null, { renderer: 'canvas', width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(barChartOption(spec));
    return {
      png: bytesOfDataUrl(chart.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: '#ffffff' })),
      width: WIDTH,
      height: HEIGHT,
    };
  } finally {
    chart.dispose();
  }
}

/** The report's charts from its figures, drawn on the page's canvas. */
export function renderReportCharts(figures: ReportFigures): ReportCharts {
  const specs = reportChartSpecs(figures);
  return { overview: barChart(specs.overview), categories: specs.categories ? barChart(specs.categories) : undefined };
}
