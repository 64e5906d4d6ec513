import type { RiskMatterInput } from '../../../../renderer/src/domain/risk/registration';
import type { RiskMatter, Screening } from '../../../../renderer/src/domain/risk/types';

/** A matter in 办 on the screening ledger, 挂号 on 2026-06-02; tests override what they look at. */
export function riskMatter(over: Partial<RiskMatter> = {}): RiskMatter {
  return {
    id: 'r-1',
    year: 2026,
    seq: 7,
    riskNo: '排〔2026〕7号',
    source: '排查',
    screeningId: 's-1',
    problem: '综采一队12名职工反映4、5月工资未足额发放',
    categoryId: 'cat-01',
    riskKind: '',
    registeredOn: '2026-06-02',
    level: '较大',
    unitId: 'unit-1',
    headcount: 12,
    leader: '李矿长',
    department: '人力资源部',
    responsible: '王科长',
    measures: '核对工资台账，约谈项目部',
    targetDate: '2026-06-30',
    claims: [],
    status: '在办',
    petitionIds: [],
    createdAt: '2026-06-02T09:00:00.000',
    updatedAt: '2026-06-02T09:00:00.000',
    ...over,
  };
}

/** What the clerk types to 挂号 a matter like riskMatter(), from a unit's 专报 (no screening needed on file). */
export function riskMatterInput(over: Partial<RiskMatterInput> = {}): RiskMatterInput {
  const m = riskMatter();
  return {
    source: '单位专报',
    screeningId: null,
    problem: m.problem,
    categoryId: m.categoryId,
    riskKind: m.riskKind,
    registeredOn: '2026-05-20',
    level: m.level,
    unitId: m.unitId,
    headcount: m.headcount,
    leader: m.leader,
    department: m.department,
    responsible: m.responsible,
    measures: m.measures,
    targetDate: m.targetDate,
    claims: [{ text: '补发4、5月工资', outcome: null }],
    ...over,
  };
}

/** A screening of a kind on a day, covering no units and finding nothing on file. */
export const screening = (kind: Screening['kind'], day: string): Screening => ({
  id: `s-${day}-${kind}`,
  kind,
  day,
  unitIds: [],
  participants: '',
  checked: '',
  matterIds: [],
});
