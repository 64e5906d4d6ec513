import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toBytes } from '../../../renderer/src/documents/gbStyle';
import {
  EMERGENCY_SAMPLES,
  fromCaseSamples,
  OTHER_MATTERS,
  outreachSamples,
  reportSamples,
  riskSamples,
  type Sample,
} from '../../../renderer/src/documents/sampleSet';
import { sampleOfficeAsOf } from '../../../renderer/src/documents/sampleOffice';
import { DOC_KINDS } from '../../../renderer/src/domain/docNo';
import { formatChineseDate } from '../../../renderer/src/domain/dates';
import { OTHER_PNG, TINY_PNG } from './report/reportData';
import { textOf } from './docxParts';
import { rowsOf, tablesOf } from './tableChecks';

/** The sample's document.xml, packed as `npm run samples` packs it. */
async function xmlOfSample(sample: Sample): Promise<string> {
  const built = sample.build();
  const bytes = built instanceof Promise ? await built : await toBytes(built);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error(`${sample.file} has no document.xml`);
  return xml;
}

/** The sample's body text. */
const textOfSample = async (sample: Sample) => textOf(await xmlOfSample(sample));

const tinyCharts = async (figures: readonly unknown[]) =>
  figures.map(() => ({
    overview: { png: TINY_PNG, width: 566, height: 283 },
    categories: { png: OTHER_PNG, width: 566, height: 283 },
  }));

describe('npm run samples', () => {
  it('writes every document kind, the 案卷, both reports and the screening ledger’s documents', async () => {
    const files = [...fromCaseSamples(), ...OTHER_MATTERS, ...(await reportSamples(tinyCharts)), ...riskSamples()].map(
      (s) => s.file,
    );
    for (const { label } of Object.values(DOC_KINDS))
      expect(
        files.some((f) => f.includes(`-${label}`)),
        label,
      ).toBe(true);
    expect(files.some((f) => f.includes('案卷'))).toBe(true);
    expect(files.filter((f) => f.startsWith('报告-季度研判分析报告'))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('报告-年度研判分析报告'))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('排查台账-'))).toEqual([
      '排查台账-月度汇总-2026年10月矛盾纠纷排查化解情况.docx',
      '排查台账-月度汇总-2026年10月矛盾纠纷排查化解情况.xlsx',
      '排查台账-日报-2026年10月20日.docx',
      '排查台账-重大风险专报-曹矿信专报〔2026〕2号.docx',
    ]);
  });

  it('draws the screening ledger’s documents from the one example, the 专报 on the day its matter was found', async () => {
    const [monthly, , daily, special] = riskSamples();
    if (!monthly || !daily || !special) throw new Error('three .docx samples expected');
    expect(await textOfSample(monthly)).toContain(
      '新挂号矛盾纠纷5起（其中重大1起、较大1起、一般3起），销号2起，月末在办4起',
    );
    expect(await textOfSample(daily)).toContain('排〔2026〕6号');
    const report = await textOfSample(special);
    expect(report).toContain('曹矿信专报〔2026〕2号签发人：王志刚关于一号矿井供暖问题的重大风险专报公司办公室：');
    expect(report).toContain('排〔2026〕6号');
    expect(report).toMatch(/特此报告。一号矿井信访办公室2026年10月19日$/);
  });

  it('writes 走出去’s 纪要, 答复情况表 and 接待日 notice from the one forum of the sample office’s 选煤厂', async () => {
    const samples = outreachSamples();
    expect(samples.map((s) => s.file)).toEqual([
      '走访座谈-选煤厂退休职工座谈会纪要.docx',
      '走访座谈-选煤厂退休职工座谈会征集建议答复情况表.docx',
      '走访座谈-选煤厂退休职工座谈会征集建议答复情况表.xlsx',
      '走访座谈-关于公布2026年第四季度领导信访接待日安排的通知.docx',
    ]);
    const [minutes, table, , notice] = samples;
    if (!minutes || !table || !notice) throw new Error('three .docx samples expected');
    // The forum's problem about 医疗费报销 is the screening ledger's 座谈会 matter (sampleRisk.ts), found that day.
    expect(await textOfSample(minutes)).toContain('已于2026年10月20日纳入矛盾纠纷排查台账（排〔2026〕7号）跟踪化解。');
    expect(await textOfSample(table)).toContain('征集建议5条，已向职工反馈答复3条，2条正在跟进落实中。');
    expect(await textOfSample(notice)).toMatch(/矿长李振东.*副矿长刘海峰.*一号矿井信访办公室2026年9月28日$/);
  });

  it('writes the 专报 the sample emergency went up in while in 处置, told as of that afternoon', async () => {
    const special = EMERGENCY_SAMPLES.find((s) => s.file.startsWith('突发事件-重大风险专报'));
    if (!special) throw new Error('the emergency’s 专报 sample is missing');
    const report = await textOfSample(special);
    expect(report).toContain('曹矿信专报〔2026〕1号签发人：王志刚关于一号矿井36人赴京上访的重大风险专报公司办公室：');
    expect(report).toContain('15时10分，一号矿井党委书记、离退休管理科科长到达现场，超过时限40分钟。');
    expect(report).toContain('8时50分，信访办将人员赴京情况报告矿党委');
    expect(report).not.toContain('3名代表座谈');
  });

  it('writes the sample emergency’s 处置情况报告, the sample case’s retirees and their heating subsidy', async () => {
    expect(EMERGENCY_SAMPLES.map((s) => s.file)).toEqual([
      '突发事件-处置情况报告.docx',
      '突发事件-重大风险专报-曹矿信专报〔2026〕1号.docx',
    ]);
    const text = await textOfSample(EMERGENCY_SAMPLES[0]!);
    expect(text).toContain('关于一号矿井36人赴京上访处置情况的报告');
    expect(text).toContain('供暖费补贴');
  });

  it('gives each of the sample case’s letters its own 文号 and the date of its step', async () => {
    const letters = fromCaseSamples().filter((s) => /信[^-]*〔2026〕/.test(s.file));
    expect(letters.length).toBeGreaterThanOrEqual(6);
    const docNos = letters.map((s) => /((?:曹矿|集团)信[^-]*〔2026〕\d+号)/.exec(s.file)?.[1]);
    // The mine signs its letters under 曹矿; the 复查意见书 is the 集团's, under its 代字.
    expect(docNos.filter((n) => n?.startsWith('集团'))).toEqual(['集团信复查〔2026〕2号']);
    expect(new Set(docNos).size).toBe(letters.length);
    const stepDays: Record<string, string> = {
      受理告知书: '2026-05-12',
      交办单: '2026-05-13',
      督办单: '2026-06-15',
      延期办理告知书: '2026-07-06',
      信访事项处理意见书: '2026-08-05',
      复查意见书: '2026-09-10',
    };
    for (const sample of letters) {
      const kind = Object.keys(stepDays).find((k) => sample.file.includes(`-${k}-`));
      if (!kind) throw new Error(`unexpected letter ${sample.file}`);
      const text = await textOfSample(sample);
      expect(text, sample.file).toContain(docNos[letters.indexOf(sample)]);
      // The 成文日期 is the last date the letter prints.
      const dates = [...text.matchAll(/\d{4}年\d{1,2}月\d{1,2}日/g)].map((m) => m[0]);
      expect(dates.at(-1), sample.file).toBe(formatChineseDate(stepDays[kind]!));
    }
  });

  it('cites the sample case’s 处理意见书 in its 复查意见书 by the number it was issued under', async () => {
    const review = fromCaseSamples().find((s) => s.file.includes('-复查意见书-'));
    if (!review) throw new Error('no 复查意见书 sample');
    expect(await textOfSample(review)).toContain('曹矿信复〔2026〕12号');
  });

  it('drafts the reports from the sample office as it stood on their dates, the sample case among its matters', async () => {
    const [quarter, year] = await reportSamples(tinyCharts);
    if (!quarter || !year) throw new Error('two reports expected');
    const quarterText = await textOfSample(quarter);
    expect(quarterText).toContain('一号矿井');
    expect(quarterText).toContain('2026年第三季度');
    expect(quarterText).toMatch(/本季度共接处访\d+批次\d+人次/);
    expect(quarterText).toContain('图1');
    // 走出去 of the quarter (documents/outreach/sampleQuarter.ts, hand-counted): section 二's paragraphs and table,
    // and section 六 opening with what it left to follow up.
    expect(quarterText).toContain(
      '本季度共开展走访座谈活动3次，其中下访走访1次、座谈会1次、政策宣讲1次，覆盖职工268人次，发放调查问卷112份，发现问题3条，其中当场解决2条，1条尚待处理。',
    );
    expect(quarterText).toContain(
      '本季度累计召开座谈会1次，征集建议4条，已向职工反馈答复2条，1条正在跟进落实中，1条尚未答复。',
    );
    expect(quarterText).toContain('本季度帮扶救助困难职工3人次，救助金额3500.00元。');
    expect(quarterText).toContain('走出去工作情况');
    expect(quarterText).toContain(
      '（一）深化走访座谈，抓好建议答复和问题办理对正在跟进落实的1条和尚未答复的1条职工建议',
    );
    expect(quarterText).toContain('（二）推行绩效奖金分配公开');
    const yearText = await textOfSample(year);
    expect(yearText).toContain('2025年度信访工作研判分析报告');
    expect(yearText).toMatch(/2025年共接处访\d+批次\d+人次/);
    // Nothing after the report's date exists yet, and the sample case is one of the office's matters.
    const office = sampleOfficeAsOf('2026-10-12');
    expect(office.petitions.every((p) => p.receivedAt.slice(0, 10) <= '2026-10-12')).toBe(true);
    const heating = office.petitions.find((p) => p.regNo === '2026-0137');
    expect(heating?.caseFacts?.reviewDecidedAt).toBe('2026-09-10');
    expect(
      sampleOfficeAsOf('2026-07-10').petitions.find((p) => p.regNo === '2026-0137')?.caseFacts?.repliedAt,
    ).toBeUndefined();
    // Numbers are unique: 2026-0137 is the sample case's alone.
    const numbers = office.petitions.map((p) => p.regNo);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('retells the reports’ typical cases with 某-names, each headcount once (docs/domain.md §9)', async () => {
    const reports = await reportSamples(tinyCharts);
    for (const report of reports) {
      const text = await textOfSample(report);
      const cases = text.slice(text.indexOf('典型事例'));
      expect(cases).toMatch(/方面（[^）]+）。\p{Script=Han}{1,2}某/u);
      expect(cases).not.toMatch(/。信访人|\d+人来访反映，\d+人来访/u);
    }
  });

  it('gives each other matter its own 登记编号 and person: none reuses the sample case’s (2026-0137, 王建国)', async () => {
    for (const sample of OTHER_MATTERS) {
      const text = await textOfSample(sample);
      expect(text, sample.file).not.toContain('2026-0137');
      expect(text, sample.file).not.toContain('王建国');
    }
  });

  it('repeats a heading row at the top of every table a page break continues, and never splits that row', async () => {
    const samples = [...fromCaseSamples(), ...OTHER_MATTERS, ...(await reportSamples(tinyCharts))];
    let tables = 0;
    for (const sample of samples) {
      for (const table of tablesOf(await xmlOfSample(sample))) {
        tables += 1;
        const rows = rowsOf(table);
        const headed = rows.findIndex((row) => !row.includes('<w:tblHeader/>'));
        expect(headed, `${sample.file}: table ${tables} has no heading row`).toBeGreaterThan(0);
        // Word repeats only the rows from the top down to the last heading row; each must fit on one page.
        for (const row of rows.slice(0, headed)) expect(row, sample.file).toContain('<w:cantSplit/>');
        for (const row of rows.slice(headed)) expect(row, sample.file).not.toContain('<w:tblHeader/>');
      }
    }
    expect(tables).toBeGreaterThan(10);
  });
});
