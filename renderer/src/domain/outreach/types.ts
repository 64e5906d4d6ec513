/**
 * 走出去 (docs/domain.md §10): what the office does outside the reception room — visits, leaders' reception days,
 * forums, research, policy sessions — with the problems each found, the suggestions (意见建议) collected, and the help
 * given (帮扶救助). Pure types and lists: no Dexie or React here.
 */

/** The office's activity kinds out of the box; 设置 may add more (Settings.outreachKinds). */
export const DEFAULT_ACTIVITY_KINDS = [
  '下访走访',
  '领导接待日',
  '座谈会',
  '调研',
  '政策宣讲',
  '包联活动',
  '培训',
] as const;

export type DefaultActivityKind = (typeof DEFAULT_ACTIVITY_KINDS)[number];

/** An activity kind and what its visits check (seed 000: wages, labour relations, protective equipment, insurance). */
export interface OutreachKind {
  kind: string;
  checklist: string[];
}

const DEFAULT_CHECKLISTS: Record<DefaultActivityKind, readonly string[]> = {
  下访走访: ['工资发放', '劳动关系', '劳保用品', '工伤保险'],
  领导接待日: [],
  座谈会: ['征集意见建议', '通报上次建议答复情况'],
  调研: ['问卷调查', '职工思想动态'],
  政策宣讲: ['政策解读', '现场答疑'],
  包联活动: ['工资发放', '劳动关系', '困难帮扶'],
  培训: [],
};

export const DEFAULT_OUTREACH_KINDS: readonly OutreachKind[] = DEFAULT_ACTIVITY_KINDS.map((kind) => ({
  kind,
  checklist: [...DEFAULT_CHECKLISTS[kind]],
}));

/**
 * What became of a problem found: still open, a petition, a screening-ledger matter, or closed on the spot (with
 * what was done); `on` is the day it did, so a period's counts read each problem as it stood at the period's end.
 */
export type ProblemOutcome =
  | { kind: 'open' }
  | { kind: 'petition'; petitionId: string; on: string }
  | { kind: 'risk'; riskMatterId: string; on: string }
  | { kind: 'closed'; note: string; on: string };

export const PROBLEM_OUTCOME_LABELS: Record<ProblemOutcome['kind'], string> = {
  open: '待处理',
  petition: '转为信访事项',
  risk: '纳入排查台账',
  closed: '当场解决',
};

export interface ActivityProblem {
  id: string;
  text: string;
  outcome: ProblemOutcome;
}

/** One activity (走访座谈), numbered 走〔2026〕n号 per year. Days are 'YYYY-MM-DD'. */
export interface Activity {
  id: string;
  year: number;
  seq: number;
  activityNo: string;
  /** One of the office's kinds (Settings.outreachKinds) when it was recorded. */
  kind: string;
  date: string;
  /** The unit visited or where it was held: a 党支部 sees the activities of its own units. */
  unitId: string;
  /** 地点 as the office writes it (会议室, 工地), beside the unit. */
  place: string;
  /** Who led it, and the group that went (走访组, 调研组). */
  leader: string;
  group: string;
  /** 人次 reached. */
  headcount: number;
  /** The kind's checklist items that were checked. */
  checked: string[];
  /** 问卷 handed out. */
  questionnaires: number;
  problems: ActivityProblem[];
  /** What was done and said (the 纪要's body), as the office writes it. */
  notes: string;
  /** Derived from the problems' outcomes (activity.ts problemLinks): a petition's or matter's page finds the activity. */
  petitionIds: string[];
  riskMatterIds: string[];
  createdAt: string;
  updatedAt: string;
}

export const SUGGESTION_STATUSES = ['未答复', '跟进中', '已答复'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** How an answer reached the workers (seed 000: 已向职工反馈答复). */
export const FEEDBACK_WAYS = ['座谈会反馈', '书面答复', '当面答复', '电话答复', '公示栏公示'] as const;
export type FeedbackWay = (typeof FEEDBACK_WAYS)[number];

/** Who made a suggestion; a suggestion may be anonymous (proposer null). Personal data: masked in lists. */
export interface SuggestionProposer {
  name: string;
  phone: string;
}

/** One suggestion (意见建议), numbered 建〔2026〕n号 per year of collection. */
export interface Suggestion {
  id: string;
  year: number;
  seq: number;
  suggestionNo: string;
  topic: string;
  text: string;
  /** null: anonymous. */
  proposer: SuggestionProposer | null;
  /** The activity (a forum) it was collected at, or null (a letter box, a message). */
  activityId: string | null;
  /** The unit it concerns: the activity's unless the office names another. */
  unitId: string | null;
  collectedOn: string;
  /** 责任部门, 落实措施 and 完成时限 (on the 督办台 while unanswered). */
  department: string;
  measure: string;
  deadline: string | null;
  status: SuggestionStatus;
  /** The day it went to 跟进中, kept after the answer (counts as of a day read it). */
  followUpOn: string | null;
  answer: string;
  answeredOn: string | null;
  feedbackWay: FeedbackWay | null;
  createdAt: string;
  updatedAt: string;
}

/** Kinds of help (帮扶救助) out of the box; the field is free text, so an office's own kind is kept. */
export const HELP_KINDS = ['生活救助', '医疗救助', '困难补助', '送温暖', '助学救助', '其他帮扶'] as const;

/** One help given: on a 求助 petition, or on a problem an activity found. Amounts in fen (integer). */
export interface Help {
  id: string;
  kind: string;
  amountFen: number;
  date: string;
  /** Who approved it. */
  approver: string;
  /** Who received it, as the office writes it; personal data, withheld from a 党支部. */
  recipient: string;
  /** 人次 helped (送温暖 to a team counts each person). */
  headcount: number;
  unitId: string | null;
  petitionId: string | null;
  activityId: string | null;
  problemId: string | null;
  note: string;
  recordedBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A suggestion as a list reads it: the proposer's phone masked for the office, and no proposer at all for a 党支部
 * (`proposerWithheld`); anonymous is `proposer: null` with nothing withheld.
 */
export type SuggestionRow = Omit<Suggestion, 'proposer'> & {
  proposer: SuggestionProposer | null;
  proposerWithheld: boolean;
};

/** A help as a list reads it: for a 党支部 without whom it went to (`recipient: null`). */
export type HelpRow = Omit<Help, 'recipient'> & { recipient: string | null };
