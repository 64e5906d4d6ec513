import { describe, expect, it } from 'vitest';
import { DOC_KINDS, NUMBERED_DOC_KINDS, type DocKind } from '../../../renderer/src/domain/docNo';
import {
  recheckBodyProblem,
  reviewBodyProblem,
  reviewDocSeries,
  reviewPrefixProblems,
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

  it('gives a 复查意见书 its 复查机关’s own 代字 when a route sets one, else the desk’s; each 代字 counts on its own', () => {
    const team = {
      unit: '综采一队',
      reviewBody: '一号矿井',
      recheckBody: '某煤业集团有限公司',
      reviewDocPrefix: '曹矿信复查',
    };
    const organisation = { name: '某煤业集团有限公司', routes: [{ ...MINE, reviewDocPrefix: '集团信复查' }, team] };
    const own = (prefix: string) => ({ prefix, series: prefix });
    expect(reviewDocSeries(organisation, '某煤业集团有限公司信访办公室', '信复查')).toEqual(own('集团信复查'));
    expect(reviewDocSeries(organisation, '一号矿井', '信复查')).toEqual(own('曹矿信复查'));
    // No route names the body: the desk's 代字, on that 代字's counter too.
    expect(reviewDocSeries(organisation, '某能源集团有限公司', '信复查')).toEqual(own('信复查'));
    expect(reviewDocSeries({ name: '', routes: [MINE] }, '某煤业集团有限公司', '信复查')).toEqual(own('信复查'));
  });

  it('refuses a route 代字 that is malformed, another kind’s, or a second one for the same 复查机关', () => {
    expect(routeProblems({ ...MINE, reviewDocPrefix: '集团〔复查〕' })).toEqual([
      expect.stringMatching(/^一号矿井信访办公室：复查意见书文号代字不能含括号/u),
    ]);
    const printed = Object.fromEntries(
      NUMBERED_DOC_KINDS.map((kind) => [kind, DOC_KINDS[kind].defaultPrefix]),
    ) as Record<DocKind, string>;
    expect(reviewPrefixProblems([{ ...MINE, reviewDocPrefix: '信复' }], printed)).toEqual([
      '一号矿井信访办公室：复查意见书代字“信复”已是信访事项处理意见书的代字，文号会重复',
    ]);
    // The desk's own 复查意见书 代字 may be a route's too: they share its counter.
    expect(reviewPrefixProblems([{ ...MINE, reviewDocPrefix: '信复查' }], printed)).toEqual([]);
    const second = {
      ...MINE,
      unit: '二号矿井信访办公室',
      reviewBody: '某煤业集团有限公司信访办',
      reviewDocPrefix: '集团复',
    };
    expect(reviewPrefixProblems([{ ...MINE, reviewDocPrefix: '集团信复查' }, second], printed)).toEqual([
      expect.stringMatching(/^复查机关某煤业集团有限公司信访办设置了两个复查意见书代字（集团信复查、集团复）/u),
    ]);
    expect(
      reviewPrefixProblems(
        [
          { ...MINE, reviewDocPrefix: '集团信复查' },
          { ...second, reviewDocPrefix: '集团信复查' },
        ],
        printed,
      ),
    ).toEqual([]);
  });
});
