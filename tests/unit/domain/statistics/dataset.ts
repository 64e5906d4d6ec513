import type { CaseClockFacts } from '../../../../renderer/src/domain/deadlines';
import { defaultCategories } from '../../../../renderer/src/domain/defaults';
import type { SatisfactionLevel, StatPetition, StatReception } from '../../../../renderer/src/domain/statistics';
import type {
  Channel,
  IdentityType,
  Nature,
  PetitionFlags,
  PetitionStatus,
  Unit,
} from '../../../../renderer/src/domain/types';

/**
 * A hand-made office: 15 petitions and 20 contacts over 2025–2026. The tests' expected figures are counted by hand
 * from the table below, not by the code under test; the comments give the working.
 *
 * Units and their 党支部 (an empty branch belongs to the parent's):
 *   公司 机关党支部
 *   ├ 一号矿井 一矿党支部 ─┬ 综采一队 综采党支部
 *   │                      └ 通风科 (—, so 一矿党支部)
 *   └ 选煤厂 选煤厂党支部 ─┬ 生产车间 选煤厂生产党支部
 *                          └ 综合办公室 (—, so 选煤厂党支部)
 */
export const UNITS: Unit[] = [
  { id: 'co', parentId: null, name: '公司', partyBranch: '机关党支部', order: 1 },
  { id: 'k1', parentId: 'co', name: '一号矿井', partyBranch: '一矿党支部', order: 1 },
  { id: 'k1-zc', parentId: 'k1', name: '综采一队', partyBranch: '综采党支部', order: 1 },
  { id: 'k1-tf', parentId: 'k1', name: '通风科', partyBranch: '', order: 2 },
  { id: 'xm', parentId: 'co', name: '选煤厂', partyBranch: '选煤厂党支部', order: 2 },
  { id: 'xm-sc', parentId: 'xm', name: '生产车间', partyBranch: '选煤厂生产党支部', order: 1 },
  { id: 'xm-zh', parentId: 'xm', name: '综合办公室', partyBranch: '', order: 2 },
];

/** The default categories: cat-01 工资福利 (-01 拖欠工资, -02 绩效/精益奖金分配), cat-03 社会保险 (-01 养老, -02 医疗), cat-06 离退休待遇, cat-09 住房与三供一业 (-03 供电). */
export const CATEGORIES = defaultCategories();

const NO_FLAGS: PetitionFlags = {
  collective: false,
  jointLetter: false,
  anonymous: false,
  levelSkipping: false,
  lawRelated: false,
};

interface Spec {
  id: string;
  at: string;
  channel: Channel;
  category: string | null;
  nature: Nature;
  unit: string | null;
  who: IdentityType[];
  headcount?: number;
  flags?: Partial<PetitionFlags>;
  status?: PetitionStatus;
  facts?: Partial<CaseClockFacts>;
  satisfaction?: SatisfactionLevel;
}

/*
 * Handling due days (60 calendar days from acceptance, moved off rest days and holidays):
 *   P1 04-02 → 06-01 Mon          P2 04-10 → 06-09 Tue          P3 05-07 → 07-06
 *   P8 02-11 → 04-12 Sun → 04-13  P9 04-01 → 05-31 Sun → 06-01
 *   P10 01-06 → 03-07 Sat → 03-09, extended 30 days → 04-08 Wed
 *   P14 2025-10-11 → 2025-12-10   P15 2025-12-22 → 2026-02-20 + 10 paused days → 03-02 Mon
 */
const SPECS: Spec[] = [
  // Received in 2026 Q2.
  {
    id: 'P1',
    at: '2026-04-01T00:00',
    channel: '来访',
    category: 'cat-01-01',
    nature: '申诉求决',
    unit: 'k1-zc',
    who: ['在职职工'],
    status: 'closed',
    facts: { acceptedAt: '2026-04-02', repliedAt: '2026-05-20', servedAt: '2026-05-20', closedAt: '2026-05-28' },
    satisfaction: '满意',
  },
  {
    id: 'P2',
    at: '2026-04-10T09:00',
    channel: '来信',
    category: 'cat-01-02',
    nature: '申诉求决',
    unit: 'k1-tf',
    who: ['离退休人员'],
    flags: { jointLetter: true },
    status: 'inProgress',
    facts: { acceptedAt: '2026-04-10' },
  },
  {
    id: 'P3',
    at: '2026-05-06T10:00',
    channel: '来访',
    category: 'cat-03-01',
    nature: '申诉求决',
    unit: 'xm',
    who: ['在职职工', '职工家属'],
    headcount: 6,
    flags: { collective: true },
    status: 'replied',
    facts: { acceptedAt: '2026-05-07', repliedAt: '2026-06-20', servedAt: '2026-06-20' },
  },
  { id: 'P4', at: '2026-06-30T23:59', channel: '网上信访', category: 'cat-06', nature: '咨询', unit: 'xm-sc', who: [] },
  {
    id: 'P5',
    at: '2026-05-15T08:30',
    channel: '来访',
    category: 'cat-09-03',
    nature: '建议意见',
    unit: null,
    who: ['周边群众'],
    headcount: 2,
    flags: { levelSkipping: true },
    status: 'followedUp',
    facts: { acceptedAt: '2026-05-15', repliedAt: '2026-05-25', servedAt: '2026-05-25' },
    satisfaction: '基本满意',
  },
  {
    id: 'P6',
    at: '2026-06-02T15:00',
    channel: '来电',
    category: 'cat-01-01',
    nature: '申诉求决',
    unit: 'k1-zc',
    who: ['在职职工'],
    status: 'rejected',
    facts: { closedAt: '2026-06-03' },
  },
  {
    id: 'P7',
    at: '2026-04-20T11:00',
    channel: '上级转送',
    category: 'cat-03-02',
    nature: '检举控告',
    unit: 'k1',
    who: ['在职职工'],
    status: 'forwarded',
    facts: { forwardedToUs: true, closedAt: '2026-04-22' },
  },
  // 2026 Q1.
  {
    id: 'P8',
    at: '2026-02-10T09:00',
    channel: '来访',
    category: 'cat-01-01',
    nature: '申诉求决',
    unit: 'k1-zc',
    who: ['在职职工'],
    status: 'closed',
    facts: { acceptedAt: '2026-02-11', repliedAt: '2026-04-08', servedAt: '2026-04-08', closedAt: '2026-04-15' },
    satisfaction: '不满意',
  },
  {
    id: 'P9',
    at: '2026-03-31T23:59',
    channel: '来访',
    category: 'cat-01-02',
    nature: '申诉求决',
    unit: 'xm',
    who: ['内退人员'],
    status: 'followedUp',
    facts: { acceptedAt: '2026-04-01', repliedAt: '2026-06-05', servedAt: '2026-06-05' },
    satisfaction: '满意',
  },
  {
    id: 'P10',
    at: '2026-01-05T10:00',
    channel: '来访',
    category: 'cat-09-03',
    nature: '申诉求决',
    unit: 'k1-tf',
    who: ['离退休人员'],
    status: 'replied',
    facts: {
      acceptedAt: '2026-01-06',
      extension: { days: 30, approvedAt: '2026-03-01' },
      repliedAt: '2026-04-07',
      servedAt: '2026-04-07',
    },
  },
  // 2025.
  {
    id: 'P11',
    at: '2025-04-15T09:00',
    channel: '来访',
    category: 'cat-01-01',
    nature: '申诉求决',
    unit: 'k1-zc',
    who: ['在职职工'],
    headcount: 3,
    status: 'closed',
    facts: { acceptedAt: '2025-04-16', repliedAt: '2025-05-20', servedAt: '2025-05-20', closedAt: '2025-05-25' },
  },
  {
    id: 'P12',
    at: '2025-05-20T09:00',
    channel: '来信',
    category: 'cat-03-01',
    nature: '咨询',
    unit: 'xm',
    who: ['职工家属'],
  },
  {
    id: 'P13',
    at: '2025-06-30T18:00',
    channel: '来访',
    category: 'cat-06',
    nature: '求助',
    unit: 'xm-zh',
    who: ['离退休人员'],
    flags: { levelSkipping: true },
  },
  {
    id: 'P14',
    at: '2025-10-10T09:00',
    channel: '来访',
    category: 'cat-01-02',
    nature: '申诉求决',
    unit: 'k1-zc',
    who: ['在职职工'],
    headcount: 2,
    status: 'inProgress',
    facts: { acceptedAt: '2025-10-11' },
  },
  {
    id: 'P15',
    at: '2025-12-20T09:00',
    channel: '来访',
    category: 'cat-01-01',
    nature: '申诉求决',
    unit: 'k1-tf',
    who: ['在职职工'],
    status: 'replied',
    facts: {
      acceptedAt: '2025-12-22',
      pauses: [{ from: '2026-01-10', to: '2026-01-19', reason: '听证' }],
      repliedAt: '2026-03-02',
      servedAt: '2026-03-02',
    },
  },
];

const repeat = (
  petitionId: string,
  receivedAt: string,
  channel: Channel,
  headcount: number,
  flags: Partial<PetitionFlags> = {},
): StatReception => ({
  petitionId,
  receivedAt,
  channel,
  headcount,
  isRepeat: true,
  flags: { ...NO_FLAGS, ...flags },
});

/** Later contacts linked to earlier petitions (重复访). */
const REPEATS: StatReception[] = [
  repeat('P9', '2026-05-10T09:00', '来访', 2),
  repeat('P14', '2026-04-08T14:00', '来访', 3),
  repeat('P1', '2026-06-30T17:00', '来信', 1),
  repeat('P11', '2025-06-10T09:00', '来访', 5, { collective: true }),
  repeat('P3', '2026-07-01T08:00', '来访', 1),
];

export const PETITIONS: StatPetition[] = SPECS.map((s, i) => ({
  id: s.id,
  regNo: `${s.at.slice(0, 4)}-${String(i + 1).padStart(4, '0')}`,
  receivedAt: s.at,
  channel: s.channel,
  categoryId: s.category,
  nature: s.nature,
  unitId: s.unit,
  identityTypes: s.who,
  flags: { ...NO_FLAGS, ...s.flags },
  status: s.status ?? 'registered',
  receptionCount: 1 + REPEATS.filter((r) => r.petitionId === s.id).length,
  caseFacts: s.facts ? { nature: s.nature, receivedAt: s.at.slice(0, 10), ...s.facts } : null,
  satisfaction: s.satisfaction ?? null,
}));

const firstContacts: StatReception[] = SPECS.map((s) => ({
  petitionId: s.id,
  receivedAt: s.at,
  channel: s.channel,
  headcount: s.headcount ?? 1,
  isRepeat: false,
  flags: { ...NO_FLAGS, ...s.flags },
}));

export const RECEPTIONS: StatReception[] = [...firstContacts, ...REPEATS];
