import { parseLocalDate, toTimestamp, today } from '../domain/dates';
import { closingProblems } from '../domain/risk/closing';
import { riskMatterProblems, RISK_TEXT_LIMITS, type RiskMatterInput } from '../domain/risk/registration';
import { formatRiskNo } from '../domain/risk/riskNo';
import type { RiskClaim, RiskMatter, RiskUpdate, Screening } from '../domain/risk/types';
import type { DeskDatabase } from './database';
import { missingReferences } from './references';
import { authorize } from './session';

/**
 * 风险预控's screening ledger (docs/domain.md §10): screenings, matters 挂号 with their own number per year, dated
 * 更新进展 entries, and 销号 once every claim is resolved and the 包案领导 confirmed. Every multi-record write in one
 * transaction; every write audited (the audit middleware covers these tables).
 */

/** Why a write to the screening ledger was refused, in the clerk's words. */
export class RiskLedgerError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'RiskLedgerError';
  }
}

/** The per-year counter of 排〔year〕n号 in settings. */
export function riskNoCounterKey(year: number): string {
  return `riskNo:${year}`;
}

export type ScreeningInput = Omit<Screening, 'id' | 'matterIds'>;

export async function recordScreening(db: DeskDatabase, input: ScreeningInput, now: Date): Promise<Screening> {
  authorize(db, 'risks.manage');
  const problems: string[] = [];
  if (parseLocalDate(input.day) === null) problems.push('排查日期无效');
  else if (input.day > today(now)) problems.push('排查日期不能晚于今天');
  for (const [text, label] of [
    [input.participants, '参加人员'],
    [input.checked, '排查内容'],
  ] as const)
    if ([...text].length > RISK_TEXT_LIMITS.problem) problems.push(`${label}不能超过${RISK_TEXT_LIMITS.problem}字`);
  if (problems.length > 0) throw new RiskLedgerError(problems);
  const screening: Screening = { ...input, id: crypto.randomUUID(), matterIds: [] };
  return db.transaction('rw', [db.screenings, db.units], async () => {
    const units = await db.units.bulkGet(input.unitIds);
    if (units.some((u) => u === undefined)) throw new RiskLedgerError(['所选排查范围中有单位已不存在，请重新选择']);
    await db.screenings.add(screening);
    return screening;
  });
}

/** 挂号: the matter gets the next 排〔year〕n号 of the year it was 挂号 in; a screening lists the matters it found. */
export async function registerRiskMatter(db: DeskDatabase, input: RiskMatterInput, now: Date): Promise<RiskMatter> {
  authorize(db, 'risks.manage');
  const problems = Object.values(riskMatterProblems(input));
  if (input.registeredOn > today(now)) problems.push('挂号日期不能晚于今天');
  if (problems.length > 0) throw new RiskLedgerError(problems);
  const stamp = toTimestamp(now);
  const year = Number(input.registeredOn.slice(0, 4));
  const petitionIds = [...new Set(input.petitionIds ?? [])];
  const tables = [db.riskMatters, db.screenings, db.settings, db.categories, db.units, db.petitions];
  return db.transaction('rw', tables, async () => {
    const missing = await missingReferences(db, {
      categoryId: input.categoryId,
      unitId: input.unitId,
      petitioners: [],
    });
    if (Object.keys(missing).length > 0) throw new RiskLedgerError(Object.values(missing));
    const screening = input.screeningId ? await db.screenings.get(input.screeningId) : undefined;
    if (input.screeningId && !screening) throw new RiskLedgerError(['所选排查记录已不存在']);
    if ((await db.petitions.bulkGet(petitionIds)).some((p) => p === undefined))
      throw new RiskLedgerError(['所关联的信访事项中有的已不存在，请刷新后重试']);
    const key = riskNoCounterKey(year);
    const counter = await db.settings.get(key);
    const seq = (typeof counter?.value === 'number' ? counter.value : 0) + 1;
    await db.settings.put({ key, value: seq });
    const matter: RiskMatter = {
      ...input,
      problem: input.problem.trim(),
      measures: input.measures.trim(),
      leader: input.leader.trim(),
      department: input.department.trim(),
      responsible: input.responsible.trim(),
      riskKind: input.riskKind.trim(),
      claims: input.claims.map((c) => ({ text: c.text.trim(), outcome: c.outcome })).filter((c) => c.text !== ''),
      id: crypto.randomUUID(),
      year,
      seq,
      riskNo: formatRiskNo(year, seq),
      status: '在办',
      petitionIds,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.riskMatters.add(matter);
    if (screening) await db.screenings.update(screening.id, { matterIds: [...screening.matterIds, matter.id] });
    return matter;
  });
}

/** 更新进展: a dated entry, and the matter's latest update day moves with it. */
export async function addRiskUpdate(
  db: DeskDatabase,
  matterId: string,
  entry: { day: string; text: string },
  now: Date,
): Promise<RiskUpdate> {
  const actor = authorize(db, 'risks.manage');
  const text = entry.text.trim();
  return db.transaction('rw', [db.riskMatters, db.riskUpdates], async () => {
    const matter = await db.riskMatters.get(matterId);
    if (!matter) throw new RiskLedgerError(['该事项已不存在']);
    const problems: string[] = [];
    if (matter.status !== '在办') problems.push(`${matter.riskNo}已不在办，不能再更新进展`);
    if (text === '') problems.push('请填写进展情况');
    else if ([...text].length > RISK_TEXT_LIMITS.problem)
      problems.push(`进展情况不能超过${RISK_TEXT_LIMITS.problem}字`);
    if (parseLocalDate(entry.day) === null) problems.push('进展日期无效');
    else if (entry.day > today(now)) problems.push('进展日期不能晚于今天');
    else if (entry.day < matter.registeredOn) problems.push('进展日期不能早于挂号日期');
    if (problems.length > 0) throw new RiskLedgerError(problems);
    const update: RiskUpdate = { id: crypto.randomUUID(), matterId, day: entry.day, text, recordedBy: actor.userId };
    await db.riskUpdates.add(update);
    const latest = matter.lastUpdatedOn && matter.lastUpdatedOn > entry.day ? matter.lastUpdatedOn : entry.day;
    await db.riskMatters.update(matterId, { lastUpdatedOn: latest, updatedAt: toTimestamp(now) });
    return update;
  });
}

export interface RiskClosingInput {
  claims: RiskClaim[];
  /** The day the 包案领导 confirmed; `byLeaderAccount` when the leader confirms signed in as themself. */
  confirmedOn: string;
  byLeaderAccount: boolean;
}

/**
 * 销号: every claim with one of the four 到位 outcomes, confirmed by the matter's 包案领导 — signed in as themself (a
 * 领导 account of that name), or recorded by the office with the day the leader confirmed.
 */
export async function closeRiskMatter(
  db: DeskDatabase,
  matterId: string,
  input: RiskClosingInput,
  now: Date,
): Promise<RiskMatter> {
  const actor = authorize(db, 'risks.manage');
  return db.transaction('rw', [db.riskMatters], async () => {
    const matter = await db.riskMatters.get(matterId);
    if (!matter) throw new RiskLedgerError(['该事项已不存在']);
    if (input.byLeaderAccount && (actor.role !== 'leader' || actor.displayName !== matter.leader))
      throw new RiskLedgerError([
        `只有包案领导${matter.leader}本人的账号可以直接确认销号；其他账号请登记领导确认的日期`,
      ]);
    const closing = {
      claims: input.claims.map((c) => ({ text: c.text.trim(), outcome: c.outcome })),
      confirmation: {
        leader: matter.leader,
        confirmedOn: input.confirmedOn,
        by: input.byLeaderAccount ? ('leaderAccount' as const) : ('office' as const),
        recordedBy: actor.userId,
      },
      closedOn: today(now),
    };
    const problems = closingProblems(matter, closing);
    if (problems.length > 0) throw new RiskLedgerError(problems);
    const closed: RiskMatter = {
      ...matter,
      claims: closing.claims,
      confirmation: closing.confirmation,
      status: '已销号',
      closedOn: closing.closedOn,
      updatedAt: toTimestamp(now),
    };
    await db.riskMatters.put(closed);
    return closed;
  });
}

/** Every matter of the screening ledger (10,000 are a few megabytes: the list filters them in memory). */
export async function listRiskMatters(db: DeskDatabase): Promise<RiskMatter[]> {
  authorize(db, 'risks.view');
  return db.riskMatters.toArray();
}

/** One matter of the screening ledger, or null when it no longer exists. */
export async function getRiskMatter(db: DeskDatabase, matterId: string): Promise<RiskMatter | null> {
  authorize(db, 'risks.view');
  return (await db.riskMatters.get(matterId)) ?? null;
}

/** The screenings, newest first (a 挂号 from a screening names one). */
export async function listScreenings(db: DeskDatabase): Promise<Screening[]> {
  authorize(db, 'risks.view');
  return (await db.screenings.orderBy('day').toArray()).reverse();
}

/** A matter's 更新进展, oldest first. */
export async function riskUpdatesOf(db: DeskDatabase, matterId: string): Promise<RiskUpdate[]> {
  authorize(db, 'risks.view');
  const updates = await db.riskUpdates.where('matterId').equals(matterId).toArray();
  return updates.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The matters a petition is linked to (the petition's page shows them). */
export async function riskMattersOfPetition(db: DeskDatabase, petitionId: string): Promise<RiskMatter[]> {
  authorize(db, 'risks.view');
  return db.riskMatters.where('petitionIds').equals(petitionId).toArray();
}
