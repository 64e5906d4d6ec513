import type { EmergencyLocation } from '../risk/emergency';
import type { SpecialReportRecord } from '../risk/types';

/**
 * 突发信访事件 (docs/domain.md §10, seed 004): a group gathering at a unit, in the city, at the province or in Beijing.
 * Reported → leaders on the scene within the limit of where it happens → 劝返, 情况报告, 通报代表 … → 善后 → cause
 * analysis, 损失评估 and lessons, with any 备用金 spent. Like the screening ledger, a record of an event, not of people:
 * the leaders who went are named, the petitioners are not. Moments are local 'YYYY-MM-DDTHH:mm', days 'YYYY-MM-DD'.
 */

/** Kinds of a step of the 处置经过. */
export const EMERGENCY_STEP_KINDS = ['劝返', '情况报告', '通报代表', '其他'] as const;
export type EmergencyStepKind = (typeof EMERGENCY_STEP_KINDS)[number];

export type EmergencyStatus = '处置中' | '已结束';

/** Who reached the scene, and when: one entry, the moment the first of the leaders named arrived. */
export interface EmergencyArrival {
  /** The leaders as the office writes them (「张书记、李矿长」). */
  leaders: string;
  arrivedAt: string;
  /** The account that recorded it. */
  recordedBy: string;
}

/** One dated entry of the 处置经过 timeline. */
export interface EmergencyStep {
  id: string;
  at: string;
  kind: EmergencyStepKind;
  text: string;
  recordedBy: string;
}

/** A 善后 measure with its deadline; it may be ticked done after the 处置 ended (善后 goes on). */
export interface AftercareMeasure {
  id: string;
  text: string;
  deadline: string;
  /** The day it was done, or null while it is being carried out. */
  doneOn: string | null;
}

/** What the office writes once the event is over: 原因分析, 损失评估, 经验教训 and the 备用金 spent. */
export interface EmergencyAnalysis {
  causeAnalysis: string;
  lossAssessment: string;
  lessons: string;
  /** 备用金 spent, in yuan (at most two decimals); 0 when none was. */
  reserveFundYuan: number;
}

export interface Emergency extends EmergencyAnalysis {
  id: string;
  /** When the office was told of it: the arrival limit runs from here. */
  reportedAt: string;
  location: EmergencyLocation;
  /** Where exactly (公司机关大门口, 北京市西城区 …). */
  place: string;
  headcount: number;
  /** 诉求, as the group put them. */
  demands: string;
  /** The units the group comes from or the matter concerns. */
  unitIds: string[];
  /** The screening-ledger matter that escalated to this emergency (升级为突发事件), if any. */
  riskMatterId: string | null;
  /**
   * Hours to the arrival limit, fixed when the event was registered: a later change of the office's limits in settings
   * does not turn a past on-time arrival into a late one.
   */
  arrivalLimitHours: number;
  arrival: EmergencyArrival | null;
  steps: EmergencyStep[];
  aftercare: AftercareMeasure[];
  status: EmergencyStatus;
  /** The moment the 处置 was ended (结束处置). */
  closedAt: string | null;
  /** 重大风险专报 the event went up in (domain/emergency/specialReport.ts); absent before the first. */
  specialReports?: SpecialReportRecord[];
  createdAt: string;
  updatedAt: string;
}

/** What the clerk types to register an emergency (登记突发事件); the limit comes from the office's settings. */
export type EmergencyInput = Pick<
  Emergency,
  'reportedAt' | 'location' | 'place' | 'headcount' | 'demands' | 'unitIds' | 'riskMatterId'
>;
