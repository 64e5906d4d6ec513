import type { CaseEnvironment } from '../caseEnvironment';
import type { CaseClockFacts } from '../deadlines';
import type { Category, Channel, IdentityType, Nature, Petition, PetitionFlags, Reception, Unit } from '../types';
import type { SATISFACTION_LEVELS } from '../workflowPayloads';

export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

/**
 * One petition as the statistics read it: compact, so 100,000 of them can be kept in memory. Built from the stored
 * records (toStatRecords) or from the ledger's in-memory rows (statRecordsFromLedger), which give the same figures.
 */
export type StatPetition = Pick<
  Petition,
  'id' | 'regNo' | 'receivedAt' | 'channel' | 'categoryId' | 'nature' | 'unitId' | 'flags' | 'status' | 'receptionCount'
> & {
  /** The distinct 身份 types of its petitioners (those recorded). */
  identityTypes: readonly IdentityType[];
  /** Null while no case action has touched the petition (registered only). */
  caseFacts: CaseClockFacts | null;
  /** 回访 result: the satisfaction the case facts record (caseFacts.followUp), or null when the case was not rated. */
  satisfaction: SatisfactionLevel | null;
};

/** One contact (接待记录) as the statistics read it. */
export type StatReception = Pick<
  Reception,
  'petitionId' | 'receivedAt' | 'channel' | 'headcount' | 'isRepeat' | 'flags'
>;

/** 'YYYY-MM-DD', both ends inclusive. */
export interface StatPeriod {
  from: string;
  to: string;
}

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

/** Whole organisation, one unit and everything under it, or the units of one 党支部. */
export type StatScope = { kind: 'all' } | { kind: 'unitSubtree'; unitId: string } | { kind: 'branch'; branch: string };

export interface StatisticsInput {
  petitions: readonly StatPetition[];
  receptions: readonly StatReception[];
  units: readonly Unit[];
  categories: readonly Category[];
  period: StatPeriod;
  scope: StatScope;
  env: CaseEnvironment;
  /**
   * The day the figures are read (the app clock's today). A period still running is evaluated as of this day:
   * the handling figures count cases due up to it, and the overdue list is the one of that day. Defaults to
   * period.to.
   */
  today?: string;
  /** How many first-level categories topCategories lists (default 5). */
  topN?: number;
}

/** A count and its share of the period's 件 (null when there are none). */
export interface CountRow<K = string | null> {
  key: K;
  name: string;
  count: number;
  share: number | null;
}

/** Per channel. 来信 and 网上信访 count in 件 only: their 批次 and 人次 are null (docs/domain.md §8). */
export interface ChannelRow {
  channel: Channel;
  name: string;
  batches: number | null;
  persons: number | null;
  pieces: number;
}

export interface OverdueCase {
  petitionId: string;
  regNo: string;
  receivedAt: string;
  unitId: string | null;
  categoryId: string | null;
  acceptedAt: string;
  /** Handling due day (handlingDue, extension and pauses included). */
  due: string;
  /** Calendar days past due on the day the list is read (asOf). */
  daysOverdue: number;
}

export interface HandlingFigures {
  /** 应办结: accepted 申诉求决 cases whose handling due day falls in [period.from, asOf]. */
  due: number;
  /** 已办结: of those, the ones whose handling finished (处理意见书 issued, or closed) on or before asOf. */
  closed: number;
  /** 按期办结: of those, finished on or before the due day. */
  closedOnTime: number;
  /**
   * 办结件数: accepted 申诉求决 cases whose handling finished (reply issued, or closed without one) in [period.from,
   * asOf], whenever they are due. What a reader means by 「本季度办结N件」; not the numerator of 办结率.
   */
  finished: number;
  /** Of the finished ones, those finished on or before their due day (按期办结件数). */
  finishedOnTime: number;
  /** 办结率 = closed ÷ due. */
  closingRate: number | null;
  /** 按期办结率 = closedOnTime ÷ due. */
  onTimeRate: number | null;
}

export interface SatisfactionFigures {
  /** 已答复: cases whose 处理意见书 was issued in the period. */
  replied: number;
  /** 参评: of those, followed up with a satisfaction. */
  rated: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** 满意率 = (满意 + 基本满意) ÷ rated. */
  satisfactionRate: number | null;
  /** 参评率 = rated ÷ replied. */
  ratingRate: number | null;
}

/** Every figure of docs/domain.md §8 for one period and scope: what the dashboard, the export and the report show. */
export interface Statistics {
  period: StatPeriod;
  scope: StatScope;
  /** The day the handling figures and the overdue list are read on: the earlier of period.to and today. */
  asOf: string;
  /** 批次: contacts in the period, 来信 and 网上信访 excepted. */
  batches: number;
  /** 人次: the sum of those contacts' headcounts. */
  persons: number;
  /** 件: petitions first received in the period. */
  pieces: number;
  byChannel: ChannelRow[];
  /** By first-level category (a second-level category counts under its parent); largest first. */
  byCategory: CountRow[];
  /** By the category chosen, second-level where there is one; largest first. */
  bySubcategory: CountRow[];
  byNature: CountRow<Nature>[];
  /** A petition counts once under every 身份 among its petitioners; '未填写' when none is recorded. */
  byIdentity: CountRow<IdentityType | null>[];
  /** By 涉及单位 (the unit itself, not rolled up); largest first. */
  byUnit: CountRow[];
  /** 件 carrying each registration flag. */
  byFlag: CountRow<keyof PetitionFlags>[];
  /** 集体访 批次 / 人次. */
  collective: { batches: number; persons: number };
  /** 越级访 批次 / 人次. */
  levelSkipping: { batches: number; persons: number };
  repeat: RepeatFigures;
  /** Decisions taken in the period: 受理, 不予受理, 转送 (转纪检监察 included). */
  acceptance: { accepted: number; rejected: number; forwarded: number };
  handling: HandlingFigures;
  satisfaction: SatisfactionFigures;
  /** The first topN rows of byCategory. */
  topCategories: CountRow[];
  /** Open 申诉求决 cases past their handling due day on asOf, longest overdue first. */
  overdue: OverdueCase[];
}

/**
 * 重复访: contacts in the period linked to an earlier petition (isRepeat). Their 批次 and 人次 are part of the
 * period's 批次 and 人次 (same channel rule); 件 counts the distinct petitions they belong to, whatever the channel.
 */
export interface RepeatFigures {
  batches: number;
  persons: number;
  pieces: number;
  /** Distinct petitions with any contact in the period (new and repeat): the base of the share. */
  contactedPieces: number;
  /** 重复访占比 = pieces ÷ contactedPieces. */
  share: number | null;
}
