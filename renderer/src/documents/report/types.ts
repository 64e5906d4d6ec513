import type { DraftedParagraphs, ReportPeriod } from '../../domain/reportDraft';
import type { OutreachComparison, Statistics, StatisticsChange } from '../../domain/statistics';

/** One quarter's figures in the year-end report's four-quarter trend. */
export interface QuarterFigures {
  quarter: number;
  stats: Statistics;
}

/**
 * Everything the report's figures come from: the period's statistics and its bases, computed by one call to
 * computeStatistics each (figures.ts), so the report cannot disagree with the dashboard.
 */
export interface ReportFigures {
  period: ReportPeriod;
  current: Statistics;
  /** 同比's base: the same quarter (or year) a year earlier. */
  lastYear: Statistics;
  /** 环比's base: the quarter before; a year report has none. */
  previous: Statistics | null;
  yearOnYear: StatisticsChange;
  sequential: StatisticsChange | null;
  /** Year reports: the four quarters of the year, for the trend table and chart. Empty for a quarter. */
  quarters: QuarterFigures[];
  /**
   * 走出去's counts of the period and the same bases (db/outreachReport.ts), read from the office's own records
   * rather than the ledger; absent where they were not read (section 二 then tells the petitions only).
   */
  outreach?: OutreachComparison;
  /** 单位 names by id, for the overdue table and typical cases. */
  unitNames: ReadonlyMap<string, string>;
  /** Category paths by id (「父类 / 子类」, domain/treePath.ts). */
  categoryNames: ReadonlyMap<string, string>;
}

/** A typical case as the report may show it: retold in the third person with 某-names, no ID number or phone (typicalCases.ts). */
export interface TypicalCase {
  category: string;
  /** The unit's name; empty when the matter names none. */
  unit: string;
  summary: string;
}

/** Charts rendered by the page (echarts on a canvas) as PNG bytes, with their size in pixels. */
/** Charts are printed this wide in pixels (96 per inch): about 150 mm, inside the 156 mm text block. */
export const CHART_WIDTH_PX = 566;

export interface ReportChart {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface ReportCharts {
  /** 一、基本情况: 批次 by channel (quarter) or the four-quarter trend (year). */
  overview?: ReportChart;
  /** 三、反映的主要问题: the top categories. */
  categories?: ReportChart;
}

/** What the builder turns into a .docx. */
export interface ReportDocumentInput {
  figures: ReportFigures;
  /** The scope as the title names it: 全公司 → '' (the title then names the issuer), else the unit or branch. */
  scopeName: string;
  /** 发文机关署名 under the report; a whole-company report's title names it too. */
  issuer: string;
  /** 主送机关, printed under the title with a full-width colon; empty prints none. */
  addressee: string;
  /** 成文日期 'YYYY-MM-DD'. */
  date: string;
  /** 文号, or null when the office numbers no reports. */
  docNo: string | null;
  /** Sections 一–四 as the branch left them (drafted, maybe edited). */
  paragraphs: DraftedParagraphs;
  /** Sections 五 and 六 as the branch wrote them; lines starting 「（一）」 become 楷体 headings. */
  analysis: string;
  measures: string;
  charts?: ReportCharts;
}
