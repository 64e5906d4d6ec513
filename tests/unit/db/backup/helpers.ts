import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { backedUpTablesAt } from '../../../../renderer/src/db/backup/format';
import { storedNumberMarks, withNumberMarks } from '../../../../renderer/src/db/backup/numberMarks';
import { linkReception, registerPetition } from '../../../../renderer/src/db/petitions';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { saveSettings } from '../../../../renderer/src/db/settings';
import type { AuditRecord } from '../../../../renderer/src/domain/audit/record';
import type { IssuedDocument } from '../../../../renderer/src/domain/types';
import { NOW, person, visit } from '../../domain/fixtures';
import { addAdministrator } from './backupKey';

export const PAYSLIP = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3, 254, 255]);
export const LETTER_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 8, 7]);

/**
 * A desk with its administrator, two petitions (one with an attachment and a repeat visit), a setting, a case event
 * and two letters.
 */
export async function seedDesk(db: DeskDatabase) {
  await addAdministrator(db);
  const first = await registerPetition(
    db,
    visit({
      attachments: [
        {
          name: '工资条.jpg',
          mimeType: 'image/jpeg',
          size: PAYSLIP.length,
          data: new Blob([PAYSLIP], { type: 'image/jpeg' }),
        },
      ],
    }),
    NOW,
  );
  const second = await registerPetition(
    db,
    visit({ receivedAt: '2026-05-20T08:15', summary: '反映井下通勤车辆不足，早班职工无法按时到岗。' }),
    NOW,
  );
  await linkReception(
    db,
    first.id,
    visit({ petitioners: [person({ name: '李秀兰', gender: '女', idNumber: '', phone: '13912345678' })] }),
    NOW,
  );
  await saveSettings(db, { orgName: '曹家滩煤矿' });
  await db.caseEvents.add({
    id: 'event-x',
    petitionId: first.id,
    at: '2026-05-25T10:05:00',
    actor: '王丽',
    type: 'accept',
    text: '受理',
    data: { note: '当场受理' },
  });
  const letter = (id: string, bytes: Blob | Uint8Array): IssuedDocument => ({
    id,
    petitionId: first.id,
    kind: 'acceptanceNotice',
    docNo: `信受〔2026〕${id === 'doc-1' ? 1 : 2}号`,
    year: 2026,
    n: id === 'doc-1' ? 1 : 2,
    version: 1,
    issuedAt: '2026-05-25T10:06:00',
    issuedBy: '王丽',
    fileName: '受理告知书.docx',
    bytes,
    supersedes: null,
  });
  await db.documents.bulkAdd([
    letter('doc-1', new Blob([LETTER_BYTES])),
    letter('doc-2', new Uint8Array(LETTER_BYTES)),
  ]);
  return { first, second };
}

/** Every backed-up table, records in primary-key order, binary fields replaced by their bytes, for toEqual. */
export async function dumpDesk(db: DeskDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const name of backedUpTablesAt(CURRENT_SCHEMA_VERSION)) {
    const records = (await db.table(name).toArray()) as Record<string, unknown>[];
    dump[name] = await Promise.all(records.map(withBytes));
  }
  return dump;
}

/**
 * A dump's audit trail apart from its other tables: a restore brings the other tables back as the backup has them,
 * but never drops an audit record, and appends its own 恢复备份 record (db/audit/restoreTrail.ts).
 */
export function splitTrail(dump: Record<string, unknown[]>): {
  trail: AuditRecord[];
  tables: Record<string, unknown[]>;
} {
  const { audit, ...tables } = dump;
  return { trail: (audit ?? []) as AuditRecord[], tables };
}

/**
 * What a restore of `backup` over this desk leaves: the backup's tables, with the desk's number counters merged in by
 * max() (a restore never lowers one). Read before the restore.
 */
export async function withDeskNumberMarks(
  db: DeskDatabase,
  backup: Record<string, unknown[]>,
): Promise<Record<string, unknown[]>> {
  const settings = withNumberMarks(backup.settings ?? [], await storedNumberMarks(db)) as { key: string }[];
  return { ...backup, settings: settings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}

async function withBytes(record: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value instanceof Blob) out[key] = { blob: [...new Uint8Array(await value.arrayBuffer())], type: value.type };
    else if (value instanceof Uint8Array) out[key] = { uint8: [...value] };
    else out[key] = value;
  }
  return out;
}

export async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** The offset of a UTF-8 string's first occurrence in the bytes, or -1. */
export function indexOfText(bytes: Uint8Array, text: string): number {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Records written per table and kind ('put', 'add', 'delete', 'deleteRange'), counted below Dexie's API. */
export type WriteCounts = Map<string, number>;

/**
 * Counts every write the database makes from now on, record by record, as `table:kind` (a cleared table counts
 * once). Install it before the database is first used: Dexie builds its middleware stack when it opens.
 */
export function countWrites(db: DeskDatabase): WriteCounts {
  const writes: WriteCounts = new Map();
  db.use({
    stack: 'dbcore',
    name: 'TestWriteCounter',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            const records =
              req.type === 'delete' ? req.keys.length : req.type === 'deleteRange' ? 1 : req.values.length;
            const key = `${name}:${req.type}`;
            writes.set(key, (writes.get(key) ?? 0) + records);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return writes;
}

/**
 * The desk as a format-1 backup (before encryption), as the previous release's export wrote it: plain frames with
 * their SHA-256 hashes and the file checksum. For the tests of opening an old backup. `schemaVersion` labels the
 * file as made at an earlier version whose tables are today's (versions that changed indexes only).
 */
export async function legacyBackup(db: DeskDatabase, schemaVersion = CURRENT_SCHEMA_VERSION): Promise<Blob> {
  const { assembleBackup, encodeJson } = await import('../../../../renderer/src/db/backup/frames');
  const { FRAME_KINDS } = await import('../../../../renderer/src/db/backup/format');
  const tables = backedUpTablesAt(schemaVersion);
  const blobs: (Blob | Uint8Array<ArrayBuffer>)[] = [];
  const header = {
    format: 'petition-desk-backup',
    formatVersion: 1,
    schemaVersion,
    appVersion: '0.1.0',
    createdAt: '2026-05-25T18:00:00',
    tables,
  };
  const frames: { kind: number; payload: Uint8Array<ArrayBuffer> | Blob }[] = [
    { kind: FRAME_KINDS.header, payload: encodeJson(header) },
  ];
  const counts: Record<string, number> = {};
  for (const name of tables) {
    const records = await db.table(name).orderBy(':id').toArray();
    counts[name] = records.length;
    if (records.length === 0) continue;
    frames.push({
      kind: FRAME_KINDS.records,
      payload: encodeJson({ table: name, records }, (_key, value) => {
        if (value instanceof Blob) return { $blob: blobs.push(value) - 1, type: value.type };
        if (value instanceof Uint8Array) return { $bytes: blobs.push(new Uint8Array(value)) - 1 };
        return value;
      }),
    });
  }
  for (const blob of blobs) frames.push({ kind: FRAME_KINDS.blob, payload: blob });
  frames.push({ kind: FRAME_KINDS.end, payload: encodeJson({ counts, blobs: blobs.length }) });
  return assembleBackup(frames);
}

/** A format-2 file's frames: where each starts (its kind byte), where its payload starts and where it ends. */
export function sealedFrameLayout(bytes: Uint8Array): { start: number; payload: number; end: number; kind: number }[] {
  const frames = [];
  let at = 8;
  while (at + 5 <= bytes.length) {
    const length = new DataView(bytes.buffer, bytes.byteOffset + at + 1, 4).getUint32(0, true);
    frames.push({ start: at, payload: at + 5, end: at + 5 + length, kind: bytes[at] as number });
    at += 5 + length;
  }
  return frames;
}
