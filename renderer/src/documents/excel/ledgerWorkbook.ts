import type ExcelJS from 'exceljs';
import type { LedgerRow } from '../../domain/ledgerQuery';
import {
  CHANNEL_LABELS,
  FLAG_LABELS,
  PETITION_STATUSES,
  type Category,
  type PetitionFlags,
  type Unit,
} from '../../domain/types';
import { identityScrubber, REPLACE } from '../../domain/access/scrubIdentity';
import { REDACTED } from '../letters/confidentiality';
import { pathNames } from '../../domain/treePath';
import { cutOutContacts, PERSONAL_INFO_MARK } from './personalData';
import { addTableSheet, DATE_TIME_FORMAT, excelDateTime, newWorkbook, xmlSafeRow, type SheetColumn } from './sheet';

/** One petitioner's contact details, exported only when the clerk explicitly asks for them. */
export interface LedgerContact {
  name: string;
  idNumber: string;
  phone: string;
}

export interface LedgerReference {
  categories: readonly Category[];
  units: readonly Unit[];
}

export interface LedgerExportOptions {
  /**
   * Adds 身份证号 and 联系电话 columns, shows the names of 检举控告 petitioners and keeps the summary as typed. Off by
   * default: a ledger exported for circulation carries no ID numbers or phones (docs/domain.md §11).
   */
  includePersonalInfo?: boolean;
  /** The petitioners of each petition by its id; required with includePersonalInfo. */
  contacts?: ReadonlyMap<string, readonly LedgerContact[]>;
  /** Called as rows are written (done of total), for a progress bar on long exports. */
  onProgress?: (done: number, total: number) => void;
}

/** Rows written between two yields to the event loop, so the page can paint the progress. */
const ROWS_PER_SLICE = 2000;

const FLAG_COLUMNS: readonly (keyof PetitionFlags)[] = [
  'collective',
  'levelSkipping',
  'jointLetter',
  'anonymous',
  'lawRelated',
];
const YES = '是';

export function ledgerSheetName(includePersonalInfo: boolean): string {
  return includePersonalInfo ? `信访台账（${PERSONAL_INFO_MARK}）` : '信访台账';
}

/** '信访台账-2026-11-28.xlsx', or '信访台账（含个人信息）-2026-11-28.xlsx' when it carries ID numbers and phones. */
export function ledgerFileName(day: string, includePersonalInfo: boolean): string {
  return `${ledgerSheetName(includePersonalInfo)}-${day}.xlsx`;
}

function ledgerColumns(includePersonalInfo: boolean): SheetColumn[] {
  return [
    { header: '登记编号', key: 'regNo', width: 12 },
    { header: '收到时间', key: 'receivedAt', width: 18, numFmt: DATE_TIME_FORMAT },
    { header: '渠道', key: 'channel', width: 14 },
    { header: '信访人', key: 'petitioners', width: 18 },
    ...(includePersonalInfo
      ? [
          { header: '身份证号', key: 'idNumbers', width: 22 },
          { header: '联系电话', key: 'phones', width: 16 },
        ]
      : []),
    { header: '人数', key: 'headcount', width: 7 },
    { header: '问题类别', key: 'category', width: 26 },
    { header: '性质', key: 'nature', width: 10 },
    { header: '涉及单位', key: 'unit', width: 32 },
    { header: '包案领导', key: 'leader', width: 10 },
    { header: '状态', key: 'status', width: 10 },
    { header: '事由摘要', key: 'summary', width: 60 },
    { header: '重复访', key: 'repeat', width: 8 },
    ...FLAG_COLUMNS.map((flag) => ({ header: FLAG_LABELS[flag], key: flag, width: FLAG_LABELS[flag].length * 2 + 4 })),
  ];
}

/**
 * 信访台账 as filtered, one row per petition in the order given (the ledger page's order). Dates are Excel dates;
 * category and unit names come from the reference data. A confidential (保密, 检举控告) petitioner's name is （保密）
 * unless personal information is included (Art. 30 ¶3), and then it is cut out of the summary too. Rows loaded for an
 * account without the grant arrive with the names already （保密） (db/ledgerIndex.ts).
 */
export async function buildLedgerWorkbook(
  rows: readonly LedgerRow[],
  reference: LedgerReference,
  options: LedgerExportOptions = {},
): Promise<ExcelJS.Workbook> {
  const includePersonalInfo = options.includePersonalInfo === true;
  if (includePersonalInfo && !options.contacts)
    throw new Error('导出含个人信息的台账需要先读取信访人的身份证号和联系电话');
  const categoryNames = pathNames(reference.categories);
  const unitNames = pathNames(reference.units);

  const workbook = newWorkbook();
  const sheet = addTableSheet(workbook, ledgerSheetName(includePersonalInfo), ledgerColumns(includePersonalInfo));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    const hideIdentity = !includePersonalInfo && row.confidential;
    const names = row.petitionerNames.join('、');
    const contacts = options.contacts?.get(row.id) ?? [];
    // The numbers in a hidden row's summary go with every other row's, just below.
    let summary = hideIdentity
      ? identityScrubber({ people: row.petitionerNames.map((name) => ({ name })), replace: REPLACE.confidential })(
          row.summary,
        )
      : row.summary;
    if (!includePersonalInfo) summary = cutOutContacts(summary);
    sheet.addRow(
      xmlSafeRow({
        regNo: row.regNo,
        receivedAt: excelDateTime(row.receivedAt) ?? row.receivedAt,
        channel: CHANNEL_LABELS[row.channel],
        petitioners: hideIdentity && names ? REDACTED : names || '（匿名）',
        ...(includePersonalInfo
          ? {
              idNumbers: joinPresent(contacts.map((c) => c.idNumber)),
              phones: joinPresent(contacts.map((c) => c.phone)),
            }
          : {}),
        headcount: row.headcount,
        category: row.categoryId ? (categoryNames.get(row.categoryId) ?? null) : null,
        nature: row.nature,
        unit: row.unitId ? (unitNames.get(row.unitId) ?? null) : null,
        leader: row.leader,
        status: PETITION_STATUSES[row.status],
        summary,
        repeat: row.receptionCount > 1 ? YES : null,
        ...Object.fromEntries(FLAG_COLUMNS.map((flag) => [flag, row.flags[flag] ? YES : null])),
      }),
    );
    if ((i + 1) % ROWS_PER_SLICE === 0 || i + 1 === rows.length) {
      options.onProgress?.(i + 1, rows.length);
      if (i + 1 < rows.length) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return workbook;
}

/** The values joined with 、, or null (an empty cell) when there is none. */
function joinPresent(values: readonly string[]): string | null {
  return values.filter((v) => v.trim() !== '').join('、') || null;
}
