import { describe, expect, it } from 'vitest';
import { fieldChanges, formatAuditTime, maskPersonalData } from '../../../renderer/src/domain/audit/display';

describe('how the 审计日志 shows a change', () => {
  it('masks ID numbers and phones wherever they sit in a snapshot', () => {
    expect(maskPersonalData({ name: '张三', idNumber: '410602198001011234', phone: '13800001111', contacts: [{ phone: '13900002222' }] })).toEqual({
      name: '张三',
      idNumber: '4106**********1234',
      phone: '138****1111',
      contacts: [{ phone: '139****2222' }],
    });
  });

  it('an update shows only the fields it changed, before and after', () => {
    expect(fieldChanges({ name: '机电科', order: 1, flags: { a: true } }, { name: '机电运输科', order: 1, flags: { a: false } })).toEqual([
      { field: 'flags', before: '{"a":true}', after: '{"a":false}' },
      { field: 'name', before: '机电科', after: '机电运输科' },
    ]);
  });

  it('a create shows every field with nothing before; a delete every field with nothing after', () => {
    expect(fieldChanges(undefined, { name: '甲', phone: '13800001111' })).toEqual([
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
