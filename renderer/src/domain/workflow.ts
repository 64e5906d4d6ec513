import { addDays, daysBetween, formatChineseDate, toLocalDate, toTimestamp } from './dates';
import {
  computeDue,
  DEFAULT_DEADLINE_RULES,
  handlingDue,
  type CaseAssignment,
  type CaseClockFacts,
  type ClockPause,
  type DeadlineRules,
} from './deadlines';
import { PETITION_STATUSES, type CaseEvent, type PetitionStatus } from './types';
import type { WorkCalendar } from './workCalendar';
import { CASE_ACTIONS, parsePayload, type ActionPayload, type CaseAction } from './workflowPayloads';

/** A case as the workflow sees it: where it stands and the facts its clocks run on. */
export interface CaseState {
  status: PetitionStatus;
  facts: CaseClockFacts;
}

export interface TransitionContext {
  now: Date;
  actor: string;
  calendar: WorkCalendar;
  /** The office's periods (settings); the Regulation's by default. */
  rules?: DeadlineRules;
}

export type TransitionResult =
  | { ok: true; status: PetitionStatus; facts: CaseClockFacts; event: Omit<CaseEvent, 'id' | 'petitionId'> }
  | { ok: false; reason: string };

type Moves = Partial<Record<CaseAction, PetitionStatus>>;
/** Actions that record something without moving the case on. */
const stay = (status: PetitionStatus, actions: CaseAction[]): Moves =>
  Object.fromEntries(actions.map((a) => [a, status]));
const HANDLING_TOOLS: CaseAction[] = ['addNote', 'extend', 'supervise', 'pauseClock', 'resumeClock'];
const DECIDING_TOOLS: CaseAction[] = ['addNote', 'supervise', 'pauseClock', 'resumeClock'];

/** The state machine of docs/domain.md §4: from each status, the allowed actions and the status each leads to. */
export const TRANSITIONS: Record<PetitionStatus, Moves> = {
  registered: {
    ...stay('registered', ['addNote']),
    accept: 'accepted',
    reject: 'rejected',
    forward: 'forwarded',
    forwardToDiscipline: 'forwarded',
  },
  accepted: { ...stay('accepted', HANDLING_TOOLS), assign: 'assigned', reply: 'replied' },
  assigned: { ...stay('assigned', HANDLING_TOOLS), startHandling: 'inProgress', reply: 'replied' },
  inProgress: { ...stay('inProgress', HANDLING_TOOLS), reply: 'replied' },
  // Closing without a follow-up is allowed: not every petitioner can be reached (参评率 < 100%, docs/domain.md §8).
  // 送达 records when a decision's letter reached the petitioner, after the decision (the letter is dated then).
  replied: {
    ...stay('replied', ['addNote', 'recordService']),
    followUp: 'followedUp',
    close: 'closed',
    requestReview: 'reviewRequested',
  },
  followedUp: {
    ...stay('followedUp', ['addNote', 'recordService']),
    close: 'closed',
    requestReview: 'reviewRequested',
  },
  closed: { ...stay('closed', ['recordService']), requestReview: 'reviewRequested' },
  reviewRequested: { ...stay('reviewRequested', DECIDING_TOOLS), decideReview: 'reviewed' },
  // A petitioner who lets the 复核 window lapse ends the matter too (终结): 办结 once the window has run out.
  reviewed: { ...stay('reviewed', ['addNote', 'recordService']), requestRecheck: 'recheckRequested', close: 'final' },
  recheckRequested: { ...stay('recheckRequested', DECIDING_TOOLS), decideRecheck: 'final' },
  rejected: {},
  forwarded: {},
  final: stay('final', ['recordService']),
  voided: {},
};

const openPause = (facts: CaseClockFacts) => (facts.pauses ?? []).find((p) => p.to === undefined);

/** A decision whose letter the petitioner must receive: the day it was made and the fact its 送达 sets. */
interface ServiceStep {
  letter: string;
  decision: string;
  decidedAt: string;
  servedAt: string | undefined;
  served: (day: string) => Partial<CaseClockFacts>;
}

/** The latest decision of the case (复核, else 复查, else 答复) and its letter; null before the reply. */
function latestDecision(f: CaseClockFacts): ServiceStep | null {
  if (f.recheckDecidedAt)
    return {
      letter: '复核意见书',
      decision: '复核决定',
      decidedAt: f.recheckDecidedAt,
      servedAt: f.recheckServedAt,
      served: (day) => ({ recheckServedAt: day }),
    };
  if (f.reviewDecidedAt)
    return {
      letter: '复查意见书',
      decision: '复查决定',
      decidedAt: f.reviewDecidedAt,
      servedAt: f.reviewServedAt,
      served: (day) => ({ reviewServedAt: day }),
    };
  if (f.repliedAt)
    return {
      letter: '处理意见书',
      decision: '答复',
      decidedAt: f.repliedAt,
      servedAt: f.servedAt,
      served: (day) => ({ servedAt: day }),
    };
  return null;
}

/** The letter 送达 would record now (its decision and the day it was made), or null when none is waiting. */
export function letterAwaitingService(
  f: CaseClockFacts,
): { letter: string; decision: string; decidedAt: string } | null {
  const step = latestDecision(f);
  return step && !step.servedAt ? { letter: step.letter, decision: step.decision, decidedAt: step.decidedAt } : null;
}

/** Refusals that depend only on the case (nature, earlier steps), so the UI can hide the action beforehand. */
const CASE_GUARDS: Partial<Record<CaseAction, (f: CaseClockFacts) => string | null>> = {
  accept: (f) => (f.nature === '检举控告' ? '检举控告类事项应转纪检监察机构处理，不在本办受理' : null),
  forwardToDiscipline: (f) => (f.nature === '检举控告' ? null : '仅检举控告类事项转纪检监察机构'),
  extend: (f) =>
    f.nature !== '申诉求决'
      ? '仅申诉求决类事项计算办理期限，无需延期'
      : f.extension
        ? `延期只能一次：本案已于${formatChineseDate(f.extension.approvedAt)}延期${f.extension.days}日`
        : null,
  pauseClock: (f) => (f.nature !== '申诉求决' ? '仅申诉求决类事项计算办理期限' : openPause(f) ? '计时已暂停' : null),
  resumeClock: (f) => (openPause(f) ? null : '计时未暂停'),
  requestReview: (f) =>
    f.nature !== '申诉求决'
      ? '仅申诉求决类事项可申请复查'
      : !f.servedAt
        ? '处理意见书尚未送达，不能申请复查'
        : f.reviewRequestedAt
          ? '本案已申请过复查'
          : null,
  requestRecheck: (f) =>
    !f.reviewServedAt ? '复查意见书尚未送达，不能申请复核' : f.recheckRequestedAt ? '本案已申请过复核' : null,
  recordService: (f) => {
    const step = latestDecision(f);
    if (!step) return '尚未作出答复，没有要送达的文书';
    return step.servedAt ? `${step.letter}已于${formatChineseDate(step.servedAt)}送达` : null;
  },
};

interface Env {
  facts: CaseClockFacts;
  today: string;
  rules: DeadlineRules;
  calendar: WorkCalendar;
}
type Outcome = { refused: string } | { text: string; facts?: Partial<CaseClockFacts>; data?: Record<string, unknown> };
type Handlers = { [A in CaseAction]: (p: ActionPayload<A>, env: Env) => Outcome };

const withNote = (text: string, note?: string) => (note ? `${text}：${note}` : text);
const d = formatChineseDate;

/** The common date checks: not in the future, not before the step it follows. */
function dateProblem(
  day: string,
  label: string,
  today: string,
  notBefore?: { day: string | undefined; label: string },
): string | null {
  if (day > today) return `${label}不能晚于今天`;
  if (notBefore?.day && day < notBefore.day.slice(0, 10))
    return `${label}不能早于${notBefore.label}（${d(notBefore.day)}）`;
  return null;
}

/** A step that ends a clock also ends an open pause, which would otherwise hold the next clock of the case. */
function endPause(facts: CaseClockFacts, today: string): Partial<CaseClockFacts> {
  const open = openPause(facts);
  if (!open) return {};
  return { pauses: (facts.pauses ?? []).map((p): ClockPause => (p === open ? { ...p, to: addDays(today, -1) } : p)) };
}

/** 复查 and 复核 run the same two steps: a request within the petitioner's window, then a decision served. */
const REVIEW_STEPS = {
  复查: {
    window: 'reviewRequest',
    letter: '处理意见书',
    served: (f: CaseClockFacts) => f.servedAt,
    requested: (f: CaseClockFacts) => f.reviewRequestedAt,
    onRequest: (day: string): Partial<CaseClockFacts> => ({ reviewRequestedAt: day }),
    onDecision: (today: string, served?: string): Partial<CaseClockFacts> => ({
      reviewDecidedAt: today,
      ...(served ? { reviewServedAt: served } : {}),
    }),
    ending: '',
  },
  复核: {
    window: 'recheckRequest',
    letter: '复查意见书',
    served: (f: CaseClockFacts) => f.reviewServedAt,
    requested: (f: CaseClockFacts) => f.recheckRequestedAt,
    onRequest: (day: string): Partial<CaseClockFacts> => ({ recheckRequestedAt: day }),
    onDecision: (today: string, served?: string): Partial<CaseClockFacts> => ({
      recheckDecidedAt: today,
      ...(served ? { recheckServedAt: served } : {}),
    }),
    ending: '。信访事项终结',
  },
} as const;
type ReviewKind = keyof typeof REVIEW_STEPS;

/** A request received after the petitioner's window closed is refused (the guards ensured the letter was served). */
function reviewRequest(kind: ReviewKind, p: { receivedAt: string; reason: string }, env: Env): Outcome {
  const step = REVIEW_STEPS[kind];
  const served = step.served(env.facts) as string;
  const problem = dateProblem(p.receivedAt, `收到${kind}请求日期`, env.today, {
    day: served,
    label: `${step.letter}送达日期`,
  });
  if (problem) return { refused: problem };
  const rule = env.rules[step.window];
  const due = computeDue(served.slice(0, 10), rule.length, rule.unit, env.calendar);
  if (p.receivedAt > due)
    return { refused: `已超过申请${kind}期限：${step.letter}于${d(served)}送达，应在${d(due)}前提出${kind}请求` };
  return { text: `收到${kind}请求：${p.reason}`, facts: step.onRequest(p.receivedAt) };
}

/**
 * A letter served together with its decision is served on the day the decision is recorded: the letter is built and
 * dated from the recorded decision, so an earlier 送达日期 would shorten the petitioner's window (Arts. 35, 36).
 */
const servedWithDecision = (servedAt: string | undefined, decision: string, today: string) =>
  servedAt === undefined ? null : dateProblem(servedAt, '送达日期', today, { day: today, label: `${decision}日期` });

function reviewDecision(
  kind: ReviewKind,
  p: { outcome: string; opinion: string; servedAt?: string },
  { facts, today }: Env,
): Outcome {
  const step = REVIEW_STEPS[kind];
  const problem = servedWithDecision(p.servedAt, `${kind}决定`, today);
  if (problem) return { refused: problem };
  const text = `${kind}意见：${p.outcome}。${p.opinion}${step.ending}`;
  return { text, facts: { ...endPause(facts, today), ...step.onDecision(today, p.servedAt) } };
}

/** 送达 of the latest decision's letter (the guard ensured there is one not yet served): its window runs from then. */
function recordService(p: { servedAt: string; method?: string }, { facts, today }: Env): Outcome {
  const step = latestDecision(facts) as ServiceStep;
  const problem = dateProblem(p.servedAt, '送达日期', today, { day: step.decidedAt, label: `${step.decision}日期` });
  if (problem) return { refused: problem };
  return {
    text: `${step.letter}于${d(p.servedAt)}送达${p.method ? `（${p.method}）` : ''}`,
    facts: step.served(p.servedAt),
  };
}

/** 办结 after 复查 (终结): only once the petitioner's 复核 window has run out unused. */
function closeAfterReview({ facts, today, rules, calendar }: Env): string | null {
  if (!facts.reviewServedAt) return '复查意见书尚未送达，申请复核期限未起算，不能办结';
  const rule = rules.recheckRequest;
  const lapses = computeDue(facts.reviewServedAt.slice(0, 10), rule.length, rule.unit, calendar);
  return today <= lapses ? `信访人申请复核的期限至${d(lapses)}届满，届满后方可办结` : null;
}

const HANDLERS: Handlers = {
  accept: (p, { facts, today, rules, calendar }) => {
    const acceptedAt = p.acceptedAt ?? today;
    const problem = dateProblem(acceptedAt, '受理日期', today, { day: facts.receivedAt, label: '收到日期' });
    if (problem) return { refused: problem };
    const next = { ...facts, acceptedAt };
    const due = next.nature === '申诉求决' ? handlingDue(next, rules, calendar, today) : null;
    return { text: withNote(due ? `受理，办理期限至${d(due)}` : '受理', p.note), facts: { acceptedAt }, data: { due } };
  },
  // closedAt ends the case's handling; the 受理告知期限 still runs until the 不予受理告知书 is issued (Art. 23).
  reject: (p, { today }) => ({
    text: `不予受理。理由：${p.reason}；告知其向${p.whereToApply}反映`,
    facts: { closedAt: today },
  }),
  forward: (p, { today }) => ({
    text: withNote(`转送${p.toBody}`, p.note),
    facts: { closedAt: today, forwardedAt: today },
  }),
  forwardToDiscipline: (p, { today }) => ({
    text: withNote(`转${p.toBody}处理（检举控告，注意保密）`, p.note),
    facts: { closedAt: today, forwardedAt: today },
  }),
  assign: (p, { facts, today, rules, calendar }) => {
    if (p.dueDate < today) return { refused: '交办期限不能早于今天' };
    const due = facts.nature === '申诉求决' ? handlingDue(facts, rules, calendar, today) : null;
    if (due && p.dueDate > due) return { refused: `交办期限不能晚于办理期限（${d(due)}）` };
    const unit = p.unitName ? `交办${p.unitName}` : '交办';
    const assignment: CaseAssignment = {
      unitId: p.unitId,
      ...(p.unitName ? { unitName: p.unitName } : {}),
      leader: p.leader,
      handler: p.handler,
      dueDate: p.dueDate,
      assignedAt: today,
    };
    return {
      text: withNote(`${unit}，包案领导${p.leader}，承办人${p.handler}，限${d(p.dueDate)}前办结`, p.instruction),
      facts: { assignment },
    };
  },
  startHandling: (p) => ({ text: withNote('开始办理', p.note) }),
  addNote: (p) => ({ text: `办理记录：${p.note}` }),
  extend: (p, { facts, today, rules, calendar }) => {
    const max = rules.extension.length;
    if (p.days > max) return { refused: `延期不得超过${max}日` };
    const approvedAt = p.approvedAt ?? today;
    const problem = dateProblem(approvedAt, '批准日期', today, { day: facts.acceptedAt, label: '受理日期' });
    if (problem) return { refused: problem };
    const original = handlingDue(facts, rules, calendar, today);
    if (!original) return { refused: '尚未受理，不能延期' };
    if (approvedAt > original) return { refused: `办理期限已于${d(original)}届满，延期应在期限届满前批准` };
    const extension = { days: p.days, approvedAt };
    const due = handlingDue({ ...facts, extension }, rules, calendar, today);
    return {
      text: `延期${p.days}日，经${p.approver}批准，理由：${p.reason}；办理期限延至${d(due ?? original)}`,
      facts: { extension },
      data: { due },
    };
  },
  supervise: (p, { facts, today }) => {
    const problem = dateProblem(p.date, '督办日期', today);
    if (problem) return { refused: problem };
    // A 督办 entered late for an earlier day does not make the latest one look older.
    const lastSupervisedAt =
      facts.lastSupervisedAt && facts.lastSupervisedAt > p.date ? facts.lastSupervisedAt : p.date;
    return {
      text: `${p.method}督办：${p.content}${p.feedback ? `；反馈：${p.feedback}` : ''}`,
      facts: { lastSupervisedAt },
    };
  },
  pauseClock: (p, { facts, today }) => {
    const from = p.from ?? today;
    const problem = dateProblem(from, '暂停日期', today, { day: facts.receivedAt, label: '收到日期' });
    if (problem) return { refused: problem };
    return { text: `暂停计时：${p.reason}`, facts: { pauses: [...(facts.pauses ?? []), { from, reason: p.reason }] } };
  },
  resumeClock: (p, { facts, today }) => {
    const open = openPause(facts) as ClockPause;
    const resumedOn = p.resumedOn ?? today;
    const problem = dateProblem(resumedOn, '恢复日期', today, { day: open.from, label: '暂停日期' });
    if (problem) return { refused: problem };
    const pauses = (facts.pauses ?? []).map((x) => (x === open ? { ...x, to: addDays(resumedOn, -1) } : x));
    return { text: `恢复计时，共暂停${daysBetween(open.from, resumedOn)}日`, facts: { pauses } };
  },
  reply: (p, { facts, today }) => {
    const problem = servedWithDecision(p.servedAt, '答复', today);
    if (problem) return { refused: problem };
    const counts = p.claims.reduce<Record<string, number>>(
      (acc, c) => ({ ...acc, [c.outcome]: (acc[c.outcome] ?? 0) + 1 }),
      {},
    );
    const summary = Object.entries(counts)
      .map(([outcome, n]) => `${outcome}${n}项`)
      .join('、');
    const service = p.servedAt ? `处理意见书于${d(p.servedAt)}送达` : '处理意见书待送达';
    return {
      text: `答复：${summary}；${service}`,
      facts: { ...endPause(facts, today), repliedAt: today, ...(p.servedAt ? { servedAt: p.servedAt } : {}) },
    };
  },
  followUp: (p, { today }) => {
    const problem = dateProblem(p.date, '回访日期', today);
    if (problem) return { refused: problem };
    return {
      text: withNote(`回访：${p.satisfaction}`, p.note),
      facts: { followUp: { date: p.date, satisfaction: p.satisfaction } },
    };
  },
  close: (p, env) => {
    const { facts, today } = env;
    if (facts.reviewDecidedAt) {
      const refused = closeAfterReview(env);
      if (refused) return { refused };
    }
    // A case closed before its 复查 keeps that first 办结 day.
    return {
      text: withNote('办结销号', p.note),
      facts: { ...endPause(facts, today), closedAt: facts.reviewDecidedAt && facts.closedAt ? facts.closedAt : today },
    };
  },
  requestReview: (p, env) => reviewRequest('复查', p, env),
  decideReview: (p, env) => reviewDecision('复查', p, env),
  requestRecheck: (p, env) => reviewRequest('复核', p, env),
  decideRecheck: (p, env) => reviewDecision('复核', p, env),
  recordService,
};

function notAllowed(status: PetitionStatus, action: CaseAction): string {
  const allowed = Object.keys(TRANSITIONS[status]).map((a) => CASE_ACTIONS[a as CaseAction]);
  const hint = allowed.length > 0 ? `；可进行：${allowed.join('、')}` : '';
  return `当前状态为“${PETITION_STATUSES[status]}”，不能${CASE_ACTIONS[action]}${hint}`;
}

/** Applies one action; an illegal one is refused with a Chinese reason and changes nothing. */
export function transition<A extends CaseAction>(
  state: CaseState,
  action: A,
  payload: unknown,
  ctx: TransitionContext,
): TransitionResult {
  if (!(action in CASE_ACTIONS)) return { ok: false, reason: `未知的操作：${String(action)}` };
  const status = TRANSITIONS[state.status][action];
  if (!status) return { ok: false, reason: notAllowed(state.status, action) };
  const guard = CASE_GUARDS[action]?.(state.facts);
  if (guard) return { ok: false, reason: guard };
  const parsed = parsePayload(action, payload);
  if (!parsed.ok) return parsed;
  const env: Env = {
    facts: state.facts,
    today: toLocalDate(ctx.now),
    rules: ctx.rules ?? DEFAULT_DEADLINE_RULES,
    calendar: ctx.calendar,
  };
  const outcome = HANDLERS[action](parsed.value, env);
  if ('refused' in outcome) return { ok: false, reason: outcome.refused };
  return {
    ok: true,
    status,
    facts: { ...state.facts, ...outcome.facts },
    event: {
      at: toTimestamp(ctx.now),
      actor: ctx.actor,
      type: action,
      text: outcome.text,
      data: { ...parsed.value, ...outcome.data },
    },
  };
}

/** The actions the case page offers now, in the order of the table. */
export function availableActions(
  status: PetitionStatus,
  facts: CaseClockFacts,
): Array<{ action: CaseAction; label: string }> {
  return (Object.keys(TRANSITIONS[status]) as CaseAction[])
    .filter((action) => !CASE_GUARDS[action]?.(facts))
    .map((action) => ({ action, label: CASE_ACTIONS[action] }));
}

/** Whether the case page offers `action` now: allowed from the status, and not refused by the case's guards. */
export function canTakeAction(status: PetitionStatus, action: CaseAction, facts: CaseClockFacts): boolean {
  return TRANSITIONS[status][action] !== undefined && !CASE_GUARDS[action]?.(facts);
}

/**
 * The step that moves each open status on, in order of preference: the first one the case allows is its next action.
 * A 检举控告 is not accepted here, so its next step is the transfer to 纪检监察. A decision whose letter is not yet
 * served goes on by 送达. 已复查 otherwise waits for the petitioner: its 办结 depends on the day (the 复核 window),
 * which this function does not know, so the board does not offer it; the case page does.
 */
const NEXT_STEPS: Partial<Record<PetitionStatus, CaseAction[]>> = {
  registered: ['accept', 'forwardToDiscipline'],
  accepted: ['assign'],
  assigned: ['startHandling', 'reply'],
  inProgress: ['reply'],
  replied: ['recordService', 'followUp'],
  followedUp: ['recordService', 'close'],
  closed: ['recordService'],
  reviewRequested: ['decideReview'],
  reviewed: ['recordService'],
  recheckRequested: ['decideRecheck'],
  final: ['recordService'],
};

/** The action the office should take next on the case (the 督办 board's button), or null when it waits for nobody. */
export function nextAction(
  status: PetitionStatus,
  facts: CaseClockFacts,
): { action: CaseAction; label: string } | null {
  const action = NEXT_STEPS[status]?.find((a) => canTakeAction(status, a, facts));
  return action ? { action, label: CASE_ACTIONS[action] } : null;
}
