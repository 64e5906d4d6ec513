import { toBytes } from '../../documents/gbStyle';
import { buildDailyReport, dailyReportTitle } from '../../documents/risk/dailyReport';
import { buildMonthlySummary } from '../../documents/risk/monthlySummary';
import { buildSpecialReport } from '../../documents/risk/specialReport';
import { monthlySummaryInput, monthlySummaryTitle } from '../../documents/risk/summaryTables';
import { formatChineseDate, today } from '../../domain/dates';
import { riskDailyReport } from '../../domain/risk/daily';
import { matterSpecialReport, specialReportTitle } from '../../domain/risk/specialReport';
import { riskCategoryName } from '../../domain/risk/summary';
import type { RiskMatter, Screening } from '../../domain/risk/types';
import type { Category, Unit } from '../../domain/types';
import type { WorkCalendar } from '../../domain/workCalendar';
import type { StalenessRules } from '../../domain/risk/staleness';
import { platform, type SaveFileResult } from '../../platform';
import { now } from '../../services/clock';
import { recordSavedFile } from '../../services/data/audit';
import { issueSpecialReport, riskUpdatesForDay, riskUpdatesOf } from '../../services/data/risks';
import { safeFileName } from '../../ui/fileName';

/**
 * The 排查台账 page's documents (docs/domain.md §10): 月度汇总 (.docx or .xlsx), 日报 and 重大风险专报, each built from
 * the records, handed to the save dialog (a download in the browser) and audited once saved.
 */

const WORD = { name: 'Word 文档', extensions: ['docx'] };
const EXCEL = { name: 'Excel 工作簿', extensions: ['xlsx'] };

/** Unit and category names as the ledger's documents print them (a category by its own name, not its path). */
export interface LedgerNames {
  units: readonly Unit[];
  categories: readonly Category[];
}

const nameIn = (nodes: readonly { id: string; name: string }[]) => (id: string | null) =>
  id ? nodes.find((n) => n.id === id)?.name : undefined;

async function save(
  suggestedName: string,
  bytes: Uint8Array<ArrayBuffer>,
  format: 'docx' | 'xlsx',
  summary: string,
): Promise<SaveFileResult> {
  const result = await platform.saveFile({
    suggestedName: safeFileName(suggestedName),
    bytes,
    filters: [format === 'docx' ? WORD : EXCEL],
  });
  if (result.saved)
    await recordSavedFile({ action: 'export', entity: 'riskMatters', summary: `${summary}（${result.path}）` }, now());
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

export interface SpecialReportRequest extends LedgerNames {
  matter: RiskMatter;
  prefix: string;
  to: string;
  subject: string;
  supplement: string;
  issuer: string;
}

/** The subject a matter's 专报 is titled by until the clerk edits it. */
export function matterReportSubject(matter: RiskMatter, names: LedgerNames): string {
  return matterSpecialReport(matter, [], matterNames(matter, names)).subject;
}

const matterNames = (matter: RiskMatter, names: LedgerNames) => ({
  unit: nameIn(names.units)(matter.unitId) ?? '',
  category: riskCategoryName(matter, (id) => nameIn(names.categories)(id)),
});

/**
 * 报送重大风险专报: numbered and recorded on the matter (db/riskDocuments.ts), then saved. A 专报 recorded but not
 * saved (the clerk cancelled the dialog) keeps its 文号: the record says it was built, and it can be built again.
 */
export async function issueAndSaveSpecialReport(
  request: SpecialReportRequest,
): Promise<{ docNo: string; result: SaveFileResult }> {
  const when = now();
  const updates = await riskUpdatesOf(request.matter.id);
  const issued = await issueSpecialReport({
    matterId: request.matter.id,
    prefix: request.prefix,
    to: request.to,
    subject: request.subject,
    supplement: request.supplement,
    now: when,
    build: async (docNo, matter) => {
      const content = matterSpecialReport(matter, updates, matterNames(matter, request), request.supplement);
      const letter = { ...content, subject: request.subject.trim(), docNo, addressee: request.to.trim() };
      return toBytes(buildSpecialReport({ ...letter, issuer: request.issuer, date: today(when) }));
    },
  });
  const title = specialReportTitle(request.subject);
  const result = await save(
    `${title}（${issued.record.docNo}）.docx`,
    issued.bytes,
    'docx',
    `导出重大风险专报：${issued.record.docNo}`,
  );
  return { docNo: issued.record.docNo, result };
}
