import { formatActivityNo, formatSuggestionNo } from '../../domain/outreach/text';
import type { Activity, ActivityProblem, Help, Suggestion } from '../../domain/outreach/types';

/**
 * 走出去 of the sample office's 一号矿井 (unit-1-1 and its teams) around the sample quarterly report's quarter (2026
 * Q3, sampleReports.ts), so its sections 二 and 六 draft from figures. Hand-counted for 2026 Q3: 3 activities (下访走访,
 * 座谈会, 政策宣讲), 268 人次, 112 问卷; 3 problems found, 2 closed and 1 open on 9-30; 4 suggestions collected, 2 answered,
 * 1 in progress and 1 not yet answered on 9-30; 2 helps, 3 人次, 3500.00 元. The bases: 2026 Q2 one 下访走访 (40 人次)
 * and one help (1 人次, 1000.00 元); 2025 Q3 one 座谈会 (28 人次) with 2 suggestions, both answered.
 */

const at = (day: string) => `${day}T16:00:00.000`;

function activity(
  seq: number,
  fields: Pick<Activity, 'kind' | 'date' | 'unitId' | 'place' | 'leader' | 'headcount' | 'checked'> &
    Partial<Pick<Activity, 'questionnaires' | 'group' | 'notes'>>,
  problems: ActivityProblem[] = [],
): Activity {
  const year = Number(fields.date.slice(0, 4));
  return {
    id: `sample-quarter-activity-${year}-${seq}`,
    year,
    seq,
    activityNo: formatActivityNo(year, seq),
    group: '',
    notes: '',
    questionnaires: 0,
    ...fields,
    problems,
    petitionIds: [],
    riskMatterIds: [],
    createdAt: at(fields.date),
    updatedAt: at(fields.date),
  };
}

const closed = (id: string, text: string, note: string, on: string): ActivityProblem => ({
  id,
  text,
  outcome: { kind: 'closed', note, on },
});

const VISIT_Q2 = activity(
  9,
  {
    kind: '下访走访',
    date: '2026-05-20',
    unitId: 'unit-1-1-3',
    place: '机电运输队会议室',
    leader: '一号矿井副矿长孙建华',
    headcount: 40,
    checked: ['工资发放', '劳动关系'],
  },
  [closed('q2-p1', '个别职工对5月份加班工资核算有疑问', '人力资源部现场核对考勤，解释计算办法', '2026-05-20')],
);

const VISIT_Q3 = activity(
  14,
  {
    kind: '下访走访',
    date: '2026-07-16',
    unitId: 'unit-1-1-1',
    place: '综采一队学习室',
    leader: '一号矿井矿长李振国',
    group: '第一走访组',
    headcount: 86,
    checked: ['工资发放', '劳保用品'],
  },
  [
    closed('q3-p1', '6月份井下津贴比往月晚发5天', '现场协调财务科，当日发放到位', '2026-07-16'),
    closed('q3-p2', '部分职工劳保鞋超过更换周期未换发', '物资供应科补发劳保鞋46双', '2026-08-05'),
    { id: 'q3-p3', text: '综采一队更衣室屋顶漏雨', outcome: { kind: 'open' } },
  ],
);

const FORUM_Q3 = activity(15, {
  kind: '座谈会',
  date: '2026-08-19',
  unitId: 'unit-1-1-2',
  place: '掘进二队会议室',
  leader: '一号矿井党委书记王立新',
  headcount: 32,
  checked: ['征集意见建议', '通报上次建议答复情况'],
});

const SESSION_Q3 = activity(16, {
  kind: '政策宣讲',
  date: '2026-09-09',
  unitId: 'unit-1-1',
  place: '一号矿井职工活动中心',
  leader: '一号矿井工会主席陈海',
  headcount: 150,
  questionnaires: 112,
  checked: ['政策解读', '现场答疑'],
});

const FORUM_2025 = activity(11, {
  kind: '座谈会',
  date: '2025-08-21',
  unitId: 'unit-1-1-1',
  place: '综采一队会议室',
  leader: '一号矿井党委书记王立新',
  headcount: 28,
  checked: ['征集意见建议'],
});

function suggestion(
  seq: number,
  forum: Activity,
  topic: string,
  state: { followUpOn?: string; deadline?: string; answeredOn?: string; answer?: string },
): Suggestion {
  const answered = state.answeredOn !== undefined;
  return {
    id: `sample-quarter-suggestion-${forum.year}-${seq}`,
    year: forum.year,
    seq,
    suggestionNo: formatSuggestionNo(forum.year, seq),
    topic,
    text: `建议${topic}`,
    proposer: null,
    activityId: forum.id,
    unitId: forum.unitId,
    collectedOn: forum.date,
    department: '一号矿井工会',
    measure: '',
    deadline: state.deadline ?? null,
    status: answered ? '已答复' : state.followUpOn ? '跟进中' : '未答复',
    followUpOn: state.followUpOn ?? null,
    answer: state.answer ?? '',
    answeredOn: state.answeredOn ?? null,
    feedbackWay: answered ? '座谈会反馈' : null,
    createdAt: at(forum.date),
    updatedAt: at(state.answeredOn ?? state.followUpOn ?? forum.date),
  };
}

const SUGGESTIONS: Suggestion[] = [
  suggestion(21, FORUM_Q3, '井口候车室加装空调', { answeredOn: '2026-09-10', answer: '候车室空调已于9月8日安装' }),
  suggestion(22, FORUM_Q3, '班中餐增加面食品种', { answeredOn: '2026-08-30', answer: '井下班中餐每周增加两次面食' }),
  suggestion(23, FORUM_Q3, '夜班通勤车延后半小时发车', { followUpOn: '2026-08-21', deadline: '2026-10-31' }),
  suggestion(24, FORUM_Q3, '职工书屋延长开放时间', {}),
  suggestion(8, FORUM_2025, '澡堂增设储物柜', { answeredOn: '2025-09-12', answer: '已增设储物柜120个' }),
  suggestion(9, FORUM_2025, '矿灯房增加充电架', { answeredOn: '2025-09-20', answer: '已增加充电架2组' }),
];

function help(
  id: string,
  fields: Pick<Help, 'kind' | 'amountFen' | 'date' | 'headcount' | 'unitId' | 'approver'>,
): Help {
  return {
    id: `sample-quarter-help-${id}`,
    recipient: '困难职工',
    petitionId: null,
    activityId: null,
    problemId: null,
    note: '',
    recordedBy: '信访办公室',
    ...fields,
    createdAt: at(fields.date),
    updatedAt: at(fields.date),
  };
}

const HELPS: Help[] = [
  help('q2', {
    kind: '困难补助',
    amountFen: 100_000,
    date: '2026-06-15',
    headcount: 1,
    unitId: 'unit-1-1-4',
    approver: '王立新',
  }),
  help('q3-1', {
    kind: '生活救助',
    amountFen: 200_000,
    date: '2026-08-12',
    headcount: 1,
    unitId: 'unit-1-1-1',
    approver: '王立新',
  }),
  help('q3-2', {
    kind: '医疗救助',
    amountFen: 150_000,
    date: '2026-09-18',
    headcount: 2,
    unitId: 'unit-1-1-2',
    approver: '李振国',
  }),
];

/** The sample office's 走出去 records around the sample quarter: what outreachCounts reads for the reports. */
export const SAMPLE_QUARTER_OUTREACH = {
  activities: [FORUM_2025, VISIT_Q2, VISIT_Q3, FORUM_Q3, SESSION_Q3],
  suggestions: SUGGESTIONS,
  helps: HELPS,
} as const;
