/**
 * The records the desk keeps (docs/domain.md §2). Pure data: no React, Dexie or docx here.
 * Dates are ISO strings: a day is 'YYYY-MM-DD', a moment in local time is 'YYYY-MM-DDTHH:mm'.
 */
import type { CaseClockFacts } from './deadlines';
import type { DocKind } from './docNo';

/** 渠道: how a contact reached the office. */
export const CHANNELS = ['来访', '来信', '来电', '网上信访', '下访发现', '座谈会', '上级转送', '领导接待日'] as const;
export type Channel = (typeof CHANNELS)[number];
/** How a channel is shown: the stored value is short, the label names both forms of a superior body's referral. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  来访: '来访',
  来信: '来信',
  来电: '来电',
  网上信访: '网上信访',
  下访发现: '下访发现',
  座谈会: '座谈会',
  上级转送: '上级转送/交办',
  领导接待日: '领导接待日',
};

/** 信访性质 (docs/domain.md §3). */
export const NATURES = ['建议意见', '检举控告', '申诉求决', '咨询', '求助'] as const;
export type Nature = (typeof NATURES)[number];

/** 身份 types of a petitioner. */
export const IDENTITY_TYPES = [
  '在职职工',
  '离退休人员',
  '内退人员',
  '职工家属',
  '工亡职工家属',
  '外部务工人员',
  '周边群众',
  '其他',
] as const;
export type IdentityType = (typeof IDENTITY_TYPES)[number];

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

/** Case states (docs/domain.md §4). Registration leaves a petition in 'registered'; handling moves it on. */
export const PETITION_STATUSES = {
  registered: '已登记',
  rejected: '不予受理',
  forwarded: '已转送',
  accepted: '已受理',
  assigned: '已交办',
  inProgress: '办理中',
  replied: '已答复',
  followedUp: '已回访',
  closed: '已办结',
  reviewRequested: '复查中',
  reviewed: '已复查',
  recheckRequested: '复核中',
  final: '已终结',
  /** 作废: registered by mistake; the number stays taken, the petition leaves the statistics and the board. */
  voided: '已作废',
} as const;
export type PetitionStatus = keyof typeof PETITION_STATUSES;

/** Flags set at registration. 重复访 is not a flag: it is a linked reception (docs/domain.md §4). */
export interface PetitionFlags {
  /** 集体访: derived from a 来访/领导接待日 channel and headcount ≥ the configured threshold (registration.isCollective). */
  collective: boolean;
  /** 联名信 */
  jointLetter: boolean;
  /** 匿名 */
  anonymous: boolean;
  /** 越级访: set by the receptionist. */
  levelSkipping: boolean;
  /** 涉法涉诉 */
  lawRelated: boolean;
}
export const FLAG_LABELS: Record<keyof PetitionFlags, string> = {
  collective: '集体访',
  jointLetter: '联名信',
  anonymous: '匿名',
  levelSkipping: '越级访',
  lawRelated: '涉法涉诉',
};

/** 信访人 */
export interface Petitioner {
  id: string;
  name: string;
  gender: Gender | null;
  /** 身份证号, 18 characters with a valid GB 11643 check digit, or '' when not given. */
  idNumber: string;
  /** 联系电话 compacted (normalizePhone): what 重复访 recognition, the [name+phone] index and search match. */
  phone: string;
  /**
   * 联系电话 as the clerk typed it (trimmed, XML-safe), e.g. 0912-3456789: what the case page, the 登记表 and the letters
   * show (shownPhone). Absent on records saved before it was kept; they show `phone`. Unindexed: no schema version.
   */
  phoneAsTyped?: string;
  address: string;
  identityType: IdentityType | null;
  /** The person's own unit in the organisation tree. */
  unitId: string | null;
  /**
   * Set on a record registered by an account without the 保密 grant for someone it recognised (by ID number or name +
   * phone) as a person on a confidential matter: that stored person's id. The account may neither read nor change
   * that person, so the visit got a record of its own; accounts with the grant see the link (db/petitioners.ts).
   * Unindexed: no schema version.
   */
  sameAsPersonId?: string;
  createdAt: string;
  updatedAt: string;
}

/** 信访事项: the unit of handling, deadlines and replies. */
/** 上级转送/交办 source: the body that sent it, its document number, the day it was sent. */
export interface PetitionSource {
  body: string;
  docNo: string;
  /** 'YYYY-MM-DD' */
  date: string;
}

/**
 * The matter as the clerk registers it: each field declared once, here. The stored petition, the registration form's
 * input and its validated value, the form's values and the statistics' and ledger's rows are derived from it
 * (registration.ts, formValues.ts, statistics/types.ts, ledgerQuery.ts), and every field has its label in
 * petitionFields.ts: a new field added here makes the compiler name each place that must say what it does with it.
 */
export interface RegisteredMatter {
  channel: Channel;
  /** 'YYYY-MM-DDTHH:mm' of the first contact. */
  receivedAt: string;
  headcount: number;
  /** The chosen category: a second-level one when the first level has children. */
  categoryId: string | null;
  nature: Nature;
  /** 涉及单位 */
  unitId: string | null;
  summary: string;
  demands: string;
  /** 接待人 */
  receivingOfficer: string;
  flags: PetitionFlags;
  /** For 上级转送/交办: the source body, its document number and date. */
  source: PetitionSource | null;
  /**
   * 保密: the petitioner's identity is shown only to accounts granted it (docs/domain.md §3, Art. 30). Every 检举控告 is
   * confidential whatever this says (isConfidential).
   */
  confidential: boolean;
}

export interface Petition extends Omit<RegisteredMatter, 'confidential'> {
  id: string;
  /** 登记编号, per year: '2026-0001'. Assigned on save, never reused. */
  regNo: string;
  year: number;
  seq: number;
  petitionerIds: string[];
  /** Up to 5 representatives (代表) for a group visit; a subset of petitionerIds. */
  representativeIds: string[];
  status: PetitionStatus;
  /** Number of receptions; more than 1 means 重复访. */
  receptionCount: number;
  /** Denormalised lower-case text the ledger searches: names, pinyin, initials, phones, number, summary, demands. */
  searchText: string;
  createdAt: string;
  updatedAt: string;
  /**
   * The facts the case's clocks run on (workflow.ts), written by every case action. Absent on a petition saved by
   * registration before any action: its facts are then the registered-state default (db/caseFacts.ts).
   */
  caseFacts?: CaseClockFacts;
  /** 保密 (RegisteredMatter.confidential): absent on petitions saved before version 4, read as false. */
  confidential?: boolean;
  /** The last 修改登记 (db/corrections.ts): documents issued before it are marked on the case page. Unindexed. */
  correctedAt?: string;
  /** 作废: when, by whom and why (status is then 'voided'). Unindexed. */
  voided?: { at: string; by: string; reason: string; statusBefore: PetitionStatus };
  /** 关联事项: other petitions about the same matter; each stays its own 件. Kept on both sides. Unindexed. */
  linkedPetitionIds?: string[];
  /** 原编号: the number an old Excel ledger gave the matter (issue 17); searchable in the ledger. Unindexed. */
  originalNo?: string;
  /** The import batch that brought the matter in (db/imports.ts), for 撤销本次导入. Unindexed. */
  importBatchId?: string;
}

/** What a contact records of the registered matter: how, when, how many, who received them, its flags and source. */
export type ContactField = 'channel' | 'receivedAt' | 'headcount' | 'receivingOfficer' | 'flags' | 'source';

/**
 * 接待记录: one contact. 批次 counts these, 人次 sums their headcounts. Its flags are this contact's own: 集体访 and 越级访
 * are counted per 批次 (docs/domain.md §8), not per matter.
 */
export interface Reception extends Pick<RegisteredMatter, ContactField> {
  id: string;
  petitionId: string;
  petitionerIds: string[];
  /** 重复访: a later contact linked to an existing petition. */
  isRepeat: boolean;
  note: string;
  createdAt: string;
}

/** 单位: 公司 → 矿/厂/项目部 → 区队/科室 → 班组. */
export interface Unit {
  id: string;
  parentId: string | null;
  name: string;
  /** 党支部 the unit belongs to, if any. */
  partyBranch: string;
  order: number;
}

/** 问题类别: two levels. */
export interface Category {
  id: string;
  parentId: string | null;
  name: string;
  order: number;
}

/** 办理记录: one line of the case timeline. */
export interface CaseEvent {
  id: string;
  petitionId: string;
  at: string;
  /** Who did it (the signed-in user's name, or the receiving officer). */
  actor: string;
  type: string;
  /** Human-readable Chinese description. */
  text: string;
  data: Record<string, unknown> | null;
}

/** A scan or photo kept in the database. */
export interface Attachment {
  id: string;
  petitionId: string;
  receptionId: string | null;
  name: string;
  mimeType: string;
  size: number;
  data: Blob;
  createdAt: string;
}

export interface Setting<T = unknown> {
  key: string;
  value: T;
}

/**
 * 文书: one issued version of a letter, its .docx bytes kept as issued. Not called Document: that name is taken by
 * the DOM and by the docx library, both in scope where letters are built.
 */
export interface IssuedDocument {
  id: string;
  petitionId: string;
  kind: DocKind;
  /** 文号, e.g. '信受〔2026〕3号'; null for kinds without one (信访登记表). Kept by every reissued version. */
  docNo: string | null;
  /** The year of the 文号's counter (the year of first issue). */
  year: number;
  /** The number within the kind and year; null when docNo is null. */
  n: number | null;
  /** 1 for the first issue; a reissue adds a version with the same 文号. */
  version: number;
  issuedAt: string;
  issuedBy: string;
  fileName: string;
  bytes: Blob | Uint8Array;
  /** The version this one replaces, or null for the first issue. */
  supersedes: string | null;
  /**
   * The CaseEvent the letter reports (the 督办 a 督办单 presses, the 答复 a 处理意见书 states); a reissue keeps it and
   * is rebuilt from that event. Absent on letters issued before it was recorded: those fall back to the latest event
   * of their kind (documents/letters/fromCase.ts letterSourceEvent). Not indexed, so no schema version.
   */
  sourceEventId?: string;
}
