import { describe, expect, it } from 'vitest';
import {
  staffAddable,
  staffNames,
  staffNamesFor,
  staffProblems,
  withStaffDuty,
  type StaffMember,
} from '../../../renderer/src/domain/staff';

const li: StaffMember = { name: '李矿长', leads: true, handles: false, retired: false };
const zhao: StaffMember = { name: '赵干事', leads: false, handles: true, retired: false };
const qian: StaffMember = { name: '钱科长', leads: true, handles: true, retired: true };

describe('办理人员', () => {
  it('offers for a duty only the serving people who take it, keeping the name a case already holds', () => {
    const list = [li, zhao, qian];
    expect(staffNamesFor(list, 'leads')).toEqual(['李矿长']);
    expect(staffNamesFor(list, 'handles')).toEqual(['赵干事']);
    // A retired 包案领导 stays on the case that names them, and only there.
    expect(staffNamesFor(list, 'leads', '钱科长')).toEqual(['钱科长', '李矿长']);
    expect(staffNamesFor(list, 'leads', '李矿长')).toEqual(['李矿长']);
    expect(staffNames(list)).toEqual(['李矿长', '赵干事', '钱科长']);
  });

  it('adds a person or a duty to one listed, and refuses to bring a retired person back', () => {
    expect(withStaffDuty([li], ' 孙主任 ', 'handles')).toEqual([
      li,
      { name: '孙主任', leads: false, handles: true, retired: false },
    ]);
    expect(withStaffDuty([li], '李矿长', 'handles')).toEqual([{ ...li, handles: true }]);
    expect(() => withStaffDuty([qian], '钱科长', 'leads')).toThrow(
      '“钱科长”已停用；如需恢复，请管理员在 设置→办理人员 中取消停用',
    );
    expect(() => withStaffDuty([li], ' \u200b ', 'leads')).toThrow('请填写姓名');
    expect(() => withStaffDuty([li], '长'.repeat(51), 'leads')).toThrow('姓名不能超过50个字');
  });

  it('lets a 交办 form add a new person or a further duty, never bring back a retired one', () => {
    expect(staffAddable([li, zhao, qian], '孙主任', 'leads')).toBe(true);
    expect(staffAddable([li, zhao, qian], '赵干事', 'leads')).toBe(true);
    expect(staffAddable([li, zhao, qian], '赵干事', 'handles')).toBe(false);
    expect(staffAddable([li, zhao, qian], '钱科长', 'leads')).toBe(false);
    expect(staffAddable([li], '  ', 'leads')).toBe(false);
  });

  it('refuses a list with a repeated name or a person who takes no duty, in Chinese', () => {
    expect(staffProblems([li, zhao])).toEqual([]);
    expect(staffProblems([li, { ...li, handles: true }])).toEqual(['办理人员“李矿长”重复']);
    expect(staffProblems([{ ...zhao, handles: false }])).toEqual(['请为“赵干事”选择可担任包案领导或承办人']);
    expect(staffProblems([{ ...zhao, name: '' }])).toEqual(['请填写姓名']);
  });
});
