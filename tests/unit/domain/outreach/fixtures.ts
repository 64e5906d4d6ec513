import type { ActivityInput } from '../../../../renderer/src/domain/outreach/activity';
import type { HelpInput } from '../../../../renderer/src/domain/outreach/help';
import type { SuggestionInput } from '../../../../renderer/src/domain/outreach/suggestion';
import type { Activity, Help, Suggestion } from '../../../../renderer/src/domain/outreach/types';

/** A 下访走访 of 综采一队 (unit-1-1-1, a default unit) on 2026-06-02 that found the wage arrears; tests override. */
export function activity(over: Partial<Activity> = {}): Activity {
  return {
    id: 'a-1',
    year: 2026,
    seq: 1,
    activityNo: '走〔2026〕1号',
    kind: '下访走访',
    date: '2026-06-02',
    unitId: 'unit-1-1-1',
    place: '项目部会议室',
    leader: '李矿长',
    group: '第三走访组',
    headcount: 40,
    checked: ['工资发放', '劳保用品'],
    questionnaires: 0,
    problems: [{ id: 'p-1', text: '12名职工两个月工资未发', outcome: { kind: 'open' } }],
    notes: '',
    petitionIds: [],
    riskMatterIds: [],
    createdAt: '2026-06-02T09:00:00.000',
    updatedAt: '2026-06-02T09:00:00.000',
    ...over,
  };
}

/** What the clerk types to record activity(). */
export function activityInput(over: Partial<ActivityInput> = {}): ActivityInput {
  const a = activity();
  return {
    kind: a.kind,
    date: a.date,
    unitId: a.unitId,
    place: a.place,
    leader: a.leader,
    group: a.group,
    headcount: a.headcount,
    checked: a.checked,
    questionnaires: a.questionnaires,
    notes: a.notes,
    problems: ['12名职工两个月工资未发'],
    ...over,
  };
}

/** A suggestion from a forum, collected on 2026-06-02 and not yet answered. */
export function suggestion(over: Partial<Suggestion> = {}): Suggestion {
  return {
    id: 's-1',
    year: 2026,
    seq: 1,
    suggestionNo: '建〔2026〕1号',
    topic: '班中餐',
    text: '夜班班中餐送到井下时已凉，建议配保温箱',
    proposer: { name: '王强', phone: '13912345678' },
    activityId: null,
    unitId: 'unit-1-1-1',
    collectedOn: '2026-06-02',
    department: '',
    measure: '',
    deadline: null,
    status: '未答复',
    followUpOn: null,
    answer: '',
    answeredOn: null,
    feedbackWay: null,
    createdAt: '2026-06-02T09:00:00.000',
    updatedAt: '2026-06-02T09:00:00.000',
    ...over,
  };
}

export function suggestionInput(over: Partial<SuggestionInput> = {}): SuggestionInput {
  const s = suggestion();
  return {
    topic: s.topic,
    text: s.text,
    proposer: s.proposer,
    activityId: null,
    unitId: s.unitId,
    collectedOn: s.collectedOn,
    department: '',
    measure: '',
    deadline: null,
    ...over,
  };
}

/** A help of 500.00 yuan on a 求助 petition. */
export function help(over: Partial<Help> = {}): Help {
  return {
    id: 'h-1',
    kind: '生活救助',
    amountFen: 50_000,
    date: '2026-06-05',
    approver: '工会主席',
    recipient: '困难职工刘某',
    headcount: 1,
    unitId: 'unit-1-1-1',
    petitionId: 'pet-1',
    activityId: null,
    problemId: null,
    note: '',
    recordedBy: 'u-admin',
    createdAt: '2026-06-05T09:00:00.000',
    updatedAt: '2026-06-05T09:00:00.000',
    ...over,
  };
}

export function helpInput(over: Partial<HelpInput> = {}): HelpInput {
  const h = help();
  return {
    kind: h.kind,
    amountFen: h.amountFen,
    date: h.date,
    approver: h.approver,
    recipient: h.recipient,
    headcount: h.headcount,
    unitId: h.unitId,
    petitionId: h.petitionId,
    activityId: null,
    problemId: null,
    note: '',
    ...over,
  };
}

/**
 * Seed 000's forums in the quarter whose first month is `firstMonth`: 3 座谈会 (one each month) and 78 suggestions
 * collected in its first month, 66 answered in its third, the other 12 taken up in its second.
 */
export function seed000Forums(year: number, firstMonth: number): { activities: Activity[]; suggestions: Suggestion[] } {
  const day = (monthOffset: number, dd: string) => `${year}-${String(firstMonth + monthOffset).padStart(2, '0')}-${dd}`;
  return {
    activities: [0, 1, 2].map((n) => activity({ id: `f-${n}`, kind: '座谈会', date: day(n, '15'), problems: [] })),
    suggestions: Array.from({ length: 78 }, (_, i) =>
      suggestion({
        id: `s-${i}`,
        collectedOn: day(0, '15'),
        followUpOn: i < 66 ? null : day(1, '01'),
        answeredOn: i < 66 ? day(2, '01') : null,
      }),
    ),
  };
}
