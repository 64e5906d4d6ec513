import type { PetitionDetail } from '../domain/petitionDetail';
import { caseEnvironment } from '../domain/caseEnvironment';
import { addDays, toTimestamp } from '../domain/dates';
import { DEFAULT_SETTINGS, defaultUnits } from '../domain/defaults';
import { DOC_KINDS, formatDocNo, NUMBERED_DOC_KINDS } from '../domain/docNo';
import type { LetterKind } from '../domain/letterTemplates';
import type { CaseEvent, IssuedDocument, Petition, Petitioner, Reception } from '../domain/types';
import { transition, type CaseState } from '../domain/workflow';
import type { CaseAction } from '../domain/workflowPayloads';
import { buildCaseFile, caseFileFromDetail } from './caseFile';
import { toBytes } from './gbStyle';
import { OFFICE } from './letters/examples';
import type { Organisation } from '../domain/reviewRouting';
import { buildCaseLetter, type CaseLetterContext, type LetterDraft } from './letters/fromCase';

/**
 * A realistic case held in memory, its timeline made by the workflow's own `transition` exactly as applyCaseAction
 * writes it: `npm run samples` prints its letters and 案卷, and the bench times building them.
 */

/**
 * The sample office's organisation: the mine decides, the 集团 reviews (复查) under its own 代字 集团信复查, the 集团's
 * parent rechecks (复核).
 */
export const SAMPLE_ORGANISATION: Organisation = {
  name: '某煤业集团有限公司',
  routes: [OFFICE, '一号矿井'].map((unit) => ({
    unit,
    reviewBody: '某煤业集团有限公司信访办公室',
    recheckBody: '某能源控股集团有限公司信访办公室',
    reviewDocPrefix: '集团信复查',
  })),
};

/** The mine's settings: its own 代字 (曹矿信受, 曹矿信交 …) and the organisation above. */
const env = caseEnvironment({
  ...DEFAULT_SETTINGS,
  docNoPrefixes: Object.fromEntries(NUMBERED_DOC_KINDS.map((kind) => [kind, `曹矿${DOC_KINDS[kind].defaultPrefix}`])),
  organisation: SAMPLE_ORGANISATION,
});
const PETITION_ID = 'sample-case';

const person = (id: string, name: string, idNumber: string, phone: string, address: string): Petitioner => ({
  id,
  name,
  gender: null,
  idNumber,
  phone,
  address,
  identityType: '离退休人员',
  unitId: 'unit-1-1',
  createdAt: '2026-05-11T09:30:00.000',
  updatedAt: '2026-05-11T09:30:00.000',
});

const PEOPLE = [
  person('p1', '王建国', '140203195603123514', '13934561287', '一号矿井南山生活区12号楼3单元502室'),
  person('p2', '李桂兰', '140203195809172426', '13803527719', '一号矿井南山生活区9号楼1单元201室'),
];

function reception(i: number, receivedAt: string): Reception {
  return {
    id: `r${i}`,
    petitionId: PETITION_ID,
    channel: i === 0 ? '来访' : '来电',
    receivedAt,
    headcount: i === 0 ? 6 : 1,
    petitionerIds: i === 0 ? ['p1', 'p2'] : ['p1'],
    receivingOfficer: '孙丽娟',
    isRepeat: i > 0,
    flags: { collective: i === 0, jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false },
    source: null,
    note: i > 0 ? '询问补贴发放进度' : '',
    createdAt: receivedAt,
  };
}

/** The heating-subsidy case from 受理 to 复查意见; `notes` adds that many 办理记录 and `calls` repeat calls. */
const STEPS: Array<[CaseAction, Record<string, unknown>, string]> = [
  ['accept', {}, '2026-05-12T09:00'],
  [
    'assign',
    {
      unitId: 'unit-1-1',
      unitName: '一号矿井',
      leader: '副矿长刘海峰',
      handler: '孙丽娟',
      dueDate: '2026-06-30',
      instruction: '请离退休管理科会同财务科核实补贴发放情况。',
    },
    '2026-05-13T10:00',
  ],
  [
    'supervise',
    { method: '电话', date: '2026-06-15', content: '办理期限将至，请加快与市热力公司的核对。' },
    '2026-06-15T10:00',
  ],
  [
    'extend',
    { approver: '矿长李振东', reason: '需向市热力公司和原三供一业移交工作组调取移交协议及补贴测算资料', days: 30 },
    '2026-07-06T09:00',
  ],
  [
    'reply',
    {
      claims: [
        {
          claim: '补发2025—2026年采暖季供暖费补贴',
          outcome: '予以支持',
          opinion: '经核实，补贴资金已列入2026年预算，将于2026年8月31日前补发到个人账户。',
        },
        {
          claim: '公开补贴标准、发放对象和发放时间',
          outcome: '解释说明',
          opinion:
            '补贴标准按集团公司《关于“三供一业”移交后离退休职工供暖费补贴的通知》（集团发〔2025〕12号）执行，离退休管理科将在生活区公示栏公示。',
        },
        {
          claim: '由矿上承担全部供暖费',
          outcome: '不予支持',
          opinion: '供暖费由住户承担是“三供一业”移交的统一政策，本单位无权作出改变。',
        },
      ],
      servedAt: '2026-08-05',
    },
    '2026-08-05T15:00',
  ],
  [
    'requestReview',
    { receivedAt: '2026-08-20', reason: '认为供暖费应由矿方全额承担，对第三项不予支持的意见不服。' },
    '2026-08-20T09:00',
  ],
  [
    'decideReview',
    {
      outcome: '维持',
      opinion: '原处理意见对三项请求分别作出支持、解释说明和不予支持的意见，并无不当。',
      servedAt: '2026-09-10',
    },
    '2026-09-10T09:00',
  ],
];

const localMoment = (s: string) => new Date(`${s}:00`);

export function sampleCase(options: { notes?: number; calls?: number } = {}): PetitionDetail {
  const { notes = 0, calls = 0 } = options;
  const receivedAt = '2026-05-11T09:30';
  const petition: Petition = {
    id: PETITION_ID,
    regNo: '2026-0137',
    year: 2026,
    seq: 137,
    channel: '来访',
    receivedAt,
    petitionerIds: PEOPLE.map((p) => p.id),
    representativeIds: ['p1', 'p2'],
    headcount: 6,
    categoryId: null,
    nature: '申诉求决',
    unitId: 'unit-1-1',
    summary: '2025年“三供一业”分离移交后，离退休职工供暖费补贴至今未发放，多次询问未得到明确答复。',
    demands: '补发补贴；公开补贴标准；由矿上承担全部供暖费。',
    receivingOfficer: '孙丽娟',
    flags: { collective: true, jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false },
    source: null,
    status: 'registered',
    receptionCount: 1 + calls,
    searchText: '',
    createdAt: `${receivedAt}:00.000`,
    updatedAt: `${receivedAt}:00.000`,
  };
  let state: CaseState = { status: 'registered', facts: { nature: '申诉求决', receivedAt: '2026-05-11' } };
  const events: CaseEvent[] = [
    {
      id: 'e0',
      petitionId: PETITION_ID,
      at: `${receivedAt}:00.000`,
      actor: '孙丽娟',
      type: 'registered',
      text: '登记',
      data: null,
    },
  ];
  const run = (action: CaseAction, payload: Record<string, unknown>, at: string, actor = '孙丽娟') => {
    const result = transition(state, action, payload, {
      now: localMoment(at),
      actor,
      calendar: env.calendar,
      rules: env.rules,
    });
    if (!result.ok) throw new Error(`示例案件的“${action}”被拒绝：${result.reason}`);
    state = { status: result.status, facts: result.facts };
    events.push({ id: `e${events.length}`, petitionId: PETITION_ID, ...result.event });
  };
  const [accept, assign, ...rest] = STEPS;
  for (const step of [accept, assign]) if (step) run(...step);
  // Notes spread over the handling period, before the extension is approved.
  for (let i = 0; i < notes; i += 1) {
    const day = addDays('2026-05-14', Math.floor((i * 50) / Math.max(notes, 1)));
    run(
      'addNote',
      {
        note: `离退休管理科与市热力公司第${i + 1}次核对第${(i % 12) + 1}栋住户的补贴名单和面积，已核对${i + 1}户，发现差异的已登记待查。`,
      },
      `${day}T16:00`,
      '孙丽娟',
    );
  }
  for (const step of rest) run(...step);
  const receptions = [
    reception(0, receivedAt),
    ...Array.from({ length: calls }, (_, i) => reception(i + 1, `${addDays('2026-05-15', i % 110)}T10:00`)),
  ];
  return {
    petition: { ...petition, status: state.status, caseFacts: state.facts },
    receptions,
    petitioners: PEOPLE,
    attachments: [],
    events: events.sort((a, b) => a.at.localeCompare(b.at)),
    category: { id: 'cat', parentId: null, name: '离退休职工供暖费补贴', order: 1 },
    parentCategory: null,
    unit: defaultUnits().find((u) => u.id === 'unit-1-1') ?? null,
    identityHidden: false,
  };
}

/** What the clerk writes for the letters the timeline cannot supply. */
export const SAMPLE_DRAFTS: Record<LetterKind, LetterDraft> = {
  acceptanceNotice: {},
  rejectionNotice: {},
  extensionNotice: {},
  assignmentSheet: {},
  supervisionSheet: {},
  handlingOpinion: {
    facts:
      '2025年“三供一业”分离移交时，矿方承诺离退休职工供暖费补贴标准不降低。\n经查，2025—2026年采暖季补贴因预算调整未按时发放。',
    basis:
      '《信访工作条例》第三十二条；\n集团公司《关于“三供一业”移交后离退休职工供暖费补贴的通知》（集团发〔2025〕12号）。',
  },
  // The 复查 and 复核 bodies come from SAMPLE_ORGANISATION, as an office's settings supply them.
  reviewOpinion: {
    facts: '经复查，原处理意见认定的事实清楚，适用政策正确，程序合法。',
    originalDocNo: '曹矿信复〔2026〕12号',
  },
  forwardLetter: {},
  forwardNotice: {},
  disciplineLetter: {},
};

/**
 * The letters issued on the sample case, one of each kind, as the 案卷's register lists them: each on the day of its
 * step, under its own kind's number as the office's counters stood that day.
 */
export function sampleDocuments(): IssuedDocument[] {
  const kinds: Array<[LetterKind, string, number]> = [
    ['acceptanceNotice', '2026-05-12T09:30:00.000', 37],
    ['assignmentSheet', '2026-05-13T10:30:00.000', 21],
    ['supervisionSheet', '2026-06-15T10:30:00.000', 9],
    ['extensionNotice', '2026-07-06T09:30:00.000', 6],
    ['handlingOpinion', '2026-08-05T15:30:00.000', 12],
    ['reviewOpinion', '2026-09-10T09:30:00.000', 2],
  ];
  return kinds.map(([kind, issuedAt, n], i) => ({
    id: `d${i}`,
    petitionId: PETITION_ID,
    kind,
    // The 复查意见书 is issued in the 复查 body's name, under that body's 代字 (its route's).
    docNo: formatDocNo(env.seriesOf(kind, SAMPLE_ORGANISATION.routes[0]?.reviewBody).prefix, 2026, n),
    year: 2026,
    n,
    version: 1,
    issuedAt,
    issuedBy: '孙丽娟',
    fileName: `${DOC_KINDS[kind].label}.docx`,
    bytes: new Uint8Array(),
    supersedes: null,
  }));
}

export function sampleLetterContext(issueDate: string): CaseLetterContext {
  return {
    env,
    orgName: OFFICE,
    organisation: SAMPLE_ORGANISATION,
    issueDate,
    units: defaultUnits(),
    documents: sampleDocuments(),
  };
}

/** Bench: one 处理意见书 from the stored-case path (data from the timeline, template, docx packing). */
export function buildSampleHandlingOpinion(detail: PetitionDetail = sampleCase()): Promise<Uint8Array> {
  return buildCaseLetter(
    'handlingOpinion',
    { detail, context: sampleLetterContext('2026-08-05'), draft: SAMPLE_DRAFTS.handlingOpinion },
    '曹矿信复〔2026〕12号',
  );
}

/**
 * A case whose 案卷 runs to about 50 A4 pages: LibreOffice Writer lays it out on 53 (converted to PDF, 2026-11-28).
 * The estimate it was sized by: a 办理记录 of some 55
 * characters wraps to three lines in the 小四 timeline column (about 23 characters wide), a 58 pt row, so 11 rows
 * fill the 225 mm text block; cover, registration and 40 receptions take about 5 pages, and 500 records the other 45.
 */
export const FIFTY_PAGE_CASE = { notes: 500, calls: 40 } as const;

/** Bench: a 案卷 of a long-running case (FIFTY_PAGE_CASE by default), packed to bytes. */
export function buildLargeCaseFile(
  size: { notes: number; calls: number } = FIFTY_PAGE_CASE,
  detail: PetitionDetail = sampleCase(size),
): Promise<Uint8Array> {
  const data = caseFileFromDetail(detail, {
    orgName: OFFICE,
    units: defaultUnits(),
    documents: sampleDocuments(),
    printedAt: toTimestamp(new Date(2026, 8, 11, 9, 0)).slice(0, 16),
  });
  return toBytes(buildCaseFile(data));
}
