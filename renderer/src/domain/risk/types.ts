/**
 * The screening ledger (排查台账, docs/domain.md §10): matters found before they become petitions, each 挂号 with its
 * own number, updated as it is worked on, and 销号 only with a result per claim. A ledger of problems, not of people:
 * no field names a petitioner to watch. Pure types and lists: no Dexie or React here.
 */

/** 重大 matters go up the same day as a 专报 and are updated every working day. */
export const RISK_LEVELS = ['重大', '较大', '一般'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Where a matter was found: 走访座谈 is a problem an outreach activity found (other than a forum's), 纳入排查台账. */
export const RISK_SOURCES = ['排查', '信访事项', '座谈会', '走访座谈', '单位专报'] as const;
export type RiskSource = (typeof RISK_SOURCES)[number];

/** Kinds of screening (seed 000 counts 重点 and 普遍 apart; seed 004 screens by 季 / 月 / 旬). */
export const SCREENING_KINDS = ['重点排查', '普遍排查', '季度排查', '月度排查', '旬排查', '走访检查'] as const;
export type ScreeningKind = (typeof SCREENING_KINDS)[number];

/** The four outcomes a claim must reach before 销号 (seed 003: 领导包案 「四个到位」). */
export const RESOLUTION_KINDS = [
  '合理诉求解决到位',
  '不合理诉求解释到位',
  '确实困难帮扶救助到位',
  '违法行为处置到位',
] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

export type RiskStatus = '在办' | '已销号' | '已转信访事项';

/** One claim of the matter and, once worked out, how it was resolved. */
export interface RiskClaim {
  text: string;
  outcome: ResolutionKind | null;
}

/** A dated entry of 「更新进展」. Days are 'YYYY-MM-DD'. */
export interface RiskUpdate {
  id: string;
  matterId: string;
  day: string;
  text: string;
  /** The account that recorded it. */
  recordedBy: string;
}

/**
 * The 包案领导's confirmation that the matter is resolved: given by the leader's own account, or recorded by the office
 * with the day the leader confirmed (on paper, by phone).
 */
export interface LeaderConfirmation {
  leader: string;
  confirmedOn: string;
  by: 'leaderAccount' | 'office';
  recordedBy: string;
}

export interface RiskMatter {
  id: string;
  year: number;
  seq: number;
  /** 排〔2026〕7号 */
  riskNo: string;
  source: RiskSource;
  /** The screening that found it (source 排查), else null. */
  screeningId: string | null;
  /** The matter as the office writes it (what, where, since when): no names of people to watch. */
  problem: string;
  /** The petition category tree, and the office's own risk kind (去产能分流, 三供一业, 退休移交 …). */
  categoryId: string | null;
  riskKind: string;
  /** The day it was 挂号. */
  registeredOn: string;
  level: RiskLevel;
  unitId: string | null;
  headcount: number;
  /** 包案领导 */
  leader: string;
  /** 责任部门 and 责任人 */
  department: string;
  responsible: string;
  measures: string;
  targetDate: string;
  claims: RiskClaim[];
  /**
   * The day of the latest 「更新进展」 (the entries themselves are records of their own, read with the matter's page):
   * what the ledger's list needs to tell updated-today and behind-with-updates apart without reading every entry.
   */
  lastUpdatedOn?: string;
  status: RiskStatus;
  /** The day it left the ledger: 销号, or 转为信访事项. */
  closedOn?: string;
  confirmation?: LeaderConfirmation;
  /** The 重大风险专报 it went up in (specialReport.ts), oldest first; absent before the first. */
  specialReports?: SpecialReportRecord[];
  /** Petitions linked to it (found it, or it turned into): the petition's page finds the matter by this index. */
  petitionIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** When and to whom a 专报 went, kept on what it reported (RiskMatter.specialReports). */
export interface SpecialReportRecord {
  docNo: string;
  /** The day it was built and sent: 'YYYY-MM-DD'. */
  sentOn: string;
  /** 主送: the body it went to. */
  to: string;
  /** The account that issued it. */
  issuedBy: string;
  /**
   * What was printed, so the same 专报 can be exported again with its 文号 (重新导出) when the first file was not kept;
   * absent on 专报 issued before it was recorded.
   */
  letter?: SpecialReportPrinted;
}

/** A 专报 as printed: its content, who signed it off and in whose name it went. */
export interface SpecialReportPrinted {
  subject: string;
  sections: { heading: string; paragraphs: string[] }[];
  signer: string;
  issuer: string;
}

/** A 研判预警 suggestion the clerk dismissed (domain/risk/warnings.ts), with why. */
export interface RiskDismissal {
  key: string;
  petitionIds: string[];
  /** The newest contact behind the suggestion when it was dismissed: a newer one raises it again. */
  latestAt?: string;
  reason: string;
  dismissedBy: string;
  dismissedAt: string;
}

/** One screening (排查): its kind, day, the units it covered, and the matters it found (none is a result too). */
export interface Screening {
  id: string;
  kind: ScreeningKind;
  day: string;
  unitIds: string[];
  /** Who took part, and what was checked: as the office writes them. */
  participants: string;
  checked: string;
  matterIds: string[];
}
