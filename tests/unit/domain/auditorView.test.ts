import { describe, expect, it } from 'vitest';
import { auditorView, type AuditedMatter } from '../../../renderer/src/domain/audit/auditorView';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import { replacedTrailOf } from '../../../renderer/src/domain/audit/replacedTrail';

function auditRecord(fields: Partial<AuditRecord>): AuditRecord {
  return {
    seq: 1,
    at: '2026-05-25T09:30:00.000',
    actorId: 'u-1',
    actorName: '王丽',
    actorRole: 'receptionist',
    action: 'create',
    entity: null,
    entityId: null,
    summary: '',
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64),
    ...fields,
  };
}

const OPEN: AuditedMatter = { regNo: '2026-0002', confidential: false };
const SECRET: AuditedMatter = { regNo: '2026-0001', confidential: true };
const H = '（保密）';

describe('the 审计员 reads an ordinary matter with numbers masked and people unnamed', () => {
  it.each([
    [
      'an ID number field keeps its first and last four',
      { idNumber: '140102197805203317' },
      { idNumber: '1401**********3317' },
    ],
    ['a phone field keeps its first three and last four', { phone: '13800001111' }, { phone: '138****1111' }],
    ['a number quoted in free text, however written', { note: '回电１３８-0000-1111' }, { note: '回电138****1111' }],
    [
      'a phone as typed keeps its separators and no more digits',
      { phoneAsTyped: '0912-3456789' },
      { phoneAsTyped: '091*-***6789' },
    ],
    ['a number nested in a list', { contacts: [{ phone: '13900002222' }] }, { contacts: [{ phone: '139****2222' }] }],
    [
      'ids, dates and counts as stored',
      { id: '13800001111', petitionId: 'p-1', receivedAt: '2026-05-25T09:30', headcount: 3 },
      { id: '13800001111', petitionId: 'p-1', receivedAt: '2026-05-25T09:30', headcount: 3 },
    ],
  ])('%s', (_, after, expected) => {
    expect(auditorView(auditRecord({ entity: 'receptions', after }), () => OPEN).after).toEqual(expected);
  });

  it('a petitioner’s name and address read （保密）, whatever the matter', () => {
    const person = auditRecord({ entity: 'petitioners', after: { name: '张三', address: '矿区街12号', gender: '男' } });
    expect(auditorView(person, () => OPEN).after).toEqual({ name: H, address: H, gender: '男' });
  });

  it('an import batch names which person it filled and which fields, never the numbers it filled (whoever’s)', () => {
    const batch = auditRecord({
      entity: 'importBatches',
      after: {
        fileName: '台账.xlsx',
        filledPeople: [
          { personId: 'pe-1', phone: '13911112222', phoneAsTyped: '139-1111-2222', phoneAsTypedBefore: '' },
          { personId: 'pe-2', idNumber: '32010619850712004X' },
        ],
      },
    });
    expect(auditorView(batch, () => undefined).after).toEqual({
      fileName: '台账.xlsx',
      filledPeople: [
        { personId: 'pe-1', phone: H, phoneAsTyped: H, phoneAsTypedBefore: '' },
        { personId: 'pe-2', idNumber: H },
      ],
    });
  });

  it('a summary quoting a phone reads it masked', () => {
    expect(
      auditorView(auditRecord({ action: 'export', summary: '导出：联系13800001111' }), () => undefined).summary,
    ).toBe('导出：联系138****1111');
  });
});

describe('the 审计员 reads a confidential matter by kind and number only', () => {
  const note = auditRecord({
    entity: 'caseEvents',
    entityId: 'e-1',
    summary: '新增 办理记录 已电话联系李秀兰',
    after: {
      id: 'e-1',
      petitionId: 'p-1',
      at: '2026-05-25T10:00',
      actor: '王丽',
      type: 'addNote',
      text: '已电话联系李秀兰',
      data: { note: '李秀兰', count: 2 },
    },
  });

  it.each([
    ['a known confidential matter', SECRET, `新增 办理记录 ${H}（信访事项 2026-0001）`],
    ['a matter that cannot be found, to be safe', null, `新增 办理记录 ${H}`],
  ])('%s: every text but the structural fields （保密）', (_, matter, summary) => {
    const view = auditorView(note, () => matter);
    expect(view.summary).toBe(summary);
    expect(view.after).toEqual({
      id: 'e-1',
      petitionId: 'p-1',
      at: '2026-05-25T10:00',
      actor: '王丽',
      type: 'addNote',
      text: H,
      data: { note: H, count: 2 },
    });
    expect(view).toMatchObject({ seq: 1, actorName: '王丽', action: 'create', entity: 'caseEvents', entityId: 'e-1' });
  });

  it('the petition itself is named by its 登记编号', () => {
    const petition = auditRecord({
      entity: 'petitions',
      action: 'update',
      summary: '修改 信访事项 2026-0001',
      before: { regNo: '2026-0001', summary: '李秀兰检举' },
      after: { regNo: '2026-0001', summary: '李秀兰再次检举' },
    });
    const view = auditorView(petition, () => SECRET);
    expect(view.summary).toBe('修改 信访事项 2026-0001');
    expect(view.before).toEqual({ regNo: '2026-0001', summary: H });
  });

  it('an explicit event keeps its words, with any number （保密）', () => {
    const unmask = auditRecord({
      action: 'unmask',
      entity: 'petitioners',
      summary: '查看：信访事项 2026-0001 第1位信访人的身份证号和联系电话',
    });
    expect(auditorView(unmask, () => SECRET).summary).toBe(unmask.summary);
  });

  it('the records a restore carried are read the same way, and the record given is left as it was', () => {
    const person = auditRecord({ seq: 3, entity: 'petitioners', after: { name: '李秀兰', phone: '13912340000' } });
    const restore = auditRecord({ seq: 40, action: 'restore', entity: 'backup', before: { replacedTrail: [person] } });
    expect(replacedTrailOf(auditorView(restore, () => SECRET))?.[0]?.after).toEqual({ name: H, phone: H });
    expect(replacedTrailOf(restore)?.[0]?.after).toEqual({ name: '李秀兰', phone: '13912340000' });
  });
});
