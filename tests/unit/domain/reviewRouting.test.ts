import { describe, expect, it } from 'vitest';
import {
  recheckBodyProblem,
  reviewBodyProblem,
  routeOf,
  routeProblems,
  sameBody,
} from '../../../renderer/src/domain/reviewRouting';

const MINE = { unit: '一号矿井信访办公室', reviewBody: '某煤业集团有限公司', recheckBody: '某能源集团有限公司' };

describe('review routing (Arts. 35, 36)', () => {
  it('takes a body and its 信访 office for the same body', () => {
    expect(sameBody('一号矿井信访办公室', '一号矿井')).toBe(true);
    expect(sameBody('某煤业集团有限公司 信访办', '某煤业集团有限公司')).toBe(true);
    expect(sameBody('一号矿井', '某煤业集团有限公司')).toBe(false);
  });

  it('refuses a 复查 body equal to the deciding unit, with a Chinese reason', () => {
    expect(reviewBodyProblem('一号矿井信访办公室', '一号矿井')).toMatch(
      /^复查机关不能是作出处理意见的单位（一号矿井信访办公室）.*第三十五条/u,
    );
    expect(reviewBodyProblem('一号矿井信访办公室', '某煤业集团有限公司')).toBeNull();
  });

  it('refuses a 复核 body equal to the 复查 body, with a Chinese reason', () => {
    expect(recheckBodyProblem('某煤业集团有限公司信访办公室', '某煤业集团有限公司')).toMatch(
      /^复核机关不能是复查机关.*第三十六条/u,
    );
    expect(recheckBodyProblem('某煤业集团有限公司', '某能源集团有限公司')).toBeNull();
  });

  it('checks a whole route and names the unit in each message', () => {
    expect(routeProblems(MINE)).toEqual([]);
    expect(routeProblems({ ...MINE, reviewBody: '一号矿井', recheckBody: '一号矿井' })).toEqual([
      expect.stringMatching(/^一号矿井信访办公室：复查机关不能是作出处理意见的单位/u),
      expect.stringMatching(/^一号矿井信访办公室：复核机关不能是复查机关/u),
      '一号矿井信访办公室：复核机关不能是作出处理意见的单位（一号矿井信访办公室）',
    ]);
    expect(routeProblems({ unit: ' ', reviewBody: '', recheckBody: '' })).toEqual([
      '（未填写单位）：请填写作出处理意见的单位',
    ]);
  });

  it('finds the route of a deciding unit however its office is written', () => {
    expect(routeOf({ name: '某煤业集团有限公司', routes: [MINE] }, '一号矿井')).toEqual(MINE);
    expect(routeOf({ name: '某煤业集团有限公司', routes: [MINE] }, '二号矿井')).toBeNull();
  });
});
