import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditNames } from '../../../renderer/src/db/audit/auditNames';
import { listAudit, loadAuditRecords } from '../../../renderer/src/db/audit/listAudit';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { getPetitionDetail } from '../../../renderer/src/db/petitionDetail';
import { setActor } from '../../../renderer/src/db/session';
import { buildAuditWorkbook } from '../../../renderer/src/documents/excel/auditWorkbook';
import { workbookBytes } from '../../../renderer/src/documents/excel/sheet';
import { ROLE_LABELS } from '../../../renderer/src/domain/access/roles';
import { fieldChanges, objectText, summaryText, type AuditNames } from '../../../renderer/src/domain/audit/display';
import { UNKNOWN_FIELD_LABEL } from '../../../renderer/src/domain/audit/fieldLabels';
import { AUDIT_ACTIONS, type AuditRecord } from '../../../renderer/src/domain/audit/record';
import { eventLabel, UNKNOWN_EVENT_LABEL } from '../../../renderer/src/domain/caseEventLabels';
import { englishRuns } from '../englishRuns';
import { busyDesk } from './auditScenario';
import { actorAs, freshDb } from './helpers';

/**
 * Issue 12, item 8: the 审计日志 showed event kinds (issueDocument), raw field names (updatedAt, caseFacts:{…}), UUIDs
 * and counters such as 「文号计数 analysisReport 2026」; the timeline tagged events 'issueDocument' or 'voided'.
 */
const LOGINS = ['admin', 'zhaob'];
const AUDITOR = actorAs('auditor', '审计员甲');

let db: DeskDatabase;
let ids: { petitionId: string; otherId: string };
beforeEach(async () => {
  db = freshDb();
  ids = await busyDesk(db);
});
afterEach(() => db.close());

/** A record as the 审计日志 shows it, its row and its expanded details. */
function shown(record: AuditRecord, names: AuditNames): string {
  const row = [
    record.actorName,
    record.actorRole ? ROLE_LABELS[record.actorRole] : '',
    AUDIT_ACTIONS[record.action],
    objectText(record, names),
    summaryText(record),
  ];
  const details = fieldChanges(record.entity, record.before, record.after, names).flatMap((c) => [
    c.field,
    c.before,
    c.after,
  ]);
  return [...row, ...details].join('\n');
}

async function exportedText(records: AuditRecord[], names: AuditNames): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookBytes(buildAuditWorkbook(records, '全部记录', names))).buffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}

describe('the 审计日志 in Chinese', () => {
  it('names every event, table, field and record in Chinese: no English word, no id', async () => {
    setActor(db, AUDITOR);
    const { records } = await listAudit(db, {}, { offset: 0, limit: 500 });
    expect(records.length).toBeGreaterThan(40);
    const names = await auditNames(db, records);
    const leaks = records.flatMap((r) => englishRuns(shown(r, names), LOGINS).map((run) => `第${r.seq}条：${run}`));
    expect(leaks).toEqual([]);
    const unknown = records.flatMap((r) =>
      fieldChanges(r.entity, r.before, r.after, names)
        .filter((c) => c.field.includes(UNKNOWN_FIELD_LABEL))
        .map((c) => `${r.entity}：${c.field}`),
    );
    expect(unknown).toEqual([]);
  });

  it('the export says it in Chinese too', async () => {
    setActor(db, AUDITOR);
    const records = await loadAuditRecords(db, {});
    const text = await exportedText(records, await auditNames(db, records));
    expect(englishRuns(text, LOGINS)).toEqual([]);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('names a 文号 counter by its kind and year: 「文号计数：研判分析报告 2026年」', async () => {
    setActor(db, AUDITOR);
    const { records } = await listAudit(db, { entity: 'settings' }, { offset: 0, limit: 100 });
    const summaries = records.map(summaryText);
    expect(summaries).toContain('新增 设置 文号计数：研判分析报告 2026年');
    expect(summaries).toContain('新增 设置 文号计数：受理告知书 2026年');
    expect(summaries).toContain('修改 设置 登记编号计数：2026年');
  });

  it('names each part of a changed setting: a period, a year’s holidays, a review route', async () => {
    setActor(db, AUDITOR);
    const { records } = await listAudit(db, { entity: 'settings', action: 'update' }, { offset: 0, limit: 100 });
    const names = await auditNames(db, records);
    const changes = records
      .flatMap((r) => fieldChanges(r.entity, r.before, r.after, names))
      .map((c) => `${c.field}：${c.after}`);
    expect(changes).toEqual(
      expect.arrayContaining([
        '期限设置 · 办理期限 · 时长：50',
        '期限设置 · 办理期限 · 单位：日',
        '节假日安排 · 2027年 · 放假日期：2027-01-01',
        '组织机构 · 复查复核机关 · 第1项 · 复查机关：集团公司',
      ]),
    );
  });

  it('names a petition by its 登记编号 and a changed 办理情况 by its parts', async () => {
    setActor(db, AUDITOR);
    const { records } = await listAudit(db, { entity: 'petitions' }, { offset: 0, limit: 100 });
    const names = await auditNames(db, records);
    const accepted = records.find(
      (r) =>
        r.action === 'update' &&
        fieldChanges(r.entity, r.before, r.after, names).some((c) => c.field === '办理情况 · 受理日期'),
    );
    expect(accepted && objectText(accepted, names)).toBe('信访事项 2026-0001');
    const assigned = records
      .flatMap((r) => fieldChanges(r.entity, r.before, r.after, names))
      .find((c) => c.field === '办理情况 · 交办 · 包案领导');
    expect(assigned).toEqual({ field: '办理情况 · 交办 · 包案领导', before: '', after: '李矿长' });
    const fields = records.flatMap((r) => fieldChanges(r.entity, r.before, r.after, names).map((c) => c.field));
    expect(fields).toContain('办理情况 · 交办 · 承办单位');
    expect(fields).not.toContain('办理情况 · 交办 · 涉及单位');
  });

  it('names a step of a case by the case it belongs to, its text being the 摘要', async () => {
    setActor(db, AUDITOR);
    const { records } = await listAudit(db, { entity: 'caseEvents', action: 'create' }, { offset: 0, limit: 100 });
    const names = await auditNames(db, records);
    const note = records.find((r) => summaryText(r) === '新增 办理记录 办理记录：已电话联系信访人。');
    expect(note && objectText(note, names)).toBe('办理记录 2026-0001');
  });

  it('keeps the 审计员 from reading a person: a petitioner is 信访人, their name and numbers never shown', async () => {
    setActor(db, AUDITOR);
    const records = await loadAuditRecords(db, {});
    const names = await auditNames(db, records);
    const text = records.map((r) => shown(r, names)).join('\n');
    expect(text).not.toContain('张三');
    expect(text).not.toContain('13800001111');
  });
});

describe('the case timeline in Chinese', () => {
  it('tags every event it holds by its Chinese kind', async () => {
    for (const id of [ids.petitionId, ids.otherId]) {
      const detail = await getPetitionDetail(db, id);
      const shownEvents = (detail?.events ?? []).map((e) => `${eventLabel(e.type)} ${e.text} ${e.actor}`);
      expect(shownEvents.length).toBeGreaterThan(2);
      expect(englishRuns(shownEvents.join('\n'))).toEqual([]);
      expect((detail?.events ?? []).filter((e) => eventLabel(e.type) === UNKNOWN_EVENT_LABEL)).toEqual([]);
    }
  });
});
