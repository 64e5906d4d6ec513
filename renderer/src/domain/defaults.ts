import type { DeadlineOverrides } from './deadlines';
import type { DocKind } from './docNo';
import { DEFAULT_STALENESS_RULES, type StalenessRules } from './risk/staleness';
import { DEFAULT_WARNING_THRESHOLDS, type WarningThresholds } from './risk/warnings';
import { DEFAULT_ARRIVAL_LIMITS, type ArrivalLimits } from './risk/emergency';
import { DEFAULT_OUTREACH_KINDS, type OutreachKind } from './outreach/types';
import type { LetterKind, LetterTemplates } from './letterTemplates';
import { EMPTY_ORGANISATION, type Organisation } from './reviewRouting';
import type { StaffMember } from './staff';
import type { Category, Unit } from './types';
import type { CustomArrangements } from './workCalendar';

/** Office-wide settings (系统设置); every field has a default so a fresh database works. */
export interface Settings {
  /** 单位名称, printed on letters and forms. */
  orgName: string;
  /** 集体访 from this headcount up. */
  collectiveThreshold: number;
  attachmentMaxBytes: number;
  /** 临期: due within this many days. */
  dueSoonDays: number;
  /** 本机使用人: the name recorded as the actor of case actions and the handler "my cases" lists. */
  operatorName: string;
  /** 文号代字 per kind; a kind without one uses DOC_KINDS' default. */
  docNoPrefixes: Partial<Record<DocKind, string>>;
  /** The office's wording per letter kind; a kind without one uses DEFAULT_LETTER_TEMPLATES. */
  letterTemplates: { [K in LetterKind]?: LetterTemplates[K] };
  /** The office's own periods (docs/domain.md §5), within the statutory ones. */
  deadlineOverrides: DeadlineOverrides;
  /** Holiday arrangements the office entered for years chinese-days does not cover, keyed by year. */
  holidayArrangements: CustomArrangements;
  /** 自动锁定: the desk locks after this many minutes without keyboard or mouse input. */
  idleLockMinutes: number;
  /** The office's organisation and, per deciding unit, its 复查 and 复核 bodies (Arts. 35, 36). */
  organisation: Organisation;
  /** 主送机关 of the 研判分析报告 (GB/T 9704 §7.3.3), printed under its title; empty prints none. */
  reportAddressee: string;
  /** 办理人员: the people 包案领导 and 承办人 are chosen from (staff.ts). */
  staff: StaffMember[];
  /** 研判预警: when the desk suggests a matter to 挂号 (docs/domain.md §10). */
  riskWarningThresholds: WarningThresholds;
  /** 每日一更新: working days a matter in 办 may go without 「更新进展」, per level. */
  riskStalenessRules: StalenessRules;
  /** 突发信访事件: hours from the report to the leaders' arrival, per location class (domain/risk/emergency.ts). */
  arrivalLimits: ArrivalLimits;
  /** 走访座谈: the activity kinds the office records, each with its checklist (domain/outreach/kinds.ts). */
  outreachKinds: OutreachKind[];
}

export const DEFAULT_SETTINGS: Settings = {
  orgName: '某煤业集团有限公司信访办公室',
  collectiveThreshold: 5,
  attachmentMaxBytes: 10 * 1024 * 1024,
  dueSoonDays: 3,
  operatorName: '',
  docNoPrefixes: {},
  letterTemplates: {},
  deadlineOverrides: {},
  holidayArrangements: {},
  idleLockMinutes: 10,
  organisation: EMPTY_ORGANISATION,
  // The company's party committee receives the quarterly analysis (seed 001); the office may name another body.
  reportAddressee: '公司党委',
  staff: [],
  riskWarningThresholds: DEFAULT_WARNING_THRESHOLDS,
  riskStalenessRules: DEFAULT_STALENESS_RULES,
  arrivalLimits: DEFAULT_ARRIVAL_LIMITS,
  outreachKinds: DEFAULT_OUTREACH_KINDS.map((k) => ({ kind: k.kind, checklist: [...k.checklist] })),
};

/** docs/domain.md §6: first level with its second-level items; an editable synthesis, not an official list. */
const CATEGORY_TREE: [string, string[]][] = [
  ['工资福利', ['拖欠工资', '绩效/精益奖金分配']],
  ['劳动关系', ['劳动合同', '排班休假', '岗位调整']],
  ['社会保险', ['养老', '医疗', '欠缴']],
  ['工伤与职业病', ['工伤认定与待遇', '尘肺病']],
  ['劳动保护', ['劳保用品', '安全生产']],
  ['离退休待遇', []],
  ['内退与分流安置', ['去产能']],
  ['企业改制与集体企业', []],
  ['住房与三供一业', ['房改', '供水', '供电', '供热', '物业']],
  ['采煤沉陷与征地', []],
  ['困难帮扶', []],
  ['干部作风与检举控告', []],
  ['涉法涉诉', []],
  ['意见建议', []],
  ['其他', []],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The default categories with stable ids ('cat-01', 'cat-01-02') so seeds and tests can name them. */
export function defaultCategories(): Category[] {
  const result: Category[] = [];
  CATEGORY_TREE.forEach(([name, children], i) => {
    const id = `cat-${pad(i + 1)}`;
    result.push({ id, parentId: null, name, order: i + 1 });
    children.forEach((child, j) => result.push({ id: `${id}-${pad(j + 1)}`, parentId: id, name: child, order: j + 1 }));
  });
  return result;
}

interface UnitSeed {
  name: string;
  partyBranch: string;
  children?: UnitSeed[];
}

/** An example organisation the office edits into its own: 公司 → 矿/厂/项目部 → 区队/科室. */
const UNIT_TREE: UnitSeed = {
  name: '某煤业集团有限公司',
  partyBranch: '机关党支部',
  children: [
    {
      name: '一号矿井',
      partyBranch: '一号矿井机关党支部',
      children: [
        { name: '综采一队', partyBranch: '综采一队党支部' },
        { name: '掘进二队', partyBranch: '掘进二队党支部' },
        { name: '机电运输队', partyBranch: '机电运输队党支部' },
        { name: '通风科', partyBranch: '一号矿井机关党支部' },
      ],
    },
    {
      name: '选煤厂',
      partyBranch: '选煤厂党支部',
      children: [
        { name: '生产车间', partyBranch: '选煤厂生产党支部' },
        { name: '综合办公室', partyBranch: '选煤厂党支部' },
      ],
    },
    {
      name: '机电安装项目部',
      partyBranch: '机电安装项目部党支部',
      children: [
        { name: '安装一队', partyBranch: '机电安装项目部党支部' },
        { name: '项目管理科', partyBranch: '机电安装项目部党支部' },
      ],
    },
  ],
};

/** The example unit tree, ids 'unit-1', 'unit-1-2', 'unit-1-2-3' (the path of positions). */
export function defaultUnits(): Unit[] {
  const result: Unit[] = [];
  const walk = (seed: UnitSeed, id: string, parentId: string | null, order: number) => {
    result.push({ id, parentId, name: seed.name, partyBranch: seed.partyBranch, order });
    seed.children?.forEach((child, i) => walk(child, `${id}-${i + 1}`, id, i + 1));
  };
  walk(UNIT_TREE, 'unit-1', null, 1);
  return result;
}
