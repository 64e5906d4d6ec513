import type { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  memoryAnchors,
  readAuditAnchor,
  setAuditAnchorStore,
  type AuditHead,
} from '../../../renderer/src/db/audit/auditAnchor';
import { setAuditKey } from '../../../renderer/src/db/audit/auditKey';
import { sealedAnchors } from '../../../renderer/src/db/audit/sealedAnchors';
import { verifyAuditChain } from '../../../renderer/src/db/audit/verify';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { setActor } from '../../../renderer/src/db/session';
import { auditHash } from '../../../renderer/src/domain/audit/chain';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import { auditMac } from '../../../renderer/src/domain/audit/seal';
import type { Unit } from '../../../renderer/src/domain/types';
import { actorAs, freshDb, openRaw, TEST_ADMIN } from './helpers';

const KEY = new Uint8Array(32).fill(5);
const AUDITOR = actorAs('auditor', '审计员甲');

let db: DeskDatabase;
let raw: Dexie;
const rawAudit = () => raw.table<AuditRecord, number>('audit');
const addUnits = async (...names: string[]) => {
  setActor(db, TEST_ADMIN);
  for (const name of names)
    await db.units.add({ id: `unit-${name}`, parentId: null, name, partyBranch: '', order: 9 } satisfies Unit);
  setActor(db, AUDITOR);
};

beforeEach(async () => {
  setAuditAnchorStore(memoryAnchors());
  setAuditKey(KEY);
  db = freshDb();
  await addUnits('甲', '乙', '丙', '丁', '戊');
  raw = await openRaw(db);
});
afterEach(() => {
  setAuditKey(null);
  raw.close();
  db.close();
});

/** Rewrites record `seq` and recomputes its hash and every later one, as someone who knows the scheme but not the key. */
async function rewriteWithHashes(seq: number, change: Partial<AuditRecord>): Promise<void> {
  const records = await rawAudit().where('seq').aboveOrEqual(seq).sortBy('seq');
  let prevHash = (await rawAudit().get(seq - 1))?.hash ?? '0'.repeat(64);
  for (const [i, record] of records.entries()) {
    const { hash: _hash, mac, ...rest } = { ...record, ...(i === 0 ? change : {}), prevHash };
    const hash = auditHash(rest);
    await rawAudit().put({ ...rest, hash, ...(mac === undefined ? {} : { mac }) });
    prevHash = hash;
  }
}

describe('records sealed with the desk’s audit key (Electron)', () => {
  it('every record carries the MAC of its hash, and the trail verifies', async () => {
    const records = await rawAudit().toArray();
    expect(records.every((r) => r.mac === auditMac(KEY, r.hash))).toBe(true);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
  });

  it('a record rewritten with every hash recomputed is found by its MAC, even with the anchor lost as well', async () => {
    await rewriteWithHashes(3, { summary: '什么也没发生' });
    setAuditAnchorStore(memoryAnchors());
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, seq: 3, problem: 'forged', count: 2 });
    expect(!result.ok && result.message).toContain('校验码与本机审计密钥不符');
  });

  it('records appended with their MACs stripped are found', async () => {
    await rewriteWithHashes(4, {});
    await rawAudit()
      .toCollection()
      .modify((r) => {
        if (r.seq >= 4) delete r.mac;
      });
    setAuditAnchorStore(memoryAnchors());
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 4, problem: 'forged' });
  });

  it('records made before the desk had a key (or under another desk’s key) are covered by the chain, not the MAC', async () => {
    const older = freshDb();
    try {
      setAuditKey(null);
      setActor(older, TEST_ADMIN);
      await older.units.add({ id: 'unit-x', parentId: null, name: '旧', partyBranch: '', order: 9 } satisfies Unit);
      setAuditKey(new Uint8Array(32).fill(9));
      await older.units.add({ id: 'unit-y', parentId: null, name: '另一台', partyBranch: '', order: 9 } satisfies Unit);
      setAuditKey(KEY);
      await older.units.add({ id: 'unit-z', parentId: null, name: '本机', partyBranch: '', order: 9 } satisfies Unit);
      setActor(older, AUDITOR);
      expect(await verifyAuditChain(older)).toEqual({ ok: true, count: 3 });
    } finally {
      older.close();
    }
  });
});

describe('the desktop app’s anchor store (main keeps the file)', () => {
  const head = (seq: number): AuditHead => ({ seq, hash: 'c'.repeat(64) });

  it('reads the heads main handed over and sends every move to main', async () => {
    const sent: [string, AuditHead, boolean][] = [];
    const store = sealedAnchors(
      { anchors: { 'petition-desk': head(4) }, anchorFile: 'kept' },
      async (...args) => sent.push(args),
      null,
    );
    expect(store.read('petition-desk')).toEqual(head(4));
    store.write('petition-desk', head(6), false);
    expect(store.read('petition-desk')).toEqual(head(6));
    expect(sent).toEqual([['petition-desk', head(6), false]]);
    expect(store.loss()).toBeNull();
  });

  it('takes over an earlier build’s localStorage head once, only on a desk whose main never wrote an anchor file', async () => {
    const forgotten: string[] = [];
    const legacy = { read: () => head(7), forget: (name: string) => void forgotten.push(name) };
    const sent: AuditHead[] = [];
    const fresh = sealedAnchors({ anchors: {}, anchorFile: 'none' }, async (_name, h) => sent.push(h), legacy);
    expect(fresh.read('petition-desk')).toEqual(head(7));
    expect(sent).toEqual([head(7)]);
    expect(forgotten).toEqual(['petition-desk']);

    const deleted = sealedAnchors({ anchors: {}, anchorFile: 'lost' }, async () => undefined, legacy);
    expect(deleted.read('petition-desk')).toBeNull();
    expect(deleted.loss()).toBe('本机的审计链末端文件已被删除');
  });

  it('a deleted anchor file is reported by 核验审计链 for a trail that has records', async () => {
    setAuditAnchorStore(sealedAnchors({ anchors: {}, anchorFile: 'lost' }, async () => undefined, null));
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, problem: 'anchorMissing' });
    expect(!result.ok && result.message).toContain('本机的审计链末端文件已被删除');
    // The next write raises the alarm in the trail itself and anchors again, moving forward.
    await addUnits('己');
    expect(readAuditAnchor(db.name)?.seq).toBe(7);
    expect((await rawAudit().get(6))?.action).toBe('chainAlarm');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 6, problem: 'anchorMissing' });
  });
});
