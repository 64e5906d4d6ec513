import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toBytes } from '../../../../renderer/src/documents/gbStyle';
import { buildReport } from '../../../../renderer/src/documents/report/buildReport';
import type { ReportPeriod } from '../../../../renderer/src/domain/reportDraft';
import { reportInput } from './reportData';

/** The report's paragraphs outside its tables, one string each. */
async function bodyParagraphs(period: ReportPeriod): Promise<string[]> {
  const zip = await JSZip.loadAsync(await toBytes(buildReport(reportInput(period))));
  const xml = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<w:tbl>.*?<\/w:tbl>/gs, '');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  );
}

const pct = (n: number, d: number) => `${(Math.round((n / d) * 10000) / 100).toFixed(2)}%`;

/**
 * Each share the report prints, with the numerator and the base it prints beside it: reading the sentence, a clerk
 * can redo the division (docs/domain.md §8: every share names its base, and the base is printed in the same document).
 */
const SHARES: { pattern: RegExp; check: (m: RegExpExecArray) => [string, string][] }[] = [
  {
    pattern: /重复访(\d+)件、占本期接待涉及的(\d+)件信访事项的([\d.]+%)/gu,
    check: (m) => [[m[3]!, pct(+m[1]!, +m[2]!)]],
  },
  {
    pattern: /本期登记的(\d+)件信访事项中，反映的问题主要集中在([^。]+)。/gu,
    check: (m) => [...m[2]!.matchAll(/（(\d+)件，占([\d.]+%)）/gu)].map((item) => [item[2]!, pct(+item[1]!, +m[1]!)]),
  },
  { pattern: /(\d+)件，占本期登记的(\d+)件信访事项的([\d.]+%)/gu, check: (m) => [[m[3]!, pct(+m[1]!, +m[2]!)]] },
  {
    pattern:
      /到期应办结的申诉求决类事项(\d+)件中，已办结(\d+)件、按期办结(\d+)件，办结率([\d.]+%)、按期办结率([\d.]+%)/gu,
    check: (m) => [
      [m[4]!, pct(+m[2]!, +m[1]!)],
      [m[5]!, pct(+m[3]!, +m[1]!)],
    ],
  },
  {
    pattern:
      /出具处理意见书(\d+)件，其中回访参评(\d+)件，参评率([\d.]+%)(?:；参评的(\d+)件中满意(\d+)件、基本满意(\d+)件，满意率([\d.]+%))?/gu,
    check: (m) => [
      [m[3]!, pct(+m[2]!, +m[1]!)],
      // 满意率's base, 参评的N件, must be the 参评 count printed before it (NaN, so a mismatch, otherwise).
      ...(m[7] ? ([[m[7], pct(+m[5]! + +m[6]!, m[4] === m[2] ? +m[4]! : Number.NaN)]] as [string, string][]) : []),
    ],
  },
];

/** 同比 / 环比 changes: percentages of a change, whose bases the same sentence or the comparison table prints. */
const CHANGE = /(?:上升|下降)[\d.]+%/gu;

describe.each([
  ['a quarter', { kind: 'quarter', year: 2026, quarter: 2 }],
  ['a year', { kind: 'year', year: 2026 }],
] as const)(
  '%s: every printed share equals its printed numerator over its printed base (to 0.01%)',
  (_name, period) => {
    it('checks each share against the figures printed beside it', async () => {
      const text = (await bodyParagraphs(period)).join('\n');
      let checked = 0;
      for (const { pattern, check } of SHARES)
        for (const m of text.matchAll(pattern)) {
          for (const [printed, computed] of check(m as RegExpExecArray)) {
            expect(printed, m[0]).toBe(computed);
            checked++;
          }
        }
      expect(checked).toBeGreaterThanOrEqual(5);
      // No other percentage appears: each one the body prints is a share checked above or a change.
      const all = text.match(/[\d.]+%/gu)?.length ?? 0;
      const changes = text.match(CHANGE)?.length ?? 0;
      expect(all).toBe(checked + changes);
    });

    it('prints no 「—」 inside a sentence and no zero padding such as 「来信0件」', async () => {
      const text = (await bodyParagraphs(period)).join('\n');
      expect(text).not.toMatch(/[同环]比—|率—/u);
      expect(text).not.toMatch(/(?:来信|网上信访)0件/u);
    });
  },
);
