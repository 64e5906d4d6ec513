import type { AcceptanceNoticeData } from './acceptanceNotice';
import type { AssignmentSheetData } from './assignmentSheet';
import type { DisciplineLetterData } from './disciplineLetter';
import type { ExtensionNoticeData } from './extensionNotice';
import type { ForwardFacts, ForwardLetterData } from './forwardLetters';
import type { HandlingOpinionData } from './handlingOpinion';
import type { CaseFacts } from './letterParts';
import type { RejectionNoticeData } from './rejectionNotice';
import type { ReviewOpinionData } from './reviewOpinion';
import type { SupervisionSheetData } from './supervisionSheet';

/**
 * Example data for every letter: one heating-subsidy case from acceptance to review, and one confidential 检举控告
 * sheet to the accused unit. `npm run samples` prints them and the tests build on them, overriding what they probe.
 */
export const OFFICE = '一号矿井信访办公室';

const heatingCase: CaseFacts = {
  petitioners: { names: ['王建国'], headcount: 1 },
  regNo: '2026-0137',
  receivedAt: '2026-05-11T09:30',
  matter: '离退休职工供暖费补贴',
};

export function acceptance(overrides: Partial<AcceptanceNoticeData> = {}): AcceptanceNoticeData {
  return {
    docNo: '曹矿信受〔2026〕12号',
    issuer: OFFICE,
    date: '2026-05-25',
    ...heatingCase,
    acceptedAt: '2026-05-25',
    dueDate: '2026-07-24',
    ...overrides,
  };
}

export function rejection(overrides: Partial<RejectionNoticeData> = {}): RejectionNoticeData {
  return {
    docNo: '曹矿信不受〔2026〕3号',
    issuer: OFFICE,
    date: '2026-05-25',
    // A matter of its own: the heating case (2026-0137) was accepted, so no 不予受理 may carry its number.
    petitioners: { names: ['周德胜'], headcount: 1 },
    regNo: '2026-0139',
    receivedAt: '2026-05-19T10:20',
    matter: '解除劳动合同经济补偿问题',
    reason: '该事项属于劳动争议，应当依照《中华人民共和国劳动争议调解仲裁法》通过仲裁程序解决。',
    route: '申请仲裁',
    whereToApply: '矿区劳动人事争议仲裁委员会',
    ...overrides,
  };
}

export function extension(overrides: Partial<ExtensionNoticeData> = {}): ExtensionNoticeData {
  return {
    docNo: '曹矿信延〔2026〕2号',
    issuer: OFFICE,
    date: '2026-07-20',
    ...heatingCase,
    acceptedAt: '2026-05-25',
    originalDueDate: '2026-07-24',
    days: 30,
    reason: '需向市热力公司和原三供一业移交工作组调取移交协议及补贴测算资料',
    approver: '矿长李振东',
    newDueDate: '2026-08-24',
    ...overrides,
  };
}

export const CLAIMS: HandlingOpinionData['claims'] = [
  {
    claim: '补发2025—2026年采暖季供暖费补贴',
    outcome: '予以支持',
    opinion: '经核实，补贴资金已列入2026年预算，将于2026年6月30日前补发到个人账户。',
  },
  {
    claim: '公开补贴标准、发放对象和发放时间',
    outcome: '解释说明',
    opinion: '补贴标准按集团公司2025年第12号文件执行，离退休管理科将在生活区公示栏公示。',
  },
  {
    claim: '由矿上承担全部供暖费',
    outcome: '不予支持',
    opinion: '供暖费由住户承担是“三供一业”移交的统一政策，本单位无权作出改变。',
  },
];

export function handlingOpinion(overrides: Partial<HandlingOpinionData> = {}): HandlingOpinionData {
  return {
    docNo: '曹矿信复〔2026〕12号',
    issuer: OFFICE,
    date: '2026-07-10',
    ...heatingCase,
    acceptedAt: '2026-05-25',
    claims: CLAIMS,
    facts:
      '2025年“三供一业”分离移交时，矿方承诺离退休职工供暖费补贴标准不降低。\n经查，2025—2026年采暖季补贴因预算调整未按时发放。',
    basis:
      '《信访工作条例》第三十二条；\n集团公司《关于“三供一业”移交后离退休职工供暖费补贴的通知》（集团发〔2025〕12号）。',
    reviewBody: '某煤业集团有限公司信访办公室',
    ...overrides,
  };
}

export function reviewOpinion(overrides: Partial<ReviewOpinionData> = {}): ReviewOpinionData {
  return {
    // Issued in the 复查 body's name, so under its 代字 (集团), not the mine's.
    docNo: '集团信复查〔2026〕1号',
    issuer: '某煤业集团有限公司信访办公室',
    date: '2026-08-28',
    ...heatingCase,
    originalUnit: '一号矿井',
    originalDocNo: '曹矿信复〔2026〕12号',
    requestReceivedAt: '2026-08-03',
    requestReason: '认为供暖费应由矿方全额承担，对原处理意见第三项不予支持的意见不服。',
    facts: '经复查，原处理意见认定的事实清楚，适用政策正确，程序合法。',
    outcome: '维持',
    opinion: '原处理意见对三项请求分别作出支持、解释说明和不予支持的意见，并无不当。',
    // Art. 36: one level above the 复查 body (the 集团's office), so not 某煤业集团有限公司 itself.
    recheckBody: '某能源控股集团有限公司',
    ...overrides,
  };
}

/** A confidential 检举控告 about the 综采一队 leadership, with the complainant's identity in the free text too. */
export const WHISTLEBLOWER = {
  name: '赵振华',
  idNumber: '140203195711032716',
  phone: '18935217730',
  address: '矿区新胜街道幸福小区4号楼6单元102室',
};

const accusationCase = {
  issuer: OFFICE,
  date: '2026-05-26',
  unitName: '综采一队',
  regNo: '2026-0142',
  receivedAt: '2026-05-20T15:10',
  petitioners: [WHISTLEBLOWER],
  headcount: 1,
  matter: '综采一队绩效奖金分配不公',
  summary: `赵振华（电话${WHISTLEBLOWER.phone}）反映综采一队队长在绩效奖金分配中优亲厚友，并提供了工资条复印件。`,
  summaryForAccused: '反映综采一队绩效奖金分配中存在优亲厚友的情况，请核查2026年1—4月绩效奖金分配。',
  leader: '副矿长刘海峰',
  dueDate: '2026-06-25',
  confidential: true,
  addresseeIsAccused: true,
};

export function assignment(overrides: Partial<AssignmentSheetData> = {}): AssignmentSheetData {
  return {
    docNo: '曹矿信交〔2026〕5号',
    ...accusationCase,
    source: '来信',
    demands: `核查奖金分配，退还多发部分。联系人${WHISTLEBLOWER.name}，身份证号${WHISTLEBLOWER.idNumber}。`,
    handler: '孙丽娟',
    instruction: '请刘海峰同志牵头核查，注意为反映人保密。',
    ...overrides,
  };
}

export function supervision(overrides: Partial<SupervisionSheetData> = {}): SupervisionSheetData {
  return {
    docNo: '曹矿信督〔2026〕2号',
    ...accusationCase,
    date: '2026-06-15',
    assignmentDocNo: '曹矿信交〔2026〕5号',
    method: '文书',
    supervisedOn: '2026-06-15',
    content: `办理期限将至，请加快核查进度；${WHISTLEBLOWER.name}多次来电（${WHISTLEBLOWER.phone}）询问进展。`,
    feedbackDue: '2026-06-20',
    ...overrides,
  };
}

/** A matter outside the office's remit: a contractor's unpaid wages, forwarded to the contractor's competent body. */
const forwardedCase: ForwardFacts = {
  docNo: '曹矿信转〔2026〕4号',
  issuer: OFFICE,
  date: '2026-06-03',
  petitioners: { names: ['马志强'], headcount: 1 },
  regNo: '2026-0151',
  receivedAt: '2026-06-01T10:20',
  matter: '外包施工队拖欠务工人员工资',
  toBody: '矿区人力资源和社会保障局',
  forwardedAt: '2026-06-03',
};

export function forwardLetter(overrides: Partial<ForwardLetterData> = {}): ForwardLetterData {
  return {
    ...forwardedCase,
    summary:
      '来访人系某建筑劳务公司务工人员，2026年3—4月在矿区道路改造工程（非本单位发包）务工，劳务公司拖欠其工资1.86万元至今未付。',
    demands: '1. 督促劳务公司支付拖欠的工资1.86万元；\n2. 对劳务公司拖欠工资的行为依法查处。',
    ...overrides,
  };
}

export function forwardNotice(overrides: Partial<ForwardFacts> = {}): ForwardFacts {
  return { ...forwardedCase, docNo: '曹矿信转告〔2026〕4号', ...overrides };
}

/** The confidential 检举控告 of the sheets above, sent where it belongs: the 纪委, never 综采一队. */
export function disciplineLetter(overrides: Partial<DisciplineLetterData> = {}): DisciplineLetterData {
  return {
    docNo: '曹矿信纪转〔2026〕2号',
    issuer: OFFICE,
    date: '2026-05-22',
    petitioners: { names: [WHISTLEBLOWER.name], headcount: 1 },
    regNo: '2026-0142',
    receivedAt: '2026-05-20T15:10',
    matter: '综采一队绩效奖金分配不公',
    toBody: '某煤业集团有限公司纪律检查委员会',
    forwardedAt: '2026-05-22',
    summary: '反映综采一队队长在2026年1—4月绩效奖金分配中优亲厚友，向其亲属多分奖金，并提供了工资条复印件。',
    demands: '核查奖金分配，退还多发部分。',
    accused: ['综采一队'],
    addresseeIsAccused: false,
    ...overrides,
  };
}
