import { describe, expect, it } from 'vitest';
import { barChartOption, pxToPt } from '../../../../renderer/src/documents/report/chartSpecs';

/** Every fontSize anywhere in an echarts option, with its path. */
function fontSizes(value: unknown, path = ''): [string, number][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => fontSizes(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'fontSize' && typeof v === 'number' ? [[path, v] as [string, number]] : fontSizes(v, `${path}.${k}`),
    );
  return [];
}

describe('report charts are legible in print', () => {
  const option = barChartOption({
    title: '反映的主要问题',
    names: ['工资福利', '住房与三供一业', '社会保险'],
    values: [12, 7, 3],
    unit: '件',
  });

  it('sets every text of the chart (title, both axes, the axis name, the bar labels) explicitly', () => {
    expect(fontSizes(option).map(([path]) => path)).toEqual([
      '.title.textStyle',
      '.xAxis.axisLabel',
      '.yAxis.nameTextStyle',
      '.yAxis.axisLabel',
      '.series[0].label',
    ]);
  });

  it('no text is below 10 pt at print size (the chart is drawn at the size it is printed)', () => {
    for (const [path, px] of fontSizes(option)) expect(pxToPt(px), path).toBeGreaterThanOrEqual(10);
  });
});
