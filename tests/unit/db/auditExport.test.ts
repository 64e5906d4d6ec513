import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAuditRecords } from '../../../renderer/src/db/audit/listAudit';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { auditFileName, buildAuditWorkbook } from '../../../renderer/src/documents/excel/auditWorkbook';
import { workbookBytes } from '../../../renderer/src/documents/excel/sheet';
import { NOW, person, visit } from '../domain/fixtures';
import { freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function readBack(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await workbookBytes(workbook)).buffer);
  return copy;
}

describe('the 审计日志 as an Excel workbook', () => {
  it('holds the filtered records newest first, with hashes, and personal data masked', async () => {
    await registerPetition(db, visit({ petitioners: [person({ phone: '13800001111' })] }), NOW);
    setActor(db, {
      userId: 'u-audit',
      username: 'shenji',
      displayName: '审计员甲',
      role: 'auditor',
      confidentialAccess: false,
    });
    const records = await loadAuditRecords(db, { action: 'create' });

    const workbook = await readBack(buildAuditWorkbook(records, '操作 新增', new Map()));
    const sheet = workbook.getWorksheet('审计日志');
    if (!sheet) throw new Error('no 审计日志 sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '序号',
      '时间',
      '操作人',
      '角色',
      '操作',
      '对象',
      '对象名称',
      '摘要',
      '修改前',
      '修改后',
      '前一条哈希',
      '哈希',
    ]);
    expect(sheet.rowCount - 1).toBe(records.length);
    const seqs = Array.from({ length: records.length }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(seqs).toEqual(records.map((r) => r.seq));
    const petition = records.find((r) => r.entity === 'petitions');
    const row = sheet.getRow(records.indexOf(petition!) + 2);
    expect(row.getCell(5).value).toBe('新增');
    expect(row.getCell(6).value).toBe('信访事项');
    expect(row.getCell(7).value).toBe(petition?.after && '2026-0001');
    expect(row.getCell(12).value).toBe(petition?.hash);

    let text = '';
    sheet.eachRow((r) => (text += JSON.stringify(r.values)));
    expect(text).not.toContain('140102197805203317');
    expect(text).not.toContain('13800001111');
    expect(text).toContain('1401**********3317');
    expect(workbook.getWorksheet('说明')?.getRow(1).values).toEqual([undefined, '导出范围', '操作 新增']);
    expect(auditFileName('2026-05-25')).toBe('审计日志-2026-05-25.xlsx');
  });

  it('prints a bulk record’s batch, count, digest and keys on its side of the change, so the printed trail keeps them', async () => {
    const bulk = { batchId: 'b-1', count: 2, keys: ['p-1', 'p-2'], digest: 'a'.repeat(64) };
    const record = {
      seq: 7,
      at: '2026-05-25T10:00:00.000',
      actorId: 'u-1',
      actorName: '王丽',
      actorRole: 'receptionist' as const,
      action: 'create' as const,
      entity: 'petitions',
      entityId: null,
      summary: '批量新增 信访事项 2 条（导入 台账.xlsx）',
      bulk,
      prevHash: '0'.repeat(64),
      hash: 'f'.repeat(64),
    };
    const workbook = await readBack(buildAuditWorkbook([record], '全部记录', new Map()));
    const row = workbook.getWorksheet('审计日志')?.getRow(2);
    expect(row?.getCell(9).value ?? '').toBe('');
    expect(row?.getCell(10).value).toBe(
      `批量记录：导入批次 b-1，共 2 条\n内容摘要哈希（SHA-256）：${'a'.repeat(64)}\n记录键：p-1、p-2`,
    );
  });
});
