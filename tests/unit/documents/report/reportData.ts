import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../../renderer/src/domain/defaults';
import type { StatScope } from '../../../../renderer/src/domain/statistics';
import { draftParagraphs } from '../../../../renderer/src/documents/report/draft';
import { reportFigures } from '../../../../renderer/src/documents/report/figures';
import {
  chooseTypicalCases,
  describeTypicalCases,
  type CaseCandidate,
} from '../../../../renderer/src/documents/report/typicalCases';
import type { CaseText } from '../../../../renderer/src/domain/statistics/retell';
import { statPeriodOf } from '../../../../renderer/src/documents/report/period';
import type { ReportDocumentInput } from '../../../../renderer/src/documents/report/types';
import type { ReportPeriod } from '../../../../renderer/src/domain/reportDraft';
import { CATEGORIES, PETITIONS, RECEPTIONS, UNITS } from '../../domain/statistics/dataset';

/** A 1×1 PNG, standing in for the chart the page renders with echarts. */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** A second, different 1×1 PNG: identical images would be stored once. */
export const OTHER_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** Personal data the report must never print, planted in the summaries of the statistics dataset's petitions. */
export const PLANTED = {
  names: ['张建国', '李秀兰'],
  idNumbers: ['410602199001011234', '41060219851212002X'],
  phones: ['13812345678', '0392-2345678'],
};

/** The statistics dataset's petitions as typical-case candidates, as their ledger rows would offer them. */
export const CANDIDATES: CaseCandidate[] = PETITIONS.map((p) => ({
  id: p.id,
  receivedAt: p.receivedAt,
  categoryId: p.categoryId,
  unitId: p.unitId,
  summary: '反映单位拖欠工资三个月',
  receptionCount: p.receptionCount,
  flags: p.flags,
  channel: p.channel,
  headcount: RECEPTIONS.find((r) => r.petitionId === p.id && !r.isRepeat)?.headcount ?? 1,
  confidential: p.nature === '检举控告',
}));

/** Each candidate's stored text: a summary full of identifiers, and the names of its petitioners. */
export const TEXTS = new Map<string, CaseText>(
  PETITIONS.map((p, i) => [
    p.id,
    {
      summary: `${PLANTED.names[i % 2]}（身份证号${PLANTED.idNumbers[i % 2]}，电话${PLANTED.phones[i % 2]}）反映单位拖欠工资三个月，${PLANTED.names[i % 2]}要求尽快补发，手机${PLANTED.phones[0]}。`,
      petitionerNames: PLANTED.names,
    },
  ]),
);

export const ENV = caseEnvironment(DEFAULT_SETTINGS);

export function reportInput(
  period: ReportPeriod,
  over: Partial<ReportDocumentInput> = {},
  scope: StatScope = { kind: 'all' },
): ReportDocumentInput {
  const figures = reportFigures(
    { petitions: PETITIONS, receptions: RECEPTIONS, units: UNITS, categories: CATEGORIES, env: ENV },
    period,
    scope,
    '2027-01-15',
  );
  const chosen = chooseTypicalCases(CANDIDATES, {
    period: statPeriodOf(period),
    scope,
    units: UNITS,
    categories: CATEGORIES,
    topCategories: figures.current.topCategories,
  });
  const cases = describeTypicalCases(chosen, TEXTS, UNITS);
  return {
    figures,
    scopeName: '',
    issuer: '某煤业集团有限公司信访办公室',
    addressee: '公司党委',
    date: '2026-07-10',
    docNo: null,
    paragraphs: draftParagraphs(figures, cases),
    analysis: '（一）主要原因\n工资分配问题集中。',
    measures: '加强排查化解。',
    charts: {
      overview: { png: TINY_PNG, width: 600, height: 300 },
      categories: { png: OTHER_PNG, width: 600, height: 400 },
    },
    ...over,
  };
}
