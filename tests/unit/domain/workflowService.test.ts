import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES, runningDeadlines, type CaseClockFacts } from '../../../renderer/src/domain/deadlines';
import type { PetitionStatus } from '../../../renderer/src/domain/types';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import {
  availableActions,
  nextAction,
  transition,
  type CaseState,
  type TransitionContext,
} from '../../../renderer/src/domain/workflow';
import type { CaseAction } from '../../../renderer/src/domain/workflowPayloads';

/**
 * 送达 (service) as its own step: a letter is built and dated after the decision is recorded, then handed over or
 * mailed; the petitioner's window runs from the day it was actually served, never from an earlier day typed to get
 * past the form.
 */
const calendar = createWorkCalendar();
const at = (day: string): TransitionContext => ({ now: new Date(`${day}T10:00:00`), actor: '刘专干', calendar });

const accepted: CaseClockFacts = {
  nature: '申诉求决',
  receivedAt: '2026-05-08',
  acceptedAt: '2026-05-11',
  acceptanceNoticeIssuedAt: '2026-05-11',
};
const REPLY = { claims: [{ claim: '补发精益奖金', outcome: '予以支持', opinion: '按考核结果补发' }] };
/** Replied on 20 May, the 处理意见书 not yet served. */
const unservedReply: CaseClockFacts = { ...accepted, repliedAt: '2026-05-20' };
/** 复查 decided on 22 June, its 复查意见书 not yet served. */
const unservedReview: CaseClockFacts = {
  ...unservedReply,
  servedAt: '2026-05-21',
  reviewRequestedAt: '2026-06-01',
  reviewDecidedAt: '2026-06-22',
};
const servedReview: CaseClockFacts = { ...unservedReview, reviewServedAt: '2026-06-24' };

function run(state: CaseState, action: CaseAction, payload: unknown, day: string): CaseState {
  const result = transition(state, action, payload, at(day));
  if (!result.ok) throw new Error(`${day} ${action}: ${result.reason}`);
  return { status: result.status, facts: result.facts };
}

describe('答复 without a 送达日期, then 送达 (a 处理意见书 sent by post)', () => {
  it('a reply may leave the service day out: the handling clock stops, the 复查 window does not start yet', () => {
    const result = transition({ status: 'inProgress', facts: accepted }, 'reply', REPLY, at('2026-05-20'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.facts.repliedAt).toBe('2026-05-20');
    expect(result.facts.servedAt).toBeUndefined();
    expect(result.event.text).toBe('答复：予以支持1项；处理意见书待送达');
    expect(runningDeadlines(result.facts, DEFAULT_DEADLINE_RULES, calendar, '2026-05-21')).toEqual([]);
  });

  it('a reply handed over in person may carry the service day, which cannot be before the reply itself', () => {
    expect(
      transition(
        { status: 'inProgress', facts: accepted },
        'reply',
        { ...REPLY, servedAt: '2026-05-19' },
        at('2026-05-20'),
      ),
    ).toEqual({
      ok: false,
      reason: '送达日期不能早于答复日期（2026年5月20日）',
    });
    const served = transition(
      { status: 'inProgress', facts: accepted },
      'reply',
      { ...REPLY, servedAt: '2026-05-20' },
      at('2026-05-20'),
    );
    expect(served).toMatchObject({
      ok: true,
      facts: { servedAt: '2026-05-20' },
      event: { text: '答复：予以支持1项；处理意见书于2026年5月20日送达' },
    });
  });

  it('送达 records the day and the method, and the 30-day 复查 window runs from it', () => {
    const served = transition(
      { status: 'replied', facts: unservedReply },
      'recordService',
      { servedAt: '2026-05-23', method: '邮寄送达' },
      at('2026-05-25'),
    );
    if (!served.ok) throw new Error(served.reason);
    expect(served.status).toBe('replied');
    expect(served.facts.servedAt).toBe('2026-05-23');
    expect(served.event).toMatchObject({
      type: 'recordService',
      text: '处理意见书于2026年5月23日送达（邮寄送达）',
      data: { servedAt: '2026-05-23', method: '邮寄送达' },
    });
    const windows = runningDeadlines(served.facts, DEFAULT_DEADLINE_RULES, calendar, '2026-05-25');
    expect(windows).toMatchObject([{ key: 'reviewRequest', start: '2026-05-23', due: '2026-06-22' }]);
  });

  it.each<[string, PetitionStatus, CaseClockFacts, unknown, string, string]>([
    [
      'served before the reply was made',
      'replied',
      unservedReply,
      { servedAt: '2026-05-19' },
      '2026-05-25',
      '送达日期不能早于答复日期（2026年5月20日）',
    ],
    [
      'served in the future',
      'replied',
      unservedReply,
      { servedAt: '2026-05-26' },
      '2026-05-25',
      '送达日期不能晚于今天',
    ],
    ['without a day', 'replied', unservedReply, { method: '直接送达' }, '2026-05-25', '请填写送达日期'],
    [
      'a letter already served',
      'replied',
      { ...unservedReply, servedAt: '2026-05-21' },
      { servedAt: '2026-05-22' },
      '2026-05-25',
      '处理意见书已于2026年5月21日送达',
    ],
    [
      'a 复查意见书 served before the decision',
      'reviewed',
      unservedReview,
      { servedAt: '2026-06-21' },
      '2026-06-25',
      '送达日期不能早于复查决定日期（2026年6月22日）',
    ],
    [
      'before anything was decided',
      'inProgress',
      accepted,
      { servedAt: '2026-05-22' },
      '2026-05-25',
      '当前状态为“办理中”，不能送达；可进行：办理记录、延期、督办、暂停计时、恢复计时、答复',
    ],
  ])('送达 is refused %s', (_rule, status, facts, payload, day, reason) => {
    expect(transition({ status, facts }, 'recordService', payload, at(day))).toEqual({ ok: false, reason });
  });

  it('申请复查 is refused until the 处理意见书 is served', () => {
    expect(
      transition(
        { status: 'replied', facts: unservedReply },
        'requestReview',
        { receivedAt: '2026-05-25', reason: '有异议' },
        at('2026-05-25'),
      ),
    ).toEqual({
      ok: false,
      reason: '处理意见书尚未送达，不能申请复查',
    });
  });

  it.each<[PetitionStatus, CaseClockFacts]>([
    ['replied', unservedReply],
    ['followedUp', { ...unservedReply, followUp: { date: '2026-05-21', satisfaction: '满意' } }],
    ['closed', { ...unservedReply, closedAt: '2026-05-22' }],
    ['reviewed', unservedReview],
  ])('an unserved letter makes 送达 the next step of a %s case', (status, facts) => {
    expect(nextAction(status, facts)).toEqual({ action: 'recordService', label: '送达' });
  });

  it('a served reply offers no 送达, and goes on by 回访', () => {
    const facts = { ...unservedReply, servedAt: '2026-05-21' };
    expect(availableActions('replied', facts).map((a) => a.action)).not.toContain('recordService');
    expect(nextAction('replied', facts)).toEqual({ action: 'followUp', label: '回访' });
  });
});

describe('复查意见 and 复核意见 served later', () => {
  it('a 复查 decision may leave the service day out; 送达 later opens the 复核 window from that day', () => {
    const requested: CaseState = {
      status: 'reviewRequested',
      facts: { ...unservedReply, servedAt: '2026-05-21', reviewRequestedAt: '2026-06-01' },
    };
    const decided = run(requested, 'decideReview', { outcome: '维持', opinion: '原处理意见并无不当' }, '2026-06-22');
    expect(decided).toMatchObject({ status: 'reviewed', facts: { reviewDecidedAt: '2026-06-22' } });
    expect(decided.facts.reviewServedAt).toBeUndefined();
    expect(
      transition(decided, 'requestRecheck', { receivedAt: '2026-06-23', reason: '仍有异议' }, at('2026-06-23')),
    ).toEqual({ ok: false, reason: '复查意见书尚未送达，不能申请复核' });
    const served = run(decided, 'recordService', { servedAt: '2026-06-24', method: '邮寄送达' }, '2026-06-26');
    expect(served.facts.reviewServedAt).toBe('2026-06-24');
    expect(runningDeadlines(served.facts, DEFAULT_DEADLINE_RULES, calendar, '2026-06-26')).toMatchObject([
      { key: 'recheckRequest', start: '2026-06-24', due: '2026-07-24' },
    ]);
  });

  it('a 复查 decision served with it cannot be dated before the decision', () => {
    const requested: CaseState = {
      status: 'reviewRequested',
      facts: { ...unservedReply, servedAt: '2026-05-21', reviewRequestedAt: '2026-06-01' },
    };
    expect(
      transition(
        requested,
        'decideReview',
        { outcome: '维持', opinion: '并无不当', servedAt: '2026-06-21' },
        at('2026-06-22'),
      ),
    ).toEqual({
      ok: false,
      reason: '送达日期不能早于复查决定日期（2026年6月22日）',
    });
  });

  it('a 复核意见书 is served after the case is 终结, and only once', () => {
    const requested: CaseState = {
      status: 'recheckRequested',
      facts: { ...servedReview, recheckRequestedAt: '2026-07-01' },
    };
    const decided = run(requested, 'decideRecheck', { outcome: '维持', opinion: '复查意见正确' }, '2026-07-20');
    expect(decided.status).toBe('final');
    expect(nextAction('final', decided.facts)).toEqual({ action: 'recordService', label: '送达' });
    const served = transition(decided, 'recordService', { servedAt: '2026-07-21' }, at('2026-07-22'));
    expect(served).toMatchObject({
      ok: true,
      status: 'final',
      facts: { recheckServedAt: '2026-07-21' },
      event: { text: '复核意见书于2026年7月21日送达' },
    });
    if (!served.ok) return;
    expect(availableActions('final', served.facts)).toEqual([]);
    expect(nextAction('final', served.facts)).toBeNull();
  });
});

describe('办结 after 复查 when the petitioner asks for no 复核 (终结)', () => {
  it('is refused while the 复核 window runs, with the day it lapses', () => {
    // Served 24 June: 30 days end Friday 24 July.
    expect(transition({ status: 'reviewed', facts: servedReview }, 'close', {}, at('2026-07-24'))).toEqual({
      ok: false,
      reason: '信访人申请复核的期限至2026年7月24日届满，届满后方可办结',
    });
  });

  it('is refused while the 复查意见书 is not served: the window has not started', () => {
    expect(transition({ status: 'reviewed', facts: unservedReview }, 'close', {}, at('2026-08-30'))).toEqual({
      ok: false,
      reason: '复查意见书尚未送达，申请复核期限未起算，不能办结',
    });
  });

  it('ends the case once the window has lapsed', () => {
    const result = transition(
      { status: 'reviewed', facts: servedReview },
      'close',
      { note: '信访人未申请复核' },
      at('2026-07-25'),
    );
    expect(result).toMatchObject({
      ok: true,
      status: 'final',
      facts: { closedAt: '2026-07-25' },
      event: { text: '办结销号：信访人未申请复核' },
    });
    if (result.ok) expect(runningDeadlines(result.facts, DEFAULT_DEADLINE_RULES, calendar, '2026-07-25')).toEqual([]);
  });
});

describe('the 受理告知期限 after the acceptance decision (F)', () => {
  const registered: CaseState = { status: 'registered', facts: { nature: '申诉求决', receivedAt: '2026-05-08' } };
  const noticeRunning = (state: CaseState) =>
    runningDeadlines(state.facts, DEFAULT_DEADLINE_RULES, calendar, '2026-05-12').some(
      (d) => d.key === 'acceptanceNotice',
    );

  it('不予受理 closes the case but the written 不予受理告知书 is still owed', () => {
    const rejected = run(
      registered,
      'reject',
      { reason: '属于劳动争议', whereToApply: '劳动人事争议仲裁委员会' },
      '2026-05-11',
    );
    expect(rejected.facts.closedAt).toBe('2026-05-11');
    expect(noticeRunning(rejected)).toBe(true);
  });

  it.each<[CaseAction, unknown, CaseClockFacts['nature']]>([
    ['forward', { toBody: '市人力资源和社会保障局' }, '申诉求决'],
    ['forwardToDiscipline', { toBody: '纪检监察机构' }, '检举控告'],
  ])('%s records the day the matter left, which stops it', (action, payload, nature) => {
    const forwarded = run({ ...registered, facts: { ...registered.facts, nature } }, action, payload, '2026-05-11');
    expect(forwarded.facts).toMatchObject({ closedAt: '2026-05-11', forwardedAt: '2026-05-11' });
    expect(noticeRunning(forwarded)).toBe(false);
  });
});
