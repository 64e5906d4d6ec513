/**
 * The report's charts drawn outside the app, for `npm run samples`: the same echarts options as the report page
 * (features/report/reportCharts.ts), rendered to SVG by echarts' server-side renderer, then to PNG at the page's
 * pixel ratio by Debian's Chromium (the one the e2e tests drive), so the fonts are the CJK faces a desk has.
 */
import { chromium, type Browser } from '@playwright/test';
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ReportChart, ReportCharts, ReportFigures } from '../renderer/src/documents/report/types';
import {
  barChartOption,
  CHART_SIZE,
  reportChartSpecs,
  type BarSpec,
} from '../renderer/src/documents/report/chartSpecs';
import { chromiumLaunchOptions } from './chromium';

echarts.use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

function chartSvg(spec: BarSpec): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_SIZE.width,
    height: CHART_SIZE.height,
  });
  try {
    chart.setOption(barChartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

async function chartPng(browser: Browser, spec: BarSpec): Promise<ReportChart> {
  const context = await browser.newContext({
    viewport: { width: CHART_SIZE.width, height: CHART_SIZE.height },
    deviceScaleFactor: CHART_SIZE.pixelRatio,
  });
  try {
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:#fff">${chartSvg(spec)}</body></html>`,
    );
    const png = await page.screenshot({
      type: 'png',
      clip: { x: 0, y: 0, width: CHART_SIZE.width, height: CHART_SIZE.height },
    });
    return { png: new Uint8Array(png), width: CHART_SIZE.width, height: CHART_SIZE.height };
  } finally {
    await context.close();
  }
}

/** Draws each report's charts; one browser for all of them. */
export async function drawReportCharts(figures: readonly ReportFigures[]): Promise<ReportCharts[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const drawn: ReportCharts[] = [];
    for (const f of figures) {
      const specs = reportChartSpecs(f);
      drawn.push({
        overview: await chartPng(browser, specs.overview),
        categories: specs.categories ? await chartPng(browser, specs.categories) : undefined,
      });
    }
    return drawn;
  } finally {
    await browser.close();
  }
}
