import { describe, expect, it } from 'vitest';
import { titleLines, titleWords, widthInChars } from '../../../renderer/src/documents/titleLines';

/** 二号 on the 156 mm line: 20 characters. */
const MAX = 20;

describe('标题回行: a long title breaks between words, in a 梯形 or 菱形', () => {
  it('a title that fits stays on one line', () => {
    expect(titleLines(['2026年第二季度', '信访工作研判分析报告'], MAX)).toEqual(['2026年第二季度信访工作研判分析报告']);
  });

  it('a branch’s report breaks after the branch’s name, the upper line shorter (梯形), never inside 信访工作', () => {
    expect(titleLines(['一号矿井机关党支部', '2026年第二季度', '信访工作研判分析报告'], MAX)).toEqual([
      '一号矿井机关党支部',
      '2026年第二季度信访工作研判分析报告',
    ]);
  });

  it('three lines take a 梯形 or 菱形, every line within the measure', () => {
    const lines = titleLines(
      ['某煤业集团有限公司', '一号矿井综合办公室机关党支部', '2026年第二季度', '信访工作研判分析报告'],
      MAX,
    );
    expect(lines.join('')).toBe('某煤业集团有限公司一号矿井综合办公室机关党支部2026年第二季度信访工作研判分析报告');
    const widths = lines.map(widthInChars);
    expect(widths.every((w) => w <= MAX)).toBe(true);
    const trapezoid = widths.every((w, i) => i === 0 || (widths[i - 1] ?? 0) <= w);
    const diamond = widths.length === 3 && (widths[1] ?? 0) >= Math.max(widths[0] ?? 0, widths[2] ?? 0);
    expect(trapezoid || diamond).toBe(true);
  });

  it('a plain title is cut after 的, before 关于 and before 信访工作', () => {
    expect(titleWords('关于一号矿井职工反映的供暖补贴问题的处理报告')).toEqual([
      '关于一号矿井职工反映的',
      '供暖补贴问题的',
      '处理报告',
    ]);
    expect(titleWords('一号矿井2026年第二季度信访工作研判分析报告')).toEqual([
      '一号矿井2026年第二季度',
      '信访工作研判分析报告',
    ]);
  });
});
