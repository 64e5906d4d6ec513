import { describe, expect, it } from 'vitest';
import { readCount, readPeople } from '../../../../renderer/src/domain/import/readPeople';

describe('the people of a ledger cell', () => {
  it.each([
    ['张三', ['张三'], null, 1, false],
    ['张三、李四', ['张三', '李四'], null, 2, false],
    ['张三,李四', ['张三', '李四'], null, 2, false],
    ['张三， 李四；王五', ['张三', '李四', '王五'], null, 3, false],
    ['张三、李四等12人', ['张三', '李四'], 12, 12, false],
    ['张三等 30 名', ['张三'], 30, 30, false],
    ['王五等十二人', ['王五'], 12, 12, false],
    ['王五等', ['王五'], null, 2, true],
    ['张三、李四、王五等2人', ['张三', '李四', '王五'], 2, 3, false],
    ['', [], null, 0, false],
    ['王　五', ['王五'], null, 1, false],
    ['王 五', ['王五'], null, 1, false],
    ['李 小 龙、张三', ['李小龙', '张三'], null, 2, false],
    ['张三 李四', ['张三', '李四'], null, 2, false],
    ['张三　李四', ['张三', '李四'], null, 2, false],
    ['王　五 张三', ['王五', '张三'], null, 2, false],
  ])('%s → %j, stated %s, headcount %d', (value, names, statedCount, headcount, moreUnstated) => {
    expect(readPeople(value)).toEqual({ names, statedCount, headcount, moreUnstated, anonymous: false });
  });

  it.each(['匿名', '（匿名）', '不详'])('reads %s as no name given', (value) => {
    expect(readPeople(value)).toEqual({
      names: [],
      statedCount: null,
      headcount: 0,
      moreUnstated: false,
      anonymous: true,
    });
  });

  it.each([
    ['12', 12],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两', 2],
    ['一百二十', 120],
    ['一百零五', 105],
    ['', null],
    ['许多', null],
  ])('counts %s as %s', (text, count) => {
    expect(readCount(text)).toBe(count);
  });
});
