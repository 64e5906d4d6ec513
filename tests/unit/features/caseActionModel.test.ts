import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  claimRowsFromDemands,
  daysLeftText,
  eventLabel,
  isCaseAction,
  mainAction,
  successMessage,
  toActionPayload,
} from '../../../renderer/src/features/petition/case/caseActionModel';
import { withUnitName } from '../../../renderer/src/features/petition/case/forms/AssignForm';
import type { Unit } from '../../../renderer/src/domain/types';
import { CASE_ACTIONS, parsePayload, type CaseAction } from '../../../renderer/src/domain/workflowPayloads';

describe('the 答复 rows a petition suggests', () => {
  it.each([
    ['补发拖欠工资', ['补发拖欠工资']],
    ['1. 补发拖欠工资\n2、缴纳社保', ['补发拖欠工资', '缴纳社保']],
    [
      '（1）补发工资\r\n(2) 赔偿损失\n①道歉\n一、调岗\n- 公开说明',
      ['补发工资', '赔偿损失', '道歉', '调岗', '公开说明'],
    ],
    ['补发工资\n\n   \n缴纳社保  ', ['补发工资', '缴纳社保']],
  ])('one row per demand line of %j', (demands, claims) => {
    expect(claimRowsFromDemands(demands)).toEqual(claims.map((claim) => ({ claim, opinion: '' })));
  });

  it('a figure that starts a demand is kept', () => {
    expect(claimRowsFromDemands('3个月工资未发')).toEqual([{ claim: '3个月工资未发', opinion: '' }]);
  });

  it('no demands give one empty row to fill in', () => {
    expect(claimRowsFromDemands('  \n')).toEqual([{ claim: '', opinion: '' }]);
  });
});

describe('form values become a payload', () => {
  it('picked days become YYYY-MM-DD, nested rows included', () => {
    const payload = toActionPayload({
      servedAt: dayjs('2026-05-25T15:00'),
      claims: [{ claim: '补发工资', outcome: '予以支持', opinion: '已补发' }],
    });
    expect(payload).toEqual({
      servedAt: '2026-05-25',
      claims: [{ claim: '补发工资', outcome: '予以支持', opinion: '已补发' }],
    });
    expect(parsePayload('reply', payload).ok).toBe(true);
  });

  it('empty fields are left out: an optional one is absent, a required one asks to be filled in', () => {
    const payload = toActionPayload({ acceptedAt: null, note: '' });
    expect(payload).toEqual({});
    expect(parsePayload('accept', payload).ok).toBe(true);
    expect(parsePayload('addNote', toActionPayload({ note: '' }))).toEqual({ ok: false, reason: '请填写办理情况' });
  });

  it('numbers pass unchanged', () => {
    expect(toActionPayload({ days: 30 })).toEqual({ days: 30 });
  });
});

describe('the case page', () => {
  it.each<[CaseAction[], CaseAction | null]>([
    [['addNote', 'accept', 'reject', 'forward'], 'accept'],
    [['addNote', 'reject', 'forward', 'forwardToDiscipline'], 'forwardToDiscipline'],
    [['addNote', 'extend', 'assign', 'reply'], 'assign'],
    [['addNote', 'followUp', 'close', 'requestReview'], 'followUp'],
    [['requestReview'], null],
  ])('among %j the main next step is %s', (available, main) => {
    expect(mainAction(available)).toBe(main);
  });

  it('every action has its success message and its label in the timeline', () => {
    for (const action of Object.keys(CASE_ACTIONS) as CaseAction[]) {
      expect(successMessage(action)).toMatch(/^已/);
      expect(eventLabel(action)).toBe(CASE_ACTIONS[action]);
    }
    expect(eventLabel('registered')).toBe('登记');
  });

  it('only the keys of CASE_ACTIONS are actions', () => {
    expect(isCaseAction('accept')).toBe(true);
    expect(isCaseAction('toString')).toBe(false);
    expect(isCaseAction('drop')).toBe(false);
  });

  it.each([
    [12, '剩12天'],
    [0, '今天到期'],
    [-3, '超期3天'],
  ])('%i days left reads %s', (days, text) => {
    expect(daysLeftText(days)).toBe(text);
  });

  it('交办 names the chosen unit beside its id', () => {
    const units: Unit[] = [{ id: 'u1', parentId: null, name: '综采一队', partyBranch: '', order: 0 }];
    expect(withUnitName({ unitId: 'u1', leader: '李' }, units)).toEqual({
      unitId: 'u1',
      unitName: '综采一队',
      leader: '李',
    });
    expect(withUnitName({ unitId: 'gone' }, units)).toEqual({ unitId: 'gone' });
  });
});
