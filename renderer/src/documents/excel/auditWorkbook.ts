import type ExcelJS from 'exceljs';
import { ROLE_LABELS } from '../../domain/access/roles';
import { fieldChanges, formatAuditTime, objectName, summaryText, type AuditNames } from '../../domain/audit/display';
import { bulkLines } from '../../domain/audit/bulk';
import { entityLabel } from '../../domain/audit/entities';
import { AUDIT_ACTIONS, type AuditRecord } from '../../domain/audit/record';
import { addTableSheet, newWorkbook, xmlSafeRow, type SheetColumn } from './sheet';

/** Excel refuses a cell longer than this; a longer before/after (a bulk record's keys) is cut and says so. */
const CELL_LIMIT = 32_767;
const CUT_MARK = '…（内容过长，已截断）';

const COLUMNS: readonly SheetColumn[] = [
  { header: '序号', key: 'seq', width: 8 },
  { header: '时间', key: 'at', width: 20 },
  { header: '操作人', key: 'actor', width: 14 },
  { header: '角色', key: 'role', width: 8 },
  { header: '操作', key: 'action', width: 14 },
  { header: '对象', key: 'entity', width: 12 },
  { header: '对象名称', key: 'object', width: 24 },
  { header: '摘要', key: 'summary', width: 48 },
  { header: '修改前', key: 'before', width: 50 },
  { header: '修改后', key: 'after', width: 50 },
  { header: '前一条哈希', key: 'prevHash', width: 66 },
  { header: '哈希', key: 'hash', width: 66 },
];

/** '审计日志-2026-05-25.xlsx' */
export function auditFileName(day: string): string {
  return `审计日志-${day}.xlsx`;
}

const cut = (text: string): string =>
  text.length > CELL_LIMIT ? text.slice(0, CELL_LIMIT - CUT_MARK.length) + CUT_MARK : text;

/** One side of a change, a field a line: 「办理情况 · 受理日期：2026-05-25」, as the page's details show it. */
function changeText(record: AuditRecord, names: AuditNames, side: 'before' | 'after'): string {
  // A bulk record holds no copies: its batch, count, digest and keys stand on the side a copy would (创建 → 修改后).
  if (record.bulk)
    return (record.action === 'delete') === (side === 'before') ? cut(bulkLines(record.bulk).join('\n')) : '';
  if (record[side] === undefined) return '';
  const lines = fieldChanges(record.entity, record.before, record.after, names)
    .filter((change) => change[side] !== '')
    .map((change) => `${change.field}：${change[side]}`);
  return cut(lines.join('\n'));
}

/**
 * 审计日志 as exported: one row per record in the order given (the page's: newest first), with each record's hash
 * and the one before it so a printed trail can be matched against the desk's. The records come as the 审计员 reads
 * them (loadAuditRecords: numbers masked, confidential matters （保密）), so the file holds no more than the screen.
 * `filterText` says which records the file holds ('全部记录', or the filter); `names` what the ids they hold are called
 * (db/audit/auditNames.ts): a record is named, never shown by its id.
 */
export function buildAuditWorkbook(
  records: readonly AuditRecord[],
  filterText: string,
  names: AuditNames,
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = addTableSheet(workbook, '审计日志', COLUMNS);
  for (const r of records) {
    sheet.addRow(
      xmlSafeRow({
        seq: r.seq,
        at: formatAuditTime(r.at),
        actor: r.actorName || '（未登录）',
        role: r.actorRole ? ROLE_LABELS[r.actorRole] : '',
        action: AUDIT_ACTIONS[r.action] ?? r.action,
        entity: entityLabel(r.entity),
        object: objectName(r, names),
        summary: summaryText(r),
        before: changeText(r, names, 'before'),
        after: changeText(r, names, 'after'),
        prevHash: r.prevHash,
        hash: r.hash,
      }),
    );
  }
  const about = workbook.addWorksheet('说明');
  about.columns = [{ width: 16 }, { width: 80 }];
  about.addRows([
    ['导出范围', filterText],
    ['记录数', records.length],
    [
      '核验方法',
      '每条记录的哈希为除哈希外全部字段（含前一条哈希）的 SHA-256；请在信访工作台“审计日志 → 核验审计链”中核验。',
    ],
  ]);
  return workbook;
}
