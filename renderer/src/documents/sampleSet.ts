import type { Document } from 'docx';
import { formatDocNo } from '../domain/docNo';
import * as example from './letters/examples';
import { buildDisciplineLetter } from './letters/disciplineLetter';
import { buildForwardLetter, buildForwardNotice } from './letters/forwardLetters';
import { buildRejectionNotice } from './letters/rejectionNotice';
import { buildCaseLetter, letterKindsFor } from './letters/fromCase';
import { buildRegistrationForm, type RegistrationFormData } from './registrationForm';
import { buildReport } from './report/buildReport';
import type { ReportCharts, ReportFigures } from './report/types';
import { buildLargeCaseFile, SAMPLE_DRAFTS, sampleCase, sampleDocuments, sampleLetterContext } from './sampleCase';
import { sampleReports } from './sampleReports';
import { buildEmergencyReport } from './emergency/emergencyReport';
import { SAMPLE_SPECIAL_REPORT_SIGNER, sampleEmergencyReport, sampleEmergencySpecialReport } from './emergency/sample';
import { buildMonthlySummaryWorkbook, monthlySummaryFileName } from './excel/riskSummaryWorkbook';
import { workbookBytes } from './excel/sheet';
import { buildDailyReport } from './risk/dailyReport';
import { formatChineseDate } from '../domain/dates';
import { buildMonthlySummary } from './risk/monthlySummary';
import { buildSpecialReport } from './risk/specialReport';
import { monthlySummaryInput } from './risk/summaryTables';
import {
  SAMPLE_MAJOR_MATTER_ID,
  SAMPLE_RISK_MATTERS,
  SAMPLE_RISK_UPDATES,
  SAMPLE_SCREENINGS,
  sampleRiskNames,
} from './sampleRisk';
import { riskDailyReport } from '../domain/risk/daily';
import { buildSuggestionWorkbook, suggestionTableFileName } from './excel/suggestionWorkbook';
import { buildForumMinutes, forumMinutesTitle } from './outreach/forumMinutes';
import { buildReceptionNotice, receptionNoticeTitle } from './outreach/receptionNotice';
import { sampleForumMinutes, sampleReceptionNotice, sampleSuggestionTable } from './outreach/sample';
import { buildSuggestionTable } from './outreach/suggestionTable';
import { riskCategoryName } from '../domain/risk/summary';
import { DEFAULT_SPECIAL_REPORT_ADDRESSEE, matterAssessment, matterSpecialReport } from '../domain/risk/specialReport';
import { caseEnvironment } from '../domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../domain/defaults';

/**
 * What `npm run samples` writes (scripts/samples.ts), as a list a test can check:
 * - the sample case (sampleCase.ts, 2026-0137): its 登记表, every letter its timeline allows, each under its own 文号 and
 *   dated the day of its step, and its 案卷;
 * - the kinds one accepted case cannot have (不予受理, 转送, 检举控告), each from its own example matter;
 * - a quarterly and an annual 研判分析报告 of the sample office (sampleReports.ts);
 * - the screening ledger's 月度汇总 (.docx and .xlsx) of October 2026, its 日报 of 2026-10-20 and the 重大风险专报 of
 *   its 重大 matter (sampleRisk.ts);
 * - 走出去's 座谈会纪要, 征集建议答复情况表 (.docx and .xlsx) and 领导信访接待日 notice (outreach/sample.ts).
 */

const retireeUnit = '一号矿井';

/** The sample case's registration: a group visit (集体访) of six retirees about heating fees after the 三供一业 hand-over. */
export const heatingGroupVisit: RegistrationFormData = {
  orgName: example.OFFICE,
  regNo: '2026-0137',
  channel: '来访',
  receivedAt: '2026-05-11T09:30',
  petitioners: [
    {
      name: '王建国',
      gender: '男',
      idNumber: '140203195603123514',
      phone: '13934561287',
      address: '一号矿井南山生活区12号楼3单元502室',
      identityType: '离退休人员',
      unitName: retireeUnit,
    },
    {
      name: '李桂兰',
      gender: '女',
      idNumber: '140203195809172426',
      phone: '13803527719',
      address: '一号矿井南山生活区9号楼1单元201室',
      identityType: '离退休人员',
      unitName: retireeUnit,
    },
    {
      name: '张福贵',
      gender: '男',
      idNumber: '140203195501081536',
      phone: '15835290462',
      address: '一号矿井北坡平房区7排14号',
      identityType: '离退休人员',
      unitName: retireeUnit,
    },
    {
      name: '刘秀英',
      gender: '女',
      idNumber: '140203196005213645',
      phone: '13513428806',
      address: '一号矿井南山生活区15号楼2单元301室',
      identityType: '离退休人员',
      unitName: retireeUnit,
    },
    {
      name: '赵振华',
      gender: '男',
      idNumber: '140203195711032716',
      phone: '18935217730',
      address: '矿区新胜街道幸福小区4号楼6单元102室',
      identityType: '离退休人员',
      unitName: retireeUnit,
    },
    {
      name: '陈玉梅',
      gender: '女',
      idNumber: '140203195912264820',
      phone: '13663520914',
      address: '一号矿井南山生活区12号楼1单元601室',
      identityType: '工亡职工家属',
      unitName: '',
    },
  ],
  headcount: 6,
  representatives: ['王建国', '李桂兰'],
  categoryPath: '住房与三供一业 / 供热',
  nature: '申诉求决',
  involvedUnitName: '一号矿井',
  summary:
    '2025年“三供一业”分离移交后，一号矿井南山生活区的供暖由市热力公司接管，供暖费改为按建筑面积向住户个人收取，每户每个采暖季约2400元。' +
    '来访人均为一号矿井离退休职工及工亡职工家属，月养老金2800元左右。反映移交时矿上答复“离退休职工供暖费补贴标准不降低”，' +
    '但2025—2026年采暖季的补贴至今未发放，多次向矿离退休管理科询问均未得到明确答复。来访人情绪基本平稳，推选王建国、李桂兰为代表。',
  demands:
    '1. 按移交时的答复落实离退休职工供暖费补贴，补发2025—2026年采暖季补贴；\n' +
    '2. 公开补贴标准、发放对象和发放时间；\n' +
    '3. 协调市热力公司对生活困难的退休职工和工亡职工家属缓缴供暖费。',
  receivingOfficer: '孙丽娟',
  flags: ['集体访'],
  printedAt: '2026-05-11T10:05',
};

export interface Sample {
  file: string;
  build: () => Document | Promise<Uint8Array>;
}

/**
 * Every letter the sample case's timeline allows, built the way the case page builds it: each under the 文号 the
 * case's document register gives it and dated the day of its step. Then its 案卷.
 */
export function fromCaseSamples(): Sample[] {
  const detail = sampleCase();
  const issued = sampleDocuments();
  const letters = letterKindsFor(detail).map((option): Sample => {
    const doc = issued.find((d) => d.kind === option.kind);
    const docNo = doc?.docNo;
    if (!doc || !docNo) throw new Error(`示例案件的文书登记中没有${option.label}的文号`);
    const day = option.event.at.slice(0, 10);
    return {
      file: `${String(issued.indexOf(doc) + 1).padStart(2, '0')}-${option.label}-${docNo}.docx`,
      build: () =>
        buildCaseLetter(
          option.kind,
          { detail, context: sampleLetterContext(day), draft: SAMPLE_DRAFTS[option.kind] },
          docNo,
        ),
    };
  });
  return [
    { file: '00-信访登记表-集体访.docx', build: () => buildRegistrationForm(heatingGroupVisit) },
    ...letters,
    { file: '07-案卷.docx', build: () => buildLargeCaseFile({ notes: 12, calls: 3 }) },
  ];
}

/** The kinds an accepted case cannot have, each from its own example matter (letters/examples.ts). */
export const OTHER_MATTERS: Sample[] = [
  { file: '其他事项-不予受理告知书.docx', build: () => buildRejectionNotice(example.rejection()) },
  { file: '其他事项-转送函.docx', build: () => buildForwardLetter(example.forwardLetter()) },
  { file: '其他事项-转送告知书.docx', build: () => buildForwardNotice(example.forwardNotice()) },
  { file: '其他事项-检举控告转办函-纪检监察.docx', build: () => buildDisciplineLetter(example.disciplineLetter()) },
];

/** The sample office's quarterly and annual reports, their charts drawn by `draw` (echarts needs a renderer). */
export async function reportSamples(
  draw: (figures: readonly ReportFigures[]) => Promise<ReportCharts[]>,
): Promise<Sample[]> {
  const reports = sampleReports();
  const charts = await draw(reports.map((r) => r.figures));
  return reports.map((report, i) => ({
    file: `报告-${report.file}`,
    build: () => buildReport(report.input(charts[i] ?? {})),
  }));
}

/** The sample office's 突发信访事件 (emergency/sample.ts): its 处置情况报告, and the 专报 sent while it was in 处置. */
export const EMERGENCY_SAMPLES: Sample[] = [
  { file: '突发事件-处置情况报告.docx', build: () => buildEmergencyReport(sampleEmergencyReport()) },
  {
    file: '突发事件-重大风险专报-曹矿信专报〔2026〕1号.docx',
    build: () => buildSpecialReport(sampleEmergencySpecialReport()),
  },
];
/**
 * The screening ledger's documents from its example (sampleRisk.ts), each built by the code the 排查台账 page uses:
 * the 月度汇总 of October 2026 written on 2 November, the 日报 of 20 October, and the 专报 of the 重大 matter sent on
 * the day it was found, as the mine's second 专报 of the year under its 代字 (曹矿信专报; the first went up in June about
 * the sample emergency).
 */
export function riskSamples(): Sample[] {
  const records = { matters: SAMPLE_RISK_MATTERS, screenings: SAMPLE_SCREENINGS };
  const names = { category: sampleRiskNames.category, unit: (id: string) => sampleRiskNames.unit(id) };
  const monthly = monthlySummaryInput(records, { year: 2026, month: 10 }, names, {
    issuer: example.OFFICE,
    date: '2026-11-02',
  });
  const env = caseEnvironment({ ...DEFAULT_SETTINGS, docNoPrefixes: { riskReport: '曹矿信专报' } });
  const major = SAMPLE_RISK_MATTERS.find((m) => m.id === SAMPLE_MAJOR_MATTER_ID);
  if (!major) throw new Error('示例排查台账中没有重大事项');
  const sentOn = major.registeredOn;
  const docNo = formatDocNo(env.seriesOf('riskReport').prefix, 2026, 2);
  const content = matterSpecialReport(
    major,
    SAMPLE_RISK_UPDATES.filter((u) => u.matterId === major.id && u.day <= sentOn),
    { unit: sampleRiskNames.unit(major.unitId), category: riskCategoryName(major, sampleRiskNames.category) },
    { assessment: matterAssessment(major), supplement: '' },
  );
  const daily = riskDailyReport(SAMPLE_RISK_MATTERS, SAMPLE_RISK_UPDATES, '2026-10-20', env.calendar);
  return [
    { file: `排查台账-月度汇总-${monthlySummaryFileName(monthly, 'docx')}`, build: () => buildMonthlySummary(monthly) },
    {
      file: `排查台账-月度汇总-${monthlySummaryFileName(monthly, 'xlsx')}`,
      build: async () => workbookBytes(await buildMonthlySummaryWorkbook(monthly)),
    },
    {
      file: `排查台账-日报-${formatChineseDate(daily.day)}.docx`,
      build: () => buildDailyReport({ report: daily, unitName: sampleRiskNames.unit, issuer: example.OFFICE }),
    },
    {
      file: `排查台账-重大风险专报-${docNo}.docx`,
      build: () =>
        buildSpecialReport({
          ...content,
          docNo,
          addressee: DEFAULT_SPECIAL_REPORT_ADDRESSEE,
          signer: SAMPLE_SPECIAL_REPORT_SIGNER,
          issuer: example.OFFICE,
          date: sentOn,
        }),
    },
  ];
}

/**
 * 走出去's documents from its example (outreach/sample.ts), each built by the code the 走访座谈 page uses: the 选煤厂
 * retirees' forum's 纪要 and its 答复情况表 in both files, and the fourth quarter's 领导信访接待日 notice.
 */
export function outreachSamples(): Sample[] {
  const minutes = sampleForumMinutes();
  const table = sampleSuggestionTable();
  const notice = sampleReceptionNotice();
  return [
    { file: `走访座谈-${forumMinutesTitle(minutes)}.docx`, build: () => buildForumMinutes(minutes) },
    { file: `走访座谈-${suggestionTableFileName(table, 'docx')}`, build: () => buildSuggestionTable(table) },
    {
      file: `走访座谈-${suggestionTableFileName(table, 'xlsx')}`,
      build: async () => workbookBytes(await buildSuggestionWorkbook(table)),
    },
    { file: `走访座谈-${receptionNoticeTitle(notice)}.docx`, build: () => buildReceptionNotice(notice) },
  ];
}
