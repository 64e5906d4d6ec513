import { describe, expect, it } from 'vitest';
import { fieldChanges, formatAuditTime } from '../../../renderer/src/domain/audit/display';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import { replacedTrailOf } from '../../../renderer/src/domain/audit/replacedTrail';

function auditRecord(fields: Partial<AuditRecord>): AuditRecord {
  return {
    seq: 1,
    at: '2026-05-25T09:30:00.000',
    actorId: null,
    actorName: '',
    actorRole: null,
    action: 'create',
    entity: null,
    entityId: null,
    summary: '',
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64),
    ...fields,
  };
}

describe('how the 审计日志 shows a change', () => {
  it('an update shows only the fields it changed, by their Chinese names, nested ones by their parts', () => {
    expect(
      fieldChanges(
        'units',
        { name: '机电科', order: 1, flags: { anonymous: true } },
        { name: '机电运输科', order: 1, flags: { anonymous: false } },
      ),
    ).toEqual([
      { field: '单位名称', before: '机电科', after: '机电运输科' },
      { field: '标记 · 匿名', before: '是', after: '否' },
    ]);
  });

  it('a create shows every field with nothing before; a delete every field with nothing after; never the own id', () => {
    expect(fieldChanges('petitioners', undefined, { id: 'p-1', name: '甲', phone: '138****1111' })).toEqual([
      { field: '姓名', before: '', after: '甲' },
      { field: '联系电话', before: '', after: '138****1111' },
    ]);
    expect(fieldChanges('units', { id: 'u-1', name: '甲' }, undefined)).toEqual([
      { field: '单位名称', before: '甲', after: '' },
    ]);
  });

  it('names codes in Chinese and ids by what they name', () => {
    const names = new Map([['p-1', '2026-0001']]);
    expect(
      fieldChanges(
        'caseEvents',
        undefined,
        {
          petitionId: 'p-1',
          type: 'issueDocument',
          at: '2026-05-25T10:04:00.000',
          data: { kind: 'acceptanceNotice', documentId: 'gone' },
        },
        names,
      ),
    ).toEqual([
      { field: '信访事项', before: '', after: '2026-0001' },
      { field: '类型', before: '', after: '出具文书' },
      { field: '时间', before: '', after: '2026-05-25 10:04:00' },
      { field: '详情 · 种类', before: '', after: '受理告知书' },
      { field: '详情 · 文书', before: '', after: '（已删除的记录）' },
    ]);
  });

  it('an 审计链告警 says what it found in Chinese', () => {
    const alarm = {
      kind: 'truncated',
      missingFrom: 5,
      missingTo: 7,
      anchor: { seq: 7, hash: 'a'.repeat(64) },
      trailHead: { seq: 4, hash: 'b'.repeat(64) },
    };
    expect(fieldChanges('audit', undefined, alarm).map((c) => `${c.field}：${c.after}`)).toEqual([
      '告警类型：审计记录缺失',
      '缺失起始序号：5',
      '缺失截止序号：7',
      `本机记下的末端 · 序号：7`,
      `本机记下的末端 · 哈希：${'a'.repeat(64)}`,
      `审计日志末端 · 序号：4`,
      `审计日志末端 · 哈希：${'b'.repeat(64)}`,
    ]);
  });

  it('a value that is not a record is one row', () => {
    expect(fieldChanges('settings', 3, 4)).toEqual([{ field: '值', before: '3', after: '4' }]);
  });

  it('times show to the second', () => {
    expect(formatAuditTime('2026-05-25T09:30:12.345')).toBe('2026-05-25 09:30:12');
  });
});

describe('the desk’s records a restore carried inside its 恢复备份 record', () => {
  const petitioner = auditRecord({
    seq: 3,
    entity: 'petitioners',
    after: { name: '张三', address: '榆林市', phone: '13800001111' },
  });
  const restore = auditRecord({
    seq: 40,
    action: 'restore',
    entity: 'backup',
    before: { replacedTrail: [petitioner] },
  });

  it('are found in a restore record only', () => {
    expect(replacedTrailOf(restore)).toEqual([petitioner]);
    expect(replacedTrailOf({ ...restore, action: 'update' })).toBeNull();
    expect(replacedTrailOf(auditRecord({ action: 'restore', entity: 'backup' }))).toBeNull();
  });
});
