import { z } from 'zod';
import { FEEDBACK_WAYS, SUGGESTION_STATUSES } from '../../domain/outreach/types';
import { EMERGENCY_LOCATIONS } from '../../domain/risk/emergency';
import { SCHEMA_VERSIONS } from '../schema';
import { BACKUP_KEY_MAX_ITERATIONS, BACKUP_KEY_MIN_ITERATIONS } from './backupCrypto';

/**
 * The backup container (docs/backup-format.md): an 8-byte marker, then frames, then the file checksum.
 * A frame is kind (1 byte), payload length (uint32, little-endian), payload, SHA-256 of the payload (32 bytes).
 * The file checksum is the SHA-256 of the marker followed by every frame's hash in order, so both sides compute it
 * one frame at a time with crypto.subtle, which cannot hash incrementally.
 */
export const BACKUP_MAGIC = new TextEncoder().encode('XFDESKBK');
export const BACKUP_FORMAT = 'petition-desk-backup';
/** 2: every frame after the header encrypted and authenticated (AES-256-GCM); 1: plain frames with SHA-256 hashes. */
export const BACKUP_FORMAT_VERSION = 2;
export const LEGACY_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'xfbak';
export const HASH_BYTES = 32;
export const FRAME_HEAD_BYTES = 5;

/** H: the header (JSON), R: a page of one table's records (JSON), B: one blob's bytes, E: the end (JSON counts). */
export const FRAME_KINDS = { header: 0x48, records: 0x52, blob: 0x42, end: 0x45 } as const;

/** Records per R frame: big enough for few hashes and few writes, small enough to keep a frame a few MB. */
export const RECORDS_PER_FRAME = 2_000;

/** Derived from other tables and rebuilt by the loader (db/ledgerIndex.ts): never backed up. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['ledgerChunks']);

/** The tables a database at this schema version holds, in schema order, less the derived ones. */
export function backedUpTablesAt(version: number): string[] {
  const tables = new Map<string, string | null>();
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) tables.set(name, spec);
  }
  return [...tables].filter(([name, spec]) => spec !== null && !DERIVED_TABLES.has(name)).map(([name]) => name);
}

export const backupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(50),
  createdAt: z.string().min(10).max(40),
  tables: z.array(z.string().min(1).max(50)),
  /** Format 2: how the data key is wrapped under the backup password, and the file's own random id. */
  encryption: z
    .object({
      cipher: z.literal('AES-256-GCM'),
      fileId: z.string().min(16).max(64),
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.number().int().min(BACKUP_KEY_MIN_ITERATIONS).max(BACKUP_KEY_MAX_ITERATIONS),
      salt: z.string().min(16).max(64),
      wrappedKey: z.string().min(40).max(200),
    })
    .optional(),
});
export type BackupHeader = z.infer<typeof backupHeader>;

export const recordsFrame = z.object({ table: z.string().min(1).max(50), records: z.array(z.unknown()) });

export const backupEnd = z.object({
  counts: z.record(z.string(), z.number().int().nonnegative()),
  blobs: z.number().int().nonnegative(),
});
export type BackupEnd = z.infer<typeof backupEnd>;

/** How a binary field is written in a record's JSON: the index of the B frame that holds its bytes. */
export const blobRef = z.object({ $blob: z.number().int().nonnegative(), type: z.string().max(200) });
export const bytesRef = z.object({ $bytes: z.number().int().nonnegative() });

const id = z.string().min(1).max(100);
const isoText = z.string().min(1).max(40);
const nullableId = id.nullable();

/** 重大风险专报 a matter or an emergency went up in, with what was printed (重新导出 builds it again from this). */
const specialReports = z
  .array(
    z.looseObject({
      docNo: z.string().min(1).max(60),
      sentOn: isoText,
      to: z.string().min(1).max(100),
      issuedBy: z.string().max(50),
      letter: z
        .looseObject({
          subject: z.string().min(1).max(100),
          sections: z.array(z.looseObject({ heading: z.string().max(50), paragraphs: z.array(z.string()) })).max(10),
          signer: z.string().max(50),
          issuer: z.string().max(100),
        })
        .optional(),
    }),
  )
  .optional();

/**
 * Each table's record, checked as far as every schema version agrees: the keys and indexed fields the database and
 * the app rely on. Fields a later version added are upgraded, not required (a version-1 petition has no caseFacts);
 * the rest of a record passes through as written, its integrity guarded by the frame hashes.
 */
export const RECORD_SCHEMAS: Record<string, z.ZodType> = {
  petitions: z.looseObject({
    id,
    regNo: z.string().regex(/^\d{4}-\d{4,}$/),
    year: z.number().int(),
    seq: z.number().int().positive(),
    receivedAt: isoText,
    updatedAt: isoText,
    status: z.string().min(1),
    channel: z.string().min(1),
    categoryId: nullableId,
    unitId: nullableId,
    petitionerIds: z.array(id),
  }),
  receptions: z.looseObject({ id, petitionId: id, receivedAt: isoText }),
  petitioners: z.looseObject({
    id,
    name: z.string(),
    idNumber: z.string(),
    phone: z.string(),
    phoneAsTyped: z.string().optional(),
  }),
  units: z.looseObject({ id, name: z.string().min(1), parentId: nullableId }),
  categories: z.looseObject({ id, name: z.string().min(1), parentId: nullableId }),
  caseEvents: z.looseObject({ id, petitionId: id, at: isoText }),
  settings: z.looseObject({ key: z.string().min(1) }),
  attachments: z.looseObject({
    id,
    petitionId: id,
    receptionId: nullableId,
    name: z.string(),
    size: z.number().nonnegative(),
    data: z.instanceof(Blob),
  }),
  documents: z.looseObject({
    id,
    petitionId: id,
    kind: z.string().min(1),
    year: z.number().int(),
    issuedAt: isoText,
    docNo: z.string().nullable(),
    bytes: z.union([z.instanceof(Blob), z.instanceof(Uint8Array)]),
  }),
  reports: z.looseObject({
    id,
    kind: z.enum(['quarter', 'year']),
    periodKey: z.string().min(4).max(10),
    scopeKey: z.string().min(1).max(200),
    status: z.enum(['draft', 'issued']),
    issuedAt: isoText.nullable(),
    bytes: z.union([z.instanceof(Blob), z.instanceof(Uint8Array)]).nullable(),
  }),
  users: z.looseObject({
    id,
    username: z.string().min(1).max(50),
    displayName: z.string().min(1).max(50),
    role: z.enum(['admin', 'receptionist', 'handler', 'leader', 'auditor']),
    password: z.looseObject({
      iterations: z.number().int().positive(),
      salt: z.string().min(1),
      hash: z.string().min(1),
    }),
  }),
  riskMatters: z.looseObject({
    id,
    riskNo: z.string().min(1).max(60),
    year: z.number().int(),
    seq: z.number().int().positive(),
    status: z.enum(['在办', '已销号', '已转信访事项']),
    level: z.enum(['重大', '较大', '一般']),
    registeredOn: isoText,
    petitionIds: z.array(id),
    // 重大风险专报 the matter went up in (domain/risk/specialReport.ts); absent before the first.
    specialReports,
  }),
  riskUpdates: z.looseObject({ id, matterId: id, day: isoText, text: z.string() }),
  screenings: z.looseObject({ id, day: isoText, kind: z.string().min(1), matterIds: z.array(id) }),
  riskDismissals: z.looseObject({
    key: z.string().min(1).max(300),
    petitionIds: z.array(id),
    latestAt: z.string().max(40).optional(),
    reason: z.string(),
  }),
  emergencies: z.looseObject({
    id,
    reportedAt: isoText,
    location: z.enum(EMERGENCY_LOCATIONS),
    arrivalLimitHours: z.number().int().min(1).max(72),
    status: z.enum(['处置中', '已结束']),
    riskMatterId: nullableId,
    unitIds: z.array(id),
    steps: z.array(z.looseObject({ id, at: isoText })),
    aftercare: z.array(z.looseObject({ id, deadline: isoText })),
    reserveFundYuan: z.number().nonnegative(),
    specialReports,
  }),
  // 走出去 (schema 8, domain/outreach/types.ts).
  activities: z.looseObject({
    id,
    activityNo: z.string().min(1).max(60),
    year: z.number().int(),
    seq: z.number().int().positive(),
    kind: z.string().min(1).max(20),
    date: isoText,
    unitId: id,
    headcount: z.number().int().nonnegative(),
    questionnaires: z.number().int().nonnegative(),
    checked: z.array(z.string()),
    problems: z.array(
      z.looseObject({
        id,
        text: z.string(),
        outcome: z.discriminatedUnion('kind', [
          z.looseObject({ kind: z.literal('open') }),
          z.looseObject({ kind: z.literal('petition'), petitionId: id, on: isoText }),
          z.looseObject({ kind: z.literal('risk'), riskMatterId: id, on: isoText }),
          z.looseObject({ kind: z.literal('closed'), note: z.string(), on: isoText }),
        ]),
      }),
    ),
    petitionIds: z.array(id),
    riskMatterIds: z.array(id),
  }),
  suggestions: z.looseObject({
    id,
    suggestionNo: z.string().min(1).max(60),
    year: z.number().int(),
    seq: z.number().int().positive(),
    status: z.enum(SUGGESTION_STATUSES),
    proposer: z.looseObject({ name: z.string(), phone: z.string() }).nullable(),
    activityId: nullableId,
    unitId: nullableId,
    collectedOn: isoText,
    deadline: isoText.nullable(),
    followUpOn: isoText.nullable(),
    answeredOn: isoText.nullable(),
    feedbackWay: z.enum(FEEDBACK_WAYS).nullable(),
  }),
  helps: z.looseObject({
    id,
    kind: z.string().min(1).max(20),
    amountFen: z.number().int().nonnegative(),
    headcount: z.number().int().positive(),
    date: isoText,
    unitId: nullableId,
    petitionId: nullableId,
    activityId: nullableId,
    problemId: nullableId,
  }),
  importBatches: z.looseObject({
    id,
    fileName: z.string(),
    importedAt: isoText,
    importedBy: z.string(),
    rows: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    flagged: z.number().int().nonnegative(),
    petitionIds: z.array(z.string().min(1)),
    createdPetitionerIds: z.array(z.string().min(1)),
    filledPeople: z
      .array(
        z.looseObject({
          personId: z.string().min(1),
          idNumber: z.string().min(1).optional(),
          phone: z.string().min(1).optional(),
          phoneAsTyped: z.string().optional(),
          phoneAsTypedBefore: z.string().optional(),
        }),
      )
      .optional(),
    undoneAt: isoText.optional(),
  }),
  audit: z.looseObject({
    seq: z.number().int().positive(),
    at: isoText,
    action: z.string().min(1).max(30),
    prevHash: z.string().length(64),
    hash: z.string().length(64),
  }),
};

/** Why a file was refused; `message` is the Chinese sentence the settings page shows as it is. */
export type BackupProblem =
  | 'notBackup'
  | 'truncated'
  | 'corrupted'
  | 'checksum'
  | 'newerVersion'
  | 'invalidRecord'
  | 'restoreFailed'
  | 'passwordNeeded'
  | 'wrongPassword'
  | 'unencrypted'
  | 'noBackupKey'
  | 'noAdministrator'
  | 'weakPasswordHash'
  | 'brokenTrail';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export const BACKUP_MESSAGES = {
  notBackup: '所选文件不是信访工作台的备份文件，未做任何改动。',
  truncated: '备份文件不完整（文件在复制或下载时被截断），无法恢复，未做任何改动。请换用完整的备份文件。',
  corrupted: (detail: string) => `备份文件已损坏：${detail}。文件内容与备份时不同，无法恢复，未做任何改动。`,
  checksum: '备份文件的总校验和不符：文件被改动过或不是原样的备份，无法恢复，未做任何改动。',
  newerVersion: (file: number, app: number) =>
    `此备份来自较新版本的信访工作台（数据版本 ${file}，本机为 ${app}），请先升级本软件再恢复，未做任何改动。`,
  newerFormat: (file: number, app: number) =>
    `此备份来自较新版本的信访工作台（备份格式 ${file}，本机只能读取到格式 ${app}），请先升级本软件再恢复，未做任何改动。`,
  passwordNeeded: '此备份已加密：请输入备份密码后再打开。',
  wrongPassword: '备份密码不正确（或文件头已被改动），无法打开此备份，未做任何改动。',
  corruptedFrame: (frame: number) => `第 ${frame} 段数据无法通过校验（内容被改动、顺序被调换或属于另一个备份文件）`,
  unencrypted:
    '此备份是旧格式：没有加密，也无法证明未被改动过。只有确认它来自本单位且一直妥善保管时才应恢复；恢复前请再次确认。',
  noBackupKey: '尚未设置备份密码：请管理员先在“设置 → 数据备份”中设置备份密码，备份文件才能加密保存。',
  noAdministrator: '备份中没有可用的管理员账号：恢复后将无人能管理本机，未做任何改动。',
  weakPasswordHash: (who: string, iterations: number, minimum: number) =>
    `备份中账号“${who}”的密码散列不符合安全要求（迭代 ${iterations} 次，至少应为 ${minimum} 次），备份可能被篡改，未做任何改动。`,
  brokenTrail: (detail: string) => `备份中的审计日志不完整或被改动：${detail}。无法恢复，未做任何改动。`,
  invalidRecord: (detail: string) => `备份文件中有不符合格式的记录：${detail}。无法恢复，未做任何改动。`,
  restoreFailed: (detail: string) => `恢复失败，原有数据保持不变：${detail}`,
} as const;

/** Progress of a long backup step: `done` of `total` units (records and blobs), for a progress bar. */
export type BackupProgress = (done: number, total: number) => void;

/** The tables' names as the summary shows them. */
export { TABLE_LABELS } from '../../domain/tableLabels';
