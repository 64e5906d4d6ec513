import type { RiskMatter } from '../../../../renderer/src/domain/risk/types';

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
    categoryId: 'wages',
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
