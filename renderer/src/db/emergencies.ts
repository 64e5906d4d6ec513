import { toLocalDateTime, toTimestamp, today } from '../domain/dates';
import {
  aftercareProblems,
  analysisProblems,
  arrivalProblems,
  closingProblems,
  emergencyInputProblems,
  stepProblems,
} from '../domain/emergency/rules';
import type {
  Emergency,
  EmergencyAnalysis,
  EmergencyInput,
  EmergencyStep,
  EmergencyStepKind,
} from '../domain/emergency/types';
import { changeRecord } from './changeRecord';
import type { DeskDatabase } from './database';
import { RiskLedgerError } from './riskLedger';
import { authorize } from './session';
import { getSettings } from './settings';

/**
 * 突发信访事件 (docs/domain.md §10): registered with the arrival limit of its location as the office's settings have it
 * then, its arrival, steps, 善后 measures and analysis written to the one record, and 结束处置 once the report can be
 * told whole. The same roles as the screening ledger (risks.manage writes, risks.view reads); every write audited
 * (the audit middleware covers the table). Refusals are RiskLedgerError, the screening ledger's.
 */

/** 登记突发事件; from a screening-ledger matter when `riskMatterId` names one (升级为突发事件). */
export async function registerEmergency(db: DeskDatabase, input: EmergencyInput, now: Date): Promise<Emergency> {
  authorize(db, 'risks.manage');
  const problems = Object.values(emergencyInputProblems(input, toLocalDateTime(now)));
  if (problems.length > 0) throw new RiskLedgerError(problems);
  return db.transaction('rw', [db.emergencies, db.units, db.riskMatters, db.settings], async () => {
    const units = await db.units.bulkGet(input.unitIds);
    if (units.some((u) => u === undefined)) throw new RiskLedgerError(['所选涉及单位中有单位已不存在，请重新选择']);
    const matter = input.riskMatterId ? await db.riskMatters.get(input.riskMatterId) : undefined;
    if (input.riskMatterId && !matter) throw new RiskLedgerError(['所升级的排查台账事项已不存在']);
    if (matter && matter.status !== '在办')
      throw new RiskLedgerError([`${matter.riskNo}${matter.status}，不能升级为突发事件`]);
    const { arrivalLimits } = await getSettings(db);
    const stamp = toTimestamp(now);
    const emergency: Emergency = {
      ...input,
      place: input.place.trim(),
      demands: input.demands.trim(),
      id: crypto.randomUUID(),
      arrivalLimitHours: arrivalLimits[input.location],
      arrival: null,
      steps: [],
      aftercare: [],
      causeAnalysis: '',
      lossAssessment: '',
      lessons: '',
      reserveFundYuan: 0,
      status: '处置中',
      closedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.emergencies.add(emergency);
    return emergency;
  });
}

/** Reads the event, lets `change` check and change it, and stores it: one transaction, refused with the reasons. */
async function changeEmergency(
  db: DeskDatabase,
  id: string,
  now: Date,
  change: (e: Emergency, nowMoment: string) => { problems: string[]; next: () => Emergency },
): Promise<Emergency> {
  const missing = () => new RiskLedgerError(['该突发事件已不存在']);
  return changeRecord(db, db.emergencies, id, { now, missing }, (current) => {
    const { problems, next } = change(current, toLocalDateTime(now));
    if (problems.length > 0) throw new RiskLedgerError(problems);
    return next();
  });
}

/** 记录到场: who reached the scene, and when. */
export async function recordArrival(
  db: DeskDatabase,
  id: string,
  arrival: { leaders: string; arrivedAt: string },
  now: Date,
): Promise<Emergency> {
  const actor = authorize(db, 'risks.manage');
  return changeEmergency(db, id, now, (e, moment) => ({
    problems: arrivalProblems(e, arrival, moment),
    next: () => ({
      ...e,
      arrival: { leaders: arrival.leaders.trim(), arrivedAt: arrival.arrivedAt, recordedBy: actor.userId },
    }),
  }));
}

/** 添加处置步骤: the timeline stays in the order of its moments. */
export async function addEmergencyStep(
  db: DeskDatabase,
  id: string,
  step: { at: string; kind: EmergencyStepKind; text: string },
  now: Date,
): Promise<Emergency> {
  const actor = authorize(db, 'risks.manage');
  return changeEmergency(db, id, now, (e, moment) => ({
    problems: stepProblems(e, step, moment),
    next: () => {
      const entry: EmergencyStep = {
        id: crypto.randomUUID(),
        ...step,
        text: step.text.trim(),
        recordedBy: actor.userId,
      };
      return { ...e, steps: [...e.steps, entry].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)) };
    },
  }));
}

/** A 善后 measure with its deadline. */
export async function addAftercare(
  db: DeskDatabase,
  id: string,
  measure: { text: string; deadline: string },
  now: Date,
): Promise<Emergency> {
  authorize(db, 'risks.manage');
  return changeEmergency(db, id, now, (e) => ({
    problems: aftercareProblems(e, measure),
    next: () => ({
      ...e,
      aftercare: [
        ...e.aftercare,
        { id: crypto.randomUUID(), text: measure.text.trim(), deadline: measure.deadline, doneOn: null },
      ],
    }),
  }));
}

/** Ticks a 善后 measure done today, or back to being carried out; allowed after the 处置 ended (善后 goes on). */
export async function setAftercareDone(
  db: DeskDatabase,
  id: string,
  measureId: string,
  done: boolean,
  now: Date,
): Promise<Emergency> {
  authorize(db, 'risks.manage');
  return changeEmergency(db, id, now, (e) => ({
    problems: e.aftercare.some((m) => m.id === measureId) ? [] : ['该善后措施已不存在'],
    next: () => ({
      ...e,
      aftercare: e.aftercare.map((m) => (m.id === measureId ? { ...m, doneOn: done ? today(now) : null } : m)),
    }),
  }));
}

/** 原因分析, 损失评估, 经验教训 and 备用金, saved as the office writes them. */
export async function saveEmergencyAnalysis(
  db: DeskDatabase,
  id: string,
  analysis: EmergencyAnalysis,
  now: Date,
): Promise<Emergency> {
  authorize(db, 'risks.manage');
  return changeEmergency(db, id, now, (e) => ({
    problems: analysisProblems(e, analysis),
    next: () => ({
      ...e,
      causeAnalysis: analysis.causeAnalysis.trim(),
      lossAssessment: analysis.lossAssessment.trim(),
      lessons: analysis.lessons.trim(),
      reserveFundYuan: analysis.reserveFundYuan,
    }),
  }));
}

/** 结束处置 at `closedAt` (domain/emergency/rules.ts closingProblems says when it may). */
export async function closeEmergency(db: DeskDatabase, id: string, closedAt: string, now: Date): Promise<Emergency> {
  authorize(db, 'risks.manage');
  return changeEmergency(db, id, now, (e, moment) => ({
    problems: closingProblems(e, closedAt, moment),
    next: () => ({ ...e, status: '已结束', closedAt }),
  }));
}

/** Every emergency, latest report first (a few a year: read whole). */
export async function listEmergencies(db: DeskDatabase): Promise<Emergency[]> {
  authorize(db, 'risks.view');
  const all = await db.emergencies.toArray();
  return all.sort((a, b) => (a.reportedAt < b.reportedAt ? 1 : a.reportedAt > b.reportedAt ? -1 : 0));
}

export async function getEmergency(db: DeskDatabase, id: string): Promise<Emergency | null> {
  authorize(db, 'risks.view');
  return (await db.emergencies.get(id)) ?? null;
}

/** The emergencies a screening-ledger matter escalated to. */
export async function emergenciesOfRiskMatter(db: DeskDatabase, riskMatterId: string): Promise<Emergency[]> {
  authorize(db, 'risks.view');
  return db.emergencies.where('riskMatterId').equals(riskMatterId).toArray();
}
