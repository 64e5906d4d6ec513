import { describe, expect, it } from 'vitest';
import { matchPerson, repeatKeys, withheldRepeatNotice } from '../../../renderer/src/domain/repeat';

describe('recognising the same person (重复访)', () => {
  it('matches by ID number regardless of the x case and of name or phone', () => {
    expect(
      matchPerson(
        { idNumber: '11010519491231002x', name: '李秀兰' },
        { idNumber: '11010519491231002X', name: '李秀蘭' },
      ),
    ).toBe('idNumber');
  });

  it('matches by name together with phone, whatever the phone’s spelling', () => {
    expect(matchPerson({ name: '张三', phone: '0351-6012345' }, { name: '张三', phone: '03516012345' })).toBe(
      'namePhone',
    );
  });

  it('never matches by name alone', () => {
    expect(matchPerson({ name: '张三' }, { name: '张三' })).toBeNull();
    expect(matchPerson({ name: '张三', phone: '13800001111' }, { name: '张三', phone: '13900002222' })).toBeNull();
  });

  it('does not use an invalid ID number as a key', () => {
    expect(repeatKeys({ idNumber: '410602199001011234' }).idNumber).toBeNull();
    expect(repeatKeys({ name: '张三', phone: '' }).namePhone).toBeNull();
  });
});

describe('the notice for a confidential matter an account may not see (withheldRepeatNotice)', () => {
  it('names the accounts holding the 保密 grant, and nothing of the matter', () => {
    expect(withheldRepeatNotice(['管理员 王丽', '办理人 钱进'])).toBe(
      '存在需要保密权限才能查看的相关信访事项，请联系有保密权限的人员：管理员 王丽、办理人 钱进',
    );
  });

  it('says who grants it when no active account holds it', () => {
    expect(withheldRepeatNotice([])).toBe(
      '存在需要保密权限才能查看的相关信访事项，请联系有保密权限的人员（可由管理员在账号管理中授予保密权限）',
    );
  });
});
