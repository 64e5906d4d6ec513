import { caseEnvironment } from '../domain/caseEnvironment';
import { DEFAULT_SETTINGS, defaultCategories, defaultUnits } from '../domain/defaults';
import { formatDocNo } from '../domain/docNo';
import { outreachCounts } from '../domain/outreach/counts';
import { outreachMeasuresDraft } from '../domain/outreach/reportParagraphs';
import { DEFAULT_OUTREACH_KINDS } from '../domain/outreach/types';
import {
  previousPeriod,
  samePeriodLastYear,
  scopeUnitIds,
  type OutreachComparison,
  type StatScope,
} from '../domain/statistics';
import { draftParagraphs } from './report/draft';
import { reportFigures } from './report/figures';
import { statPeriodOf } from './report/period';
import { chooseTypicalCases, describeTypicalCases } from './report/typicalCases';
import type { ReportCharts, ReportDocumentInput, ReportFigures } from './report/types';
import type { ReportPeriod } from '../domain/reportDraft';
import { OFFICE } from './letters/examples';
import { SAMPLE_QUARTER_OUTREACH } from './outreach/sampleQuarter';
import { sampleOfficeAsOf } from './sampleOffice';

/**
 * `npm run samples`' reports: the sample office's (sampleOffice.ts) quarterly report of 一号矿井 for 2026 Q3, written
 * on 2026-10-12 (the sample case, 2026-0137, among its matters), and the company's annual report for 2025, written on
 * 2026-01-12. Each is drafted by the same code as the report page, from the records as they stood on its date, 走出去
 * (outreach/sampleQuarter.ts) included: section 二 tells its figures and section 六 opens with what it left to follow up.
 */
export interface SampleReport {
  file: string;
  figures: ReportFigures;
  /** The report with the charts the caller drew (echarts needs a canvas or an SVG renderer: not pure code). */
  input(charts: ReportCharts): ReportDocumentInput;
}

interface SampleReportSpec {
  file: string;
  period: ReportPeriod;
  scope: StatScope;
  scopeName: string;
  issuer: string;
  addressee: string;
  date: string;
  docNo: string;
  analysis: string;
  measures: string;
}

const SPECS: SampleReportSpec[] = [
  {
    file: '季度研判分析报告-一号矿井-2026年第三季度.docx',
    period: { kind: 'quarter', year: 2026, quarter: 3 },
    scope: { kind: 'unitSubtree', unitId: 'unit-1-1' },
    scopeName: '一号矿井',
    issuer: OFFICE,
    addressee: '一号矿井党委',
    date: '2026-10-12',
    docNo: formatDocNo('曹矿信研', 2026, 3),
    analysis:
      '（一）工资分配类问题仍是主要矛盾\n绩效奖金分配办法公开不够，部分职工对考核结果有疑问，容易引发重复来访。\n' +
      '（二）“三供一业”移交遗留问题需持续跟踪\n供暖季临近，离退休职工对供暖费补贴和供暖质量的关注度上升，存在集体访风险。',
    measures:
      '（二）推行绩效奖金分配公开\n各区队每月公示考核结果和分配明细，接受职工监督。\n' +
      '（三）提前做好供暖季矛盾排查\n离退休管理科会同生活区物业逐户走访，补贴发放情况月底前向信访办报送。',
  },
  {
    file: '年度研判分析报告-全公司-2025年.docx',
    period: { kind: 'year', year: 2025 },
    scope: { kind: 'all' },
    scopeName: '',
    issuer: '某煤业集团有限公司信访办公室',
    addressee: '集团公司党委',
    date: '2026-01-12',
    docNo: formatDocNo('集团信研', 2026, 1),
    analysis:
      '（一）涉及职工切身利益的问题占多数\n工资福利、工伤待遇和社会保险类问题合计占全年信访事项的一半以上。\n' +
      '（二）移交和分流安置的历史遗留问题集中\n“三供一业”移交、去产能分流安置中作出的承诺兑现不及时，是重复访的主要来源。',
    measures:
      '（二）落实领导包案和接待日制度\n对重复访、集体访事项实行领导包案，逐件明确化解时限。\n' +
      '（三）加强源头治理\n在工资分配、安置补贴等政策出台前开展风险评估，公开政策依据和计算办法。',
  },
];

const env = caseEnvironment(DEFAULT_SETTINGS);

/** 走出去's counts of the report's period and its 同比 and 环比 bases, as the report page reads them. */
function sampleOutreach(spec: SampleReportSpec): OutreachComparison {
  const period = statPeriodOf(spec.period);
  const scope = scopeUnitIds(spec.scope, defaultUnits());
  const kinds = DEFAULT_OUTREACH_KINDS.map((k) => k.kind);
  const count = (p: typeof period) => outreachCounts(SAMPLE_QUARTER_OUTREACH, p, scope, kinds);
  return {
    current: count(period),
    lastYear: count(samePeriodLastYear(period, spec.period.kind)),
    previous: count(previousPeriod(period, spec.period.kind)),
  };
}

function sampleReport(spec: SampleReportSpec): SampleReport {
  const office = sampleOfficeAsOf(spec.date);
  const units = defaultUnits();
  const categories = defaultCategories();
  const outreach = sampleOutreach(spec);
  const figures = {
    ...reportFigures(
      { petitions: office.petitions, receptions: office.receptions, units, categories, env },
      spec.period,
      spec.scope,
      spec.date,
    ),
    outreach,
  };
  const chosen = chooseTypicalCases(office.candidates, {
    period: statPeriodOf(spec.period),
    scope: spec.scope,
    units,
    categories,
    topCategories: figures.current.topCategories,
  });
  const cases = describeTypicalCases(chosen, office.texts, units);
  const paragraphs = draftParagraphs(figures, cases);
  return {
    file: spec.file,
    figures,
    input: (charts) => ({
      figures,
      scopeName: spec.scopeName,
      issuer: spec.issuer,
      addressee: spec.addressee,
      date: spec.date,
      docNo: spec.docNo,
      paragraphs,
      analysis: spec.analysis,
      measures: [outreachMeasuresDraft(outreach.current), spec.measures].filter((m) => m !== '').join('\n'),
      charts,
    }),
  };
}

/** Both sample reports, drafted from the sample office. */
export function sampleReports(): SampleReport[] {
  return SPECS.map(sampleReport);
}
