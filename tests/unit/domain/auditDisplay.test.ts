import { describe, expect, it } from 'vitest';
import { fieldChanges, formatAuditTime } from '../../../renderer/src/domain/audit/display';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import { replacedTrailOf } from '../../../renderer/src/domain/audit/replacedTrail';

function auditRecord(fields: Partial<AuditRecord>): AuditRecord {
  return { seq: 1, at: '2026-05-25T09:30:00.000', actorId: null, actorName: '', actorRole: null, action: 'create', entity: null, entityId: null, summary: '', prevHash: '0'.repeat(64), hash: 'f'.repeat(64), ...fields };
}

describe('how the 审计日志 shows a change', () => {
  it('an update shows only the fields it changed, before and after', () => {
    expect(fieldChanges({ name: '机电科', order: 1, flags: { a: true } }, { name: '机电运输科', order: 1, flags: { a: false } })).toEqual([
      { field: 'flags', before: '{"a":true}', after: '{"a":false}' },
      { field: 'name', before: '机电科', after: '机电运输科' },
    ]);
  });

  it('a create shows every field with nothing before; a delete every field with nothing after', () => {
    expect(fieldChanges(undefined, { name: '甲', phone: '138****1111' })).toEqual([
      { field: 'name', before: '', after: '甲' },
      { field: 'phone', before: '', after: '138****1111' },
    ]);
    expect(fieldChanges({ name: '甲' }, undefined)).toEqual([{ field: 'name', before: '甲', after: '' }]);
  });

  it('a value that is not a record is one row', () => {
    expect(fieldChanges(3, 4)).toEqual([{ field: '值', before: '3', after: '4' }]);
  });

  it('times show to the second', () => {
    expect(formatAuditTime('2026-05-25T09:30:12.345')).toBe('2026-05-25 09:30:12');
  });
});

describe('the desk’s records a restore carried inside its 恢复备份 record', () => {
  const petitioner = auditRecord({ seq: 3, entity: 'petitioners', after: { name: '张三', address: '榆林市', phone: '13800001111' } });
  const restore = auditRecord({ seq: 40, action: 'restore', entity: 'backup', before: { replacedTrail: [petitioner] } });

  it('are found in a restore record only', () => {
    expect(replacedTrailOf(restore)).toEqual([petitioner]);
    expect(replacedTrailOf({ ...restore, action: 'update' })).toBeNull();
    expect(replacedTrailOf(auditRecord({ action: 'restore', entity: 'backup' }))).toBeNull();
  });
});
