import { defaultCategories, defaultUnits } from '../domain/defaults';
import { formatRiskNo } from '../domain/risk/riskNo';
import type { RiskLevel, RiskMatter, RiskSource, RiskUpdate, Screening, ScreeningKind } from '../domain/risk/types';

/**
 * `npm run samples`' screening ledger: the sample office (一号矿井信访办公室, sampleCase.ts) through 2026, made up but
 * consistent with its reports — the heating subsidy of the sample case (2026-0137) was a matter before it was settled,
 * and the screenings the Q3 report promised before the heating season found a 重大 matter on 2026-10-19, which went
 * up as a 专报 that day. The 月度汇总 of October 2026, the 日报 of 2026-10-20 and the 专报 are drawn from it.
 * Hand-counted for October: 挂号 5 (重大1、较大1、一般3), 销号 2, 转为信访事项 1, 在办 at its end 4; this year 挂号 9,
 * 销号 4; screenings 重点 1, 普遍 1, 月度 1, 走访 1; matters from screenings 销号 in October 2.
 */

const screening = (id: string, kind: ScreeningKind, day: string, unitIds: string[], checked: string): Screening => ({
  id,
  kind,
  day,
  unitIds,
  participants: '信访办、工会、相关单位负责人',
  checked,
  matterIds: [],
});

const SCREENINGS: Screening[] = [
  screening('sample-s1', '重点排查', '2026-09-08', ['unit-1-1'], '工资发放、绩效考核'),
  screening('sample-s2', '普遍排查', '2026-10-09', ['unit-1-1', 'unit-1-2', 'unit-1-3'], '排班休假、社会保险缴纳'),
  screening('sample-s3', '月度排查', '2026-10-15', ['unit-1-2'], '退休人员社会化管理移交'),
  screening('sample-s4', '走访检查', '2026-10-19', ['unit-1-1'], '南山生活区供暖准备、供暖费补贴发放'),
  screening('sample-s5', '重点排查', '2026-10-26', ['unit-1-1'], '劳保用品发放'),
];

interface MatterSpec {
  seq: number;
  source: RiskSource;
  screeningId?: string;
  registeredOn: string;
  level: RiskLevel;
  unitId: string;
  categoryId: string;
  riskKind?: string;
  headcount: number;
  problem: string;
  leader: string;
  department: string;
  responsible: string;
  measures: string;
  targetDate: string;
  claims: string[];
  closed?: { on: string; petition?: boolean };
  lastUpdatedOn?: string;
}

function matter(spec: MatterSpec): RiskMatter {
  const stamp = `${spec.registeredOn}T09:00:00.000`;
  const settled = spec.closed && !spec.closed.petition;
  return {
    id: `sample-r${spec.seq}`,
    year: 2026,
    seq: spec.seq,
    riskNo: formatRiskNo(2026, spec.seq),
    source: spec.source,
    screeningId: spec.screeningId ?? null,
    problem: spec.problem,
    categoryId: spec.categoryId,
    riskKind: spec.riskKind ?? '',
    registeredOn: spec.registeredOn,
    level: spec.level,
    unitId: spec.unitId,
    headcount: spec.headcount,
    leader: spec.leader,
    department: spec.department,
    responsible: spec.responsible,
    measures: spec.measures,
    targetDate: spec.targetDate,
    claims: spec.claims.map((text) => ({ text, outcome: settled ? '合理诉求解决到位' : null })),
    ...(spec.lastUpdatedOn ? { lastUpdatedOn: spec.lastUpdatedOn } : {}),
    status: spec.closed ? (spec.closed.petition ? '已转信访事项' : '已销号') : '在办',
    ...(spec.closed ? { closedOn: spec.closed.on } : {}),
    ...(settled && spec.closed
      ? {
          confirmation: {
            leader: spec.leader,
            confirmedOn: spec.closed.on,
            by: 'office' as const,
            recordedBy: 'sample',
          },
        }
      : {}),
    petitionIds: spec.source === '信访事项' ? ['sample-case'] : [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

const MATTERS: MatterSpec[] = [
  {
    seq: 1,
    source: '单位专报',
    registeredOn: '2026-03-12',
    level: '一般',
    unitId: 'unit-1-1-2',
    categoryId: 'cat-01-02',
    headcount: 7,
    problem: '掘进二队部分职工反映绩效奖金分配办法未公开，对考核结果有疑问',
    leader: '周副矿长',
    department: '人力资源科',
    responsible: '郑科长',
    measures: '公开考核细则，逐人核对考核结果',
    targetDate: '2026-04-30',
    claims: ['公开绩效奖金分配办法和考核结果'],
    closed: { on: '2026-04-20' },
  },
  {
    seq: 2,
    source: '信访事项',
    registeredOn: '2026-05-12',
    level: '较大',
    unitId: 'unit-1-1',
    categoryId: 'cat-09-03',
    riskKind: '三供一业',
    headcount: 6,
    problem: '“三供一业”移交后，南山生活区离退休职工2025—2026年采暖季供暖费补贴未发放',
    leader: '张书记',
    department: '离退休管理科',
    responsible: '刘科长',
    measures: '核对补贴发放名单，协调财务科落实资金',
    targetDate: '2026-08-31',
    claims: ['补发2025—2026年采暖季供暖费补贴', '公开补贴标准和发放时间'],
    closed: { on: '2026-08-10' },
  },
  {
    seq: 3,
    source: '排查',
    screeningId: 'sample-s1',
    registeredOn: '2026-09-08',
    level: '较大',
    unitId: 'unit-1-1-1',
    categoryId: 'cat-01-01',
    headcount: 18,
    problem: '综采一队职工反映8月工资延迟发放，部分职工夜班津贴未计入',
    leader: '李矿长',
    department: '财务科',
    responsible: '王科长',
    measures: '核对8月考勤和工资台账，限期补发',
    targetDate: '2026-10-31',
    claims: ['按时发放工资', '补计夜班津贴'],
    closed: { on: '2026-10-16' },
  },
  {
    seq: 4,
    source: '排查',
    screeningId: 'sample-s2',
    registeredOn: '2026-10-09',
    level: '一般',
    unitId: 'unit-1-2-1',
    categoryId: 'cat-02-02',
    headcount: 6,
    problem: '选煤厂生产车间职工反映国庆期间倒班后调休未落实',
    leader: '赵厂长',
    department: '选煤厂综合办公室',
    responsible: '孙主任',
    measures: '重新排定调休，公示排班表',
    targetDate: '2026-10-31',
    claims: ['落实国庆倒班调休'],
    closed: { on: '2026-10-20' },
  },
  {
    seq: 5,
    source: '排查',
    screeningId: 'sample-s2',
    registeredOn: '2026-10-09',
    level: '一般',
    unitId: 'unit-1-3-1',
    categoryId: 'cat-03-03',
    headcount: 9,
    problem: '机电安装项目部安装一队劳务派遣人员反映社会保险欠缴',
    leader: '钱经理',
    department: '项目管理科',
    responsible: '吴科长',
    measures: '核对派遣单位缴费记录',
    targetDate: '2026-11-15',
    claims: ['补缴欠缴的社会保险'],
    closed: { on: '2026-10-20', petition: true },
  },
  {
    seq: 6,
    source: '排查',
    screeningId: 'sample-s4',
    registeredOn: '2026-10-19',
    level: '重大',
    unitId: 'unit-1-1',
    categoryId: 'cat-09-03',
    riskKind: '供暖',
    headcount: 40,
    problem: '南山生活区欠缴供暖费的住户被通知暂停供暖，约40户离退休职工及家属酝酿集体到市里反映',
    leader: '张书记',
    department: '离退休管理科',
    responsible: '刘科长',
    measures: '与市热力公司协商暂缓停暖，逐户核实欠费情况',
    targetDate: '2026-11-10',
    claims: ['暂缓停暖', '困难户分期缴费'],
    lastUpdatedOn: '2026-10-20',
  },
  {
    seq: 7,
    source: '座谈会',
    registeredOn: '2026-10-20',
    level: '较大',
    unitId: 'unit-1-2',
    categoryId: 'cat-06',
    riskKind: '退休移交',
    headcount: 12,
    problem: '选煤厂退休人员座谈会上反映社会化管理移交后医疗费报销渠道不清',
    leader: '赵厂长',
    department: '选煤厂综合办公室',
    responsible: '孙主任',
    measures: '编印报销指南，设立咨询电话',
    targetDate: '2026-11-30',
    claims: ['明确医疗费报销渠道'],
  },
  {
    seq: 8,
    source: '排查',
    screeningId: 'sample-s5',
    registeredOn: '2026-10-27',
    level: '一般',
    unitId: 'unit-1-1-2',
    categoryId: 'cat-05-01',
    headcount: 15,
    problem: '掘进二队职工反映冬季劳保棉服发放不及时',
    leader: '周副矿长',
    department: '供应科',
    responsible: '冯科长',
    measures: '催办采购，先行调拨库存',
    targetDate: '2026-11-20',
    claims: ['按时发放冬季劳保棉服'],
  },
  {
    seq: 9,
    source: '单位专报',
    registeredOn: '2026-08-03',
    level: '一般',
    unitId: 'unit-1-1-4',
    categoryId: 'cat-02-03',
    headcount: 3,
    problem: '通风科职工反映岗位调整未事先征求意见',
    leader: '周副矿长',
    department: '通风科',
    responsible: '陈科长',
    measures: '说明岗位调整依据，听取职工意见',
    targetDate: '2026-11-30',
    claims: ['说明岗位调整依据'],
    lastUpdatedOn: '2026-09-25',
  },
];

export const SAMPLE_RISK_MATTERS: RiskMatter[] = MATTERS.map(matter);

/** The screenings, each listing the matters it found. */
export const SAMPLE_SCREENINGS: Screening[] = SCREENINGS.map((s) => ({
  ...s,
  matterIds: SAMPLE_RISK_MATTERS.filter((m) => m.screeningId === s.id).map((m) => m.id),
}));

const update = (seq: number, day: string, text: string): RiskUpdate => ({
  id: `sample-u${seq}-${day}`,
  matterId: `sample-r${seq}`,
  day,
  text,
  recordedBy: 'sample',
});

export const SAMPLE_RISK_UPDATES: RiskUpdate[] = [
  update(3, '2026-09-30', '财务科核对8月考勤，确认夜班津贴漏计'),
  update(3, '2026-10-12', '8月工资差额和夜班津贴已补发到个人账户'),
  update(9, '2026-09-25', '约谈通风科负责人，说明岗位调整依据'),
  update(4, '2026-10-14', '调休方案已在车间公示'),
  update(6, '2026-10-19', '张书记到南山生活区召开座谈会'),
  update(6, '2026-10-20', '离退休管理科逐户核实欠费住户38户，其中生活困难11户，帮扶方案报矿党委'),
];

/** The sample office's unit and category names, as the documents print them. */
const units = defaultUnits();
const categories = new Map(defaultCategories().map((c) => [c.id, c.name]));
export const sampleRiskNames = {
  unit: (id: string | null) => (id ? (units.find((u) => u.id === id)?.name ?? '') : ''),
  category: (id: string) => categories.get(id),
};

/** The 重大 matter of the example, which went up as a 专报 the day it was found. */
export const SAMPLE_MAJOR_MATTER_ID = 'sample-r6';
