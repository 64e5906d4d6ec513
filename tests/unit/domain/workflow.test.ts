import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_RULES,
  resolveDeadlineRules,
  runningDeadlines,
  type CaseClockFacts,
} from '../../../renderer/src/domain/deadlines';
import type { PetitionStatus } from '../../../renderer/src/domain/types';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import {
  availableActions,
  nextAction,
  transition,
  TRANSITIONS,
  type CaseState,
  type TransitionContext,
} from '../../../renderer/src/domain/workflow';
import type { CaseAction } from '../../../renderer/src/domain/workflowPayloads';

const calendar = createWorkCalendar();
/** Monday 2026-05-25 10:00, the clock of most cases below. */
const NOW = new Date(2026, 4, 25, 10, 0);
const ctx: TransitionContext = { now: NOW, actor: '刘专干', calendar };
const at = (day: string): TransitionContext => ({ ...ctx, now: new Date(`${day}T10:00:00`) });

/** A 申诉求决 case received 8 May, accepted 11 May, at each stage of docs/domain.md §4. */
const STAGE_FACTS: Record<PetitionStatus, CaseClockFacts> = (() => {
  const registered: CaseClockFacts = { nature: '申诉求决', receivedAt: '2026-05-08T09:30' };
  const accepted = { ...registered, acceptedAt: '2026-05-11', acceptanceNoticeIssuedAt: '2026-05-11' };
  const replied = { ...accepted, repliedAt: '2026-05-20', servedAt: '2026-05-20' };
  const reviewRequested = { ...replied, closedAt: '2026-05-21', reviewRequestedAt: '2026-05-21' };
  const reviewed = { ...reviewRequested, reviewDecidedAt: '2026-05-22', reviewServedAt: '2026-05-22' };
  const recheckRequested = { ...reviewed, recheckRequestedAt: '2026-05-23' };
  return {
    registered,
    rejected: { ...registered, closedAt: '2026-05-09' },
    forwarded: { ...registered, closedAt: '2026-05-09', forwardedAt: '2026-05-09' },
    accepted,
    assigned: accepted,
    inProgress: accepted,
    replied,
    followedUp: replied,
    closed: { ...replied, closedAt: '2026-05-21' },
    reviewRequested,
    reviewed,
    recheckRequested,
    final: { ...recheckRequested, recheckDecidedAt: '2026-05-24', recheckServedAt: '2026-05-24' },
    voided: registered,
  };
})();

const PAYLOADS: Record<CaseAction, unknown> = {
  accept: {},
  reject: { reason: '属于劳动争议仲裁受理范围', whereToApply: '当地劳动人事争议仲裁委员会' },
  forward: { toBody: '市人力资源和社会保障局' },
  forwardToDiscipline: { toBody: '纪检监察机构' },
  assign: { unitId: 'unit-1-1', unitName: '一号矿井', leader: '王矿长', handler: '李科长', dueDate: '2026-06-20' },
  startHandling: { note: '已约谈信访人' },
  addNote: { note: '调取了2025年绩效考核表' },
  extend: { approver: '赵总经理', reason: '需等待工伤认定结论', days: 30 },
  supervise: { method: '电话', date: '2026-05-25', content: '催促尽快答复', feedback: '本周内答复' },
  pauseClock: { reason: '组织听证' },
  resumeClock: {},
  reply: {
    claims: [{ claim: '补发精益奖金', outcome: '予以支持', opinion: '按考核结果补发' }],
    servedAt: '2026-05-25',
  },
  followUp: { satisfaction: '满意', date: '2026-05-25' },
  close: {},
  requestReview: { receivedAt: '2026-05-25', reason: '对补发金额有异议' },
  decideReview: { outcome: '维持', opinion: '原处理意见事实清楚', servedAt: '2026-05-25' },
  requestRecheck: { receivedAt: '2026-05-25', reason: '仍有异议' },
  decideRecheck: { outcome: '维持', opinion: '复查意见正确', servedAt: '2026-05-25' },
  recordService: { servedAt: '2026-05-25', method: '邮寄送达' },
};

/** The facts an action needs beyond its stage: a 检举控告 for the discipline route, an open pause to resume. */
function stateFor(status: PetitionStatus, action: CaseAction): CaseState {
  const facts = { ...STAGE_FACTS[status] };
  if (action === 'forwardToDiscipline') facts.nature = '检举控告';
  if (action === 'resumeClock') facts.pauses = [{ from: '2026-05-20', reason: '组织听证' }];
  // 送达 of the latest decision's letter, not yet served.
  if (action === 'recordService') {
    if (status === 'final') delete facts.recheckServedAt;
    else if (status === 'reviewed') delete facts.reviewServedAt;
    else delete facts.servedAt;
  }
  // 办结 after 复查: the 复核 window (from a 复查意见书 served 1 April) lapsed on 6 May.
  if (status === 'reviewed' && action === 'close')
    Object.assign(facts, { reviewDecidedAt: '2026-04-01', reviewServedAt: '2026-04-01' });
  return { status, facts };
}

describe('every legal transition', () => {
  const LEGAL: Array<[PetitionStatus, CaseAction, PetitionStatus]> = [
    ['registered', 'accept', 'accepted'],
    ['registered', 'reject', 'rejected'],
    ['registered', 'forward', 'forwarded'],
    ['registered', 'forwardToDiscipline', 'forwarded'],
    ['registered', 'addNote', 'registered'],
    ...(['accepted', 'assigned', 'inProgress'] as const).flatMap(
      (s): Array<[PetitionStatus, CaseAction, PetitionStatus]> => [
        [s, 'addNote', s],
        [s, 'extend', s],
        [s, 'supervise', s],
        [s, 'pauseClock', s],
        [s, 'resumeClock', s],
        [s, 'reply', 'replied'],
      ],
    ),
    ['accepted', 'assign', 'assigned'],
    ['assigned', 'startHandling', 'inProgress'],
    ['replied', 'addNote', 'replied'],
    ['replied', 'recordService', 'replied'],
    ['followedUp', 'recordService', 'followedUp'],
    ['closed', 'recordService', 'closed'],
    ['reviewed', 'recordService', 'reviewed'],
    ['reviewed', 'close', 'final'],
    ['final', 'recordService', 'final'],
    ['replied', 'followUp', 'followedUp'],
    ['replied', 'close', 'closed'],
    ['replied', 'requestReview', 'reviewRequested'],
    ['followedUp', 'addNote', 'followedUp'],
    ['followedUp', 'close', 'closed'],
    ['followedUp', 'requestReview', 'reviewRequested'],
    ['closed', 'requestReview', 'reviewRequested'],
    ...(['reviewRequested', 'recheckRequested'] as const).flatMap(
      (s): Array<[PetitionStatus, CaseAction, PetitionStatus]> => [
        [s, 'addNote', s],
        [s, 'supervise', s],
        [s, 'pauseClock', s],
        [s, 'resumeClock', s],
      ],
    ),
    ['reviewRequested', 'decideReview', 'reviewed'],
    ['reviewed', 'addNote', 'reviewed'],
    ['reviewed', 'requestRecheck', 'recheckRequested'],
    ['recheckRequested', 'decideRecheck', 'final'],
  ];

  it('this list is exactly the transition table', () => {
    const table = Object.entries(TRANSITIONS).flatMap(([from, moves]) =>
      Object.entries(moves).map(([action, to]) => `${from} ${action} ${to}`),
    );
    expect(LEGAL.map((row) => row.join(' ')).sort()).toEqual(table.sort());
  });

  it.each(LEGAL)('from %s, %s leads to %s and is recorded as a CaseEvent', (from, action, to) => {
    const result = transition(stateFor(from, action), action, PAYLOADS[action], ctx);
    if (!result.ok) throw new Error(result.reason);
    expect(result.status).toBe(to);
    expect(result.event).toMatchObject({ at: '2026-05-25T10:00:00.000', actor: '刘专干', type: action });
    expect(result.event.text.length).toBeGreaterThan(1);
    expect(result.event.data).toMatchObject(PAYLOADS[action] as object);
  });
});

describe('illegal transitions are refused with a Chinese reason', () => {
  const accepted = STAGE_FACTS.accepted;
  const extended = { ...accepted, extension: { days: 20, approvedAt: '2026-05-20' } };
  const servedApril = { ...STAGE_FACTS.replied, servedAt: '2026-04-01' };
  const complaint = { ...STAGE_FACTS.registered, nature: '检举控告' as const };
  it.each<[string, CaseState, CaseAction, unknown, string, TransitionContext?]>([
    [
      'a reply before acceptance',
      { status: 'registered', facts: STAGE_FACTS.registered },
      'reply',
      PAYLOADS.reply,
      '当前状态为“已登记”，不能答复；可进行：办理记录、受理、不予受理、转送、转纪检监察',
    ],
    [
      'a second extension',
      { status: 'inProgress', facts: extended },
      'extend',
      PAYLOADS.extend,
      '延期只能一次：本案已于2026年5月20日延期20日',
    ],
    [
      'an extension of 31 days',
      { status: 'inProgress', facts: accepted },
      'extend',
      { ...(PAYLOADS.extend as object), days: 31 },
      '延期不得超过30日',
    ],
    [
      'an extension beyond the shorter limit the office set',
      { status: 'inProgress', facts: accepted },
      'extend',
      { ...(PAYLOADS.extend as object), days: 20 },
      '延期不得超过15日',
      { ...ctx, rules: resolveDeadlineRules({ extension: { length: 15 } }) },
    ],
    [
      'an extension approved after the handling period ended',
      { status: 'inProgress', facts: { ...accepted, acceptedAt: '2026-03-02' } },
      'extend',
      PAYLOADS.extend,
      '办理期限已于2026年5月6日届满，延期应在期限届满前批准',
    ],
    [
      'an extension of a case that runs no 60-day clock',
      { status: 'inProgress', facts: { ...accepted, nature: '建议意见' } },
      'extend',
      PAYLOADS.extend,
      '仅申诉求决类事项计算办理期限，无需延期',
    ],
    [
      'a 复查 request received after the 30 days',
      { status: 'closed', facts: servedApril },
      'requestReview',
      { receivedAt: '2026-05-07', reason: '有异议' },
      '已超过申请复查期限：处理意见书于2026年4月1日送达，应在2026年5月6日前提出复查请求',
    ],
    [
      'a 复查 request for a 建议意见 case',
      { status: 'closed', facts: { ...STAGE_FACTS.closed, nature: '建议意见' } },
      'requestReview',
      PAYLOADS.requestReview,
      '仅申诉求决类事项可申请复查',
    ],
    [
      'a 复核 request after the 30 days',
      { status: 'reviewed', facts: { ...STAGE_FACTS.reviewed, reviewServedAt: '2026-04-01' } },
      'requestRecheck',
      { receivedAt: '2026-05-25', reason: '有异议' },
      '已超过申请复核期限：复查意见书于2026年4月1日送达，应在2026年5月6日前提出复核请求',
    ],
    [
      'accepting a 检举控告',
      { status: 'registered', facts: complaint },
      'accept',
      {},
      '检举控告类事项应转纪检监察机构处理，不在本办受理',
    ],
    [
      'sending a 申诉求决 to 纪检监察',
      { status: 'registered', facts: STAGE_FACTS.registered },
      'forwardToDiscipline',
      PAYLOADS.forwardToDiscipline,
      '仅检举控告类事项转纪检监察机构',
    ],
    [
      'a 不予受理 without reason or where to apply',
      { status: 'registered', facts: STAGE_FACTS.registered },
      'reject',
      { reason: ' ' },
      '请填写不予受理理由；请填写应向何处反映',
    ],
    [
      'a reply with no per-claim opinion',
      { status: 'inProgress', facts: accepted },
      'reply',
      { claims: [], servedAt: '2026-05-25' },
      '请逐项填写诉求的处理意见',
    ],
    [
      'a reply served in the future',
      { status: 'inProgress', facts: accepted },
      'reply',
      { ...(PAYLOADS.reply as object), servedAt: '2026-05-26' },
      '送达日期不能晚于今天',
    ],
    [
      'a 督办 by an unknown method',
      { status: 'inProgress', facts: accepted },
      'supervise',
      { ...(PAYLOADS.supervise as object), method: '微信' },
      '请选择督办方式（电话、文书、约谈、实地）',
    ],
    [
      'a 交办 due after the handling deadline',
      { status: 'accepted', facts: accepted },
      'assign',
      { ...(PAYLOADS.assign as object), dueDate: '2026-07-20' },
      '交办期限不能晚于办理期限（2026年7月10日）',
    ],
    [
      'acceptance dated before receipt',
      { status: 'registered', facts: STAGE_FACTS.registered },
      'accept',
      { acceptedAt: '2026-05-07' },
      '受理日期不能早于收到日期（2026年5月8日）',
    ],
    [
      'a second pause while the clock is paused',
      { status: 'inProgress', facts: { ...accepted, pauses: [{ from: '2026-05-20', reason: '听证' }] } },
      'pauseClock',
      { reason: '鉴定' },
      '计时已暂停',
    ],
    ['resuming a clock that runs', { status: 'inProgress', facts: accepted }, 'resumeClock', {}, '计时未暂停'],
    [
      'closing before the reply',
      { status: 'inProgress', facts: accepted },
      'close',
      {},
      '当前状态为“办理中”，不能办结销号；可进行：办理记录、延期、督办、暂停计时、恢复计时、答复',
    ],
    [
      'anything after 终结',
      { status: 'final', facts: STAGE_FACTS.final },
      'requestReview',
      PAYLOADS.requestReview,
      '当前状态为“已终结”，不能申请复查；可进行：送达',
    ],
    [
      'anything after 不予受理',
      { status: 'rejected', facts: STAGE_FACTS.rejected },
      'accept',
      {},
      '当前状态为“不予受理”，不能受理',
    ],
  ])('%s', (_rule, state, action, payload, reason, context = ctx) => {
    expect(transition(state, action, payload, context)).toEqual({ ok: false, reason });
  });

  it('a 复查 request on the first working day after a 30th day that fell on Labour Day is in time', () => {
    const result = transition(
      { status: 'closed', facts: { ...STAGE_FACTS.replied, servedAt: '2026-04-01' } },
      'requestReview',
      { receivedAt: '2026-05-06', reason: '有异议' },
      ctx,
    );
    expect(result).toMatchObject({ ok: true, status: 'reviewRequested', facts: { reviewRequestedAt: '2026-05-06' } });
  });
});

describe('availableActions', () => {
  const labels = (status: PetitionStatus, facts: CaseClockFacts) => availableActions(status, facts).map((a) => a.label);
  it.each<[string, PetitionStatus, CaseClockFacts, string[]]>([
    [
      'a registered 申诉求决 can be accepted, not sent to 纪检监察',
      'registered',
      STAGE_FACTS.registered,
      ['办理记录', '受理', '不予受理', '转送'],
    ],
    [
      'a registered 检举控告 goes to 纪检监察, it is not accepted here',
      'registered',
      { ...STAGE_FACTS.registered, nature: '检举控告' },
      ['办理记录', '不予受理', '转送', '转纪检监察'],
    ],
    [
      'an extended case offers no second extension',
      'inProgress',
      { ...STAGE_FACTS.accepted, extension: { days: 10, approvedAt: '2026-05-20' } },
      ['办理记录', '督办', '暂停计时', '答复'],
    ],
    [
      'a paused case offers to resume, not to pause again',
      'assigned',
      { ...STAGE_FACTS.accepted, pauses: [{ from: '2026-05-20', reason: '听证' }] },
      ['办理记录', '延期', '督办', '恢复计时', '开始办理', '答复'],
    ],
    [
      'a replied 建议意见 case can be followed up and closed, with no 复查',
      'replied',
      { ...STAGE_FACTS.replied, nature: '建议意见' },
      ['办理记录', '回访', '办结销号'],
    ],
    ['a 终结 case offers nothing', 'final', STAGE_FACTS.final, []],
  ])('%s', (_rule, status, facts, expected) => {
    expect(labels(status, facts)).toEqual(expected);
  });
});

describe('a 申诉求决 case along the whole path', () => {
  it('moves from registration to 终结, and its clocks follow each step', () => {
    let state: CaseState = { status: 'registered', facts: { nature: '申诉求决', receivedAt: '2026-05-08T09:30' } };
    const steps: Array<[string, CaseAction, unknown, PetitionStatus]> = [
      ['2026-05-11', 'accept', {}, 'accepted'],
      ['2026-05-12', 'assign', PAYLOADS.assign, 'assigned'],
      ['2026-05-13', 'startHandling', {}, 'inProgress'],
      ['2026-05-20', 'pauseClock', { reason: '组织听证' }, 'inProgress'],
      ['2026-05-30', 'resumeClock', {}, 'inProgress'],
      ['2026-06-01', 'extend', PAYLOADS.extend, 'inProgress'],
      ['2026-06-10', 'supervise', { ...(PAYLOADS.supervise as object), date: '2026-06-10' }, 'inProgress'],
      ['2026-07-01', 'reply', { ...(PAYLOADS.reply as object), servedAt: '2026-07-01' }, 'replied'],
      ['2026-07-03', 'followUp', { satisfaction: '不满意', date: '2026-07-03' }, 'followedUp'],
      ['2026-07-03', 'close', {}, 'closed'],
      ['2026-07-20', 'requestReview', { receivedAt: '2026-07-20', reason: '对补发金额有异议' }, 'reviewRequested'],
      ['2026-08-10', 'decideReview', { ...(PAYLOADS.decideReview as object), servedAt: '2026-08-10' }, 'reviewed'],
      ['2026-08-20', 'requestRecheck', { receivedAt: '2026-08-20', reason: '仍有异议' }, 'recheckRequested'],
      ['2026-09-15', 'decideRecheck', { ...(PAYLOADS.decideRecheck as object), servedAt: '2026-09-15' }, 'final'],
    ];
    const texts: string[] = [];
    for (const [day, action, payload, expected] of steps) {
      const result = transition(state, action, payload, at(day));
      if (!result.ok) throw new Error(`${day} ${action}: ${result.reason}`);
      expect(result.status).toBe(expected);
      texts.push(result.event.text);
      state = { status: result.status, facts: result.facts };
      // The 受理告知书 issued the day of acceptance, as db/documents records it: only that stops its clock.
      if (action === 'accept') state = { ...state, facts: { ...state.facts, acceptanceNoticeIssuedAt: day } };
      if (action === 'extend') {
        // 60 days from 11 May end on 10 July; the 10-day pause (20–29 May) moves that to 20 July; +30 → 19 August.
        const handling = runningDeadlines(state.facts, DEFAULT_DEADLINE_RULES, calendar, day).find(
          (d) => d.key === 'handling',
        );
        expect(handling).toMatchObject({ key: 'handling', due: '2026-08-19', extendedBy: 30, paused: false });
      }
    }
    expect(texts).toContain('受理，办理期限至2026年7月10日');
    expect(texts).toContain('恢复计时，共暂停10日');
    expect(texts).toContain('延期30日，经赵总经理批准，理由：需等待工伤认定结论；办理期限延至2026年8月19日');
    expect(texts).toContain('交办一号矿井，包案领导王矿长，承办人李科长，限2026年6月20日前办结');
    expect(runningDeadlines(state.facts, DEFAULT_DEADLINE_RULES, calendar, '2026-09-16')).toEqual([]);
  });

  it('a reply while the clock is paused ends the pause, so it cannot hold the 复查 clock later', () => {
    const paused: CaseState = {
      status: 'inProgress',
      facts: { ...STAGE_FACTS.accepted, pauses: [{ from: '2026-05-20', reason: '听证' }] },
    };
    const result = transition(paused, 'reply', PAYLOADS.reply, ctx);
    expect(result).toMatchObject({
      ok: true,
      facts: { pauses: [{ from: '2026-05-20', to: '2026-05-24', reason: '听证' }] },
    });
  });
});

describe('the facts the work views read', () => {
  it('a 交办 records the unit, 包案领导, 承办人, the due date and the day it was assigned', () => {
    const result = transition(
      { status: 'accepted', facts: STAGE_FACTS.accepted },
      'assign',
      { ...(PAYLOADS.assign as object), instruction: '一周内反馈' },
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      facts: {
        assignment: {
          unitId: 'unit-1-1',
          unitName: '一号矿井',
          leader: '王矿长',
          handler: '李科长',
          dueDate: '2026-06-20',
          assignedAt: '2026-05-25',
        },
      },
    });
  });

  it('a 交办 without a unit name keeps only the unit id, and a second 交办 replaces the first', () => {
    const first = transition(
      { status: 'accepted', facts: STAGE_FACTS.accepted },
      'assign',
      PAYLOADS.assign,
      at('2026-05-12'),
    );
    if (!first.ok) throw new Error(first.reason);
    const { unitName: _unitName, ...noName } = PAYLOADS.assign as { unitName: string };
    const again = transition(
      { status: 'accepted', facts: first.facts },
      'assign',
      { ...noName, leader: '赵书记', dueDate: '2026-06-30' },
      ctx,
    );
    if (!again.ok) throw new Error(again.reason);
    expect(again.facts.assignment).toEqual({
      unitId: 'unit-1-1',
      leader: '赵书记',
      handler: '李科长',
      dueDate: '2026-06-30',
      assignedAt: '2026-05-25',
    });
  });

  it('a refused 交办 records no assignment', () => {
    const result = transition(
      { status: 'accepted', facts: STAGE_FACTS.accepted },
      'assign',
      { ...(PAYLOADS.assign as object), dueDate: '2026-05-24' },
      ctx,
    );
    expect(result).toEqual({ ok: false, reason: '交办期限不能早于今天' });
  });

  it.each<[string, string | undefined, string, string]>([
    ['the first 督办 is recorded by its date', undefined, '2026-05-22', '2026-05-22'],
    ['a later 督办 moves the date on', '2026-05-20', '2026-05-25', '2026-05-25'],
    ['a 督办 entered late for an earlier day keeps the latest date', '2026-05-24', '2026-05-21', '2026-05-24'],
  ])('%s', (_rule, before, date, expected) => {
    const facts = { ...STAGE_FACTS.accepted, ...(before ? { lastSupervisedAt: before } : {}) };
    const result = transition(
      { status: 'inProgress', facts },
      'supervise',
      { ...(PAYLOADS.supervise as object), date },
      ctx,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.facts.lastSupervisedAt).toBe(expected);
  });

  it('a 回访 keeps its day and satisfaction in the facts, for the statistics (满意率, 参评率)', () => {
    const result = transition(
      { status: 'replied', facts: STAGE_FACTS.replied },
      'followUp',
      { satisfaction: '基本满意', date: '2026-05-24' },
      ctx,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.facts.followUp).toEqual({ date: '2026-05-24', satisfaction: '基本满意' });
  });
});

describe('nextAction', () => {
  it.each<[PetitionStatus, string | null, CaseClockFacts]>([
    ['registered', 'accept 受理', STAGE_FACTS.registered],
    ['registered', 'forwardToDiscipline 转纪检监察', { ...STAGE_FACTS.registered, nature: '检举控告' }],
    ['accepted', 'assign 交办', STAGE_FACTS.accepted],
    ['assigned', 'startHandling 开始办理', STAGE_FACTS.accepted],
    ['inProgress', 'reply 答复', STAGE_FACTS.accepted],
    ['replied', 'followUp 回访', STAGE_FACTS.replied],
    ['followedUp', 'close 办结销号', STAGE_FACTS.replied],
    ['reviewRequested', 'decideReview 复查意见', STAGE_FACTS.reviewRequested],
    ['recheckRequested', 'decideRecheck 复核意见', STAGE_FACTS.recheckRequested],
    ['reviewed', null, STAGE_FACTS.reviewed],
    ['closed', null, STAGE_FACTS.closed],
    ['rejected', null, STAGE_FACTS.rejected],
    ['forwarded', null, STAGE_FACTS.forwarded],
    ['final', null, STAGE_FACTS.final],
  ])('a case %s goes on by %s', (status, expected, facts) => {
    const next = nextAction(status, facts);
    expect(next ? `${next.action} ${next.label}` : null).toBe(expected);
    if (next) expect(availableActions(status, facts).map((a) => a.action)).toContain(next.action);
  });
});
