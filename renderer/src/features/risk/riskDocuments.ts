import { toBytes } from '../../documents/gbStyle';
import { buildDailyReport, dailyReportTitle } from '../../documents/risk/dailyReport';
import { buildMonthlySummary } from '../../documents/risk/monthlySummary';
import { monthlySummaryInput, monthlySummaryTitle } from '../../documents/risk/summaryTables';
import { formatChineseDate } from '../../domain/dates';
import { riskDailyReport } from '../../domain/risk/daily';
import type { RiskMatter, Screening } from '../../domain/risk/types';
import type { Category, Unit } from '../../domain/types';
import type { WorkCalendar } from '../../domain/workCalendar';
import type { StalenessRules } from '../../domain/risk/staleness';
import { platform, type SaveFileResult } from '../../platform';
import { now } from '../../services/clock';
import { recordSavedFile } from '../../services/data/audit';
import { riskUpdatesForDay } from '../../services/data/risks';
import { safeFileName } from '../../ui/fileName';

/**
 * The 排查台账 page's documents (docs/domain.md §10): 月度汇总 (.docx or .xlsx) and 日报, each built from
 * the records, handed to the save dialog (a download in the browser) and audited once saved.
 */

const WORD = { name: 'Word 文档', extensions: ['docx'] };
const EXCEL = { name: 'Excel 工作簿', extensions: ['xlsx'] };

/** Unit and category names as the ledger's documents print them (a category by its own name, not its path). */
export interface LedgerNames {
  units: readonly Unit[];
  categories: readonly Category[];
}

export const nameIn = (nodes: readonly { id: string; name: string }[]) => (id: string | null) =>
  id ? nodes.find((n) => n.id === id)?.name : undefined;

/** Hands a built file to the save dialog (a download in the browser) and puts the saved file on the audit trail. */
export async function save(
  suggestedName: string,
  bytes: Uint8Array<ArrayBuffer>,
  format: 'docx' | 'xlsx',
  summary: string,
  entity: 'riskMatters' | 'emergencies' | 'activities' | 'suggestions' = 'riskMatters',
): Promise<SaveFileResult> {
  const result = await platform.saveFile({
    suggestedName: safeFileName(suggestedName),
    bytes,
    filters: [format === 'docx' ? WORD : EXCEL],
  });
  if (result.saved) await recordSavedFile({ action: 'export', entity, summary: `${summary}（${result.path}）` }, now());
  return result;
}

export interface MonthlySummaryRequest extends LedgerNames {
  matters: readonly RiskMatter[];
  screenings: readonly Screening[];
  year: number;
  month: number;
  format: 'docx' | 'xlsx';
  issuer: string;
  date: string;
}

/** 月度汇总 of a month as .docx or .xlsx (exceljs loads on the first workbook). */
export async function saveMonthlySummary(request: MonthlySummaryRequest): Promise<SaveFileResult> {
  const unit = nameIn(request.units);
  const category = nameIn(request.categories);
  const input = monthlySummaryInput(
    request,
    request,
    { unit: (id) => unit(id), category: (id) => category(id) },
    { issuer: request.issuer, date: request.date },
  );
  const title = monthlySummaryTitle(input.summary);
  let bytes: Uint8Array<ArrayBuffer>;
  if (request.format === 'docx') bytes = await toBytes(buildMonthlySummary(input));
  else {
    const [{ buildMonthlySummaryWorkbook }, { workbookBytes }] = await Promise.all([
      import('../../documents/excel/riskSummaryWorkbook'),
      import('../../documents/excel/sheet'),
    ]);
    bytes = await workbookBytes(await buildMonthlySummaryWorkbook(input));
  }
  return save(`${title}.${request.format}`, bytes, request.format, `导出月度汇总：${title}`);
}

export interface DailyReportRequest {
  matters: readonly RiskMatter[];
  units: readonly Unit[];
  day: string;
  calendar: WorkCalendar;
  /** 设置 → 风险预控's update periods, as the ledger's list judges staleness. */
  rules: StalenessRules;
  issuer: string;
}

/** 日报 of a day: the day's entries are read afresh, the matters are the page's. */
export async function saveDailyReport(request: DailyReportRequest): Promise<SaveFileResult> {
  const updates = await riskUpdatesForDay(request.day);
  const report = riskDailyReport(request.matters, updates, request.day, request.calendar, request.rules);
  const unit = nameIn(request.units);
  const doc = buildDailyReport({ report, unitName: (id) => unit(id) ?? '', issuer: request.issuer });
  const title = dailyReportTitle(request.day);
  return save(`${title}.docx`, await toBytes(doc), 'docx', `导出日报：${formatChineseDate(request.day)}`);
}
