import type { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryAnchors, readAuditAnchor, setAuditAnchorStore } from '../../../renderer/src/db/audit/auditAnchor';
import { recordAudit } from '../../../renderer/src/db/audit/recordAudit';
import { verifyAuditChain } from '../../../renderer/src/db/audit/verify';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { setActor } from '../../../renderer/src/db/session';
import { createFirstAdmin, createUser, signIn } from '../../../renderer/src/db/users';
import type { Actor } from '../../../renderer/src/domain/access/account';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import type { Unit } from '../../../renderer/src/domain/types';
import { freshDb, openRaw } from './helpers';

vi.mock('../../../renderer/src/domain/access/password', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../renderer/src/domain/access/password')>();
  const rounds = 20_000;
  return {
    ...real,
    PASSWORD_ITERATIONS: rounds,
    hashPassword: (p: string, i = rounds) => real.hashPassword(p, i),
    needsRehash: () => false,
  };
});

const SLOW = { timeout: 30_000 };
const NOW = new Date(2026, 11, 5, 9, 0);
const AUDITOR = { username: 'shenji', displayName: '审计员甲', password: 'shenji2026' };

let db: DeskDatabase;
let raw: Dexie;
let admin: Actor;
let auditor: Actor;

beforeEach(async () => {
  setAuditAnchorStore(memoryAnchors());
  db = freshDb(null);
  admin = await createFirstAdmin(db, { username: 'admin', displayName: '王丽', password: 'xinfang2026' }, NOW);
  setActor(db, admin);
  const view = await createUser(db, { ...AUDITOR, role: 'auditor', confidentialAccess: false }, NOW);
  auditor = {
    userId: view.id,
    username: view.username,
    displayName: view.displayName,
    role: 'auditor',
    confidentialAccess: false,
  };
  for (const name of ['甲', '乙', '丙', '丁'])
    await db.units.add({ id: `unit-${name}`, parentId: null, name, partyBranch: '', order: 9 } satisfies Unit);
  setActor(db, null);
  raw = await openRaw(db);
});
afterEach(() => {
  raw.close();
  db.close();
});

const rawAudit = () => raw.table<AuditRecord, number>('audit');
const newestSeq = async () => (await rawAudit().orderBy(':id').last())?.seq ?? 0;

/** The 审计员 verifies; the desk is left signed out as it was. */
async function verifyAsAuditor() {
  setActor(db, auditor);
  try {
    return await verifyAuditChain(db);
  } finally {
    setActor(db, null);
  }
}

/** The audited writes that used to re-anchor the chain at the lower head. */
const LATER_WRITES: Record<string, () => Promise<unknown>> = {
  'a mistyped sign-in': () => signIn(db, 'admin', 'wrong-password', NOW).catch(() => undefined),
  'a sign-in with an unknown name': () => signIn(db, 'nobody', 'whatever1', NOW).catch(() => undefined),
  'the 审计员’s own sign-in': () => signIn(db, AUDITOR.username, AUDITOR.password, NOW),
  'an ordinary write': async () => {
    setActor(db, admin);
    await db.units.add({
      id: 'unit-later',
      parentId: null,
      name: '后来的单位',
      partyBranch: '',
      order: 9,
    } satisfies Unit);
    setActor(db, null);
  },
};

describe('the audit anchor never moves backwards', () => {
  it('an untouched trail verifies; a genuine first run (no records, no anchor) too', SLOW, async () => {
    expect(await verifyAsAuditor()).toMatchObject({ ok: true });
    const empty = freshDb(auditor);
    try {
      setAuditAnchorStore(memoryAnchors());
      expect(await verifyAuditChain(empty)).toEqual({ ok: true, count: 0 });
    } finally {
      empty.close();
    }
  });

  for (const [write, run] of Object.entries(LATER_WRITES)) {
    it(`the newest records deleted stay reported after ${write}`, SLOW, async () => {
      const head = await newestSeq();
      await rawAudit().bulkDelete([head - 1, head]);
      expect(await verifyAsAuditor()).toMatchObject({ ok: false, seq: head - 1, problem: 'missing' });

      await run();
      const result = await verifyAsAuditor();
      expect(result).toMatchObject({ ok: false, seq: head - 1, problem: 'missing' });
      expect(!result.ok && result.message).toContain(`第 ${head - 1} 至 ${head} 条审计记录缺失`);
      // The anchor went on from where it was, not from the cut-off end.
      expect(readAuditAnchor(db.name)?.seq).toBeGreaterThan(head);
      // The trail itself says what is missing: an alarm record naming the range and the head the desk had kept.
      const alarm = (await rawAudit().toArray()).find((r) => r.action === 'chainAlarm');
      expect(alarm?.summary).toContain(`第 ${head - 1} 至 ${head} 条审计记录缺失`);
      expect(alarm?.after).toMatchObject({
        kind: 'truncated',
        missingFrom: head - 1,
        missingTo: head,
        anchor: { seq: head },
      });
    });
  }

  it('deleting the alarm and everything after it raises a new alarm over the whole range', SLOW, async () => {
    const head = await newestSeq();
    await rawAudit().delete(head);
    await LATER_WRITES['a mistyped sign-in']!();
    const after = await newestSeq();
    await rawAudit().bulkDelete(Array.from({ length: after - head + 1 }, (_, i) => head + i));
    await LATER_WRITES['an ordinary write']!();
    const result = await verifyAsAuditor();
    expect(result).toMatchObject({ ok: false, seq: head, problem: 'missing' });
    expect(!result.ok && result.message).toContain(`第 ${head} 至 ${after} 条审计记录缺失`);
  });

  it(
    'a record deleted in the middle, an edited one and two swapped ones stay reported after later writes',
    SLOW,
    async () => {
      await rawAudit().delete(3);
      await LATER_WRITES['the 审计员’s own sign-in']!();
      expect(await verifyAsAuditor()).toMatchObject({ ok: false, seq: 3, problem: 'missing' });
    },
  );

  it('an edited record stays reported after later writes', SLOW, async () => {
    await rawAudit().update(4, { summary: '什么也没发生' });
    await LATER_WRITES['a mistyped sign-in']!();
    await LATER_WRITES['an ordinary write']!();
    expect(await verifyAsAuditor()).toMatchObject({ ok: false, seq: 4, problem: 'edited' });
  });

  it('two swapped records stay reported after later writes', SLOW, async () => {
    const [second, fourth] = [await rawAudit().get(2), await rawAudit().get(4)];
    await rawAudit().bulkPut([
      { ...fourth!, seq: 2 },
      { ...second!, seq: 4 },
    ]);
    await LATER_WRITES['the 审计员’s own sign-in']!();
    expect(await verifyAsAuditor()).toMatchObject({ ok: false, seq: 2, problem: 'moved' });
  });

  it('the tail replaced by records with recomputed hashes is reported, also after later writes', SLOW, async () => {
    const head = await newestSeq();
    const stored = await rawAudit().get(head);
    const { auditHash } = await import('../../../renderer/src/domain/audit/chain');
    const forged = { ...stored!, summary: '什么也没发生' };
    await rawAudit().put({ ...forged, hash: auditHash(forged) });
    await LATER_WRITES['an ordinary write']!();
    const result = await verifyAsAuditor();
    expect(result).toMatchObject({ ok: false, seq: head, problem: 'unlinked' });
    expect(!result.ok && result.message).toContain('与本机记下的审计链末端不符');
  });
});

describe('anchor loss does not pass silently', () => {
  it('the anchor store cleared is reported for a trail that has records, also after later writes', SLOW, async () => {
    setAuditAnchorStore(memoryAnchors());
    const before = await verifyAsAuditor();
    expect(before).toMatchObject({ ok: false, problem: 'anchorMissing' });
    expect(!before.ok && before.message).toContain('审计链末端的记录缺失');

    await LATER_WRITES['the 审计员’s own sign-in']!();
    await LATER_WRITES['an ordinary write']!();
    const after = await verifyAsAuditor();
    expect(after).toMatchObject({ ok: false, problem: 'anchorMissing' });
    expect((await rawAudit().toArray()).filter((r) => r.action === 'chainAlarm')).toHaveLength(1);
  });

  it('the anchor store cleared together with the newest records is reported after later writes', SLOW, async () => {
    const head = await newestSeq();
    await rawAudit().delete(head);
    setAuditAnchorStore(memoryAnchors());
    await LATER_WRITES['a mistyped sign-in']!();
    expect(await verifyAsAuditor()).toMatchObject({ ok: false, problem: 'anchorMissing' });
  });
});

describe('recordAudit: the actor is always the session’s', () => {
  it('a forged actor passed to recordAudit is ignored', SLOW, async () => {
    setActor(db, auditor);
    const forged = { actor: admin } as Record<string, unknown>;
    const record = await recordAudit(
      db,
      { action: 'export', entity: 'ledger', summary: '导出台账：3 件', ...forged },
      NOW,
    );
    expect(record).toMatchObject({ actorId: auditor.userId, actorName: auditor.displayName, actorRole: 'auditor' });
  });

  it('with nobody signed in, the record names the system, whatever the caller says', SLOW, async () => {
    const forged = { actor: admin } as Record<string, unknown>;
    const record = await recordAudit(db, { action: 'backup', entity: 'backup', summary: '自动备份', ...forged }, NOW);
    expect(record).toMatchObject({ actorId: null, actorName: '系统（未登录）', actorRole: null });
  });

  it('a successful sign-in is recorded as the account signing in; a failed one as the system', SLOW, async () => {
    await signIn(db, 'admin', 'wrong-password', NOW).catch(() => undefined);
    await signIn(db, AUDITOR.username, AUDITOR.password, NOW);
    const [failed, succeeded] = (await rawAudit().toArray()).slice(-2);
    expect(failed).toMatchObject({ action: 'signInFailed', actorId: null, actorName: '系统（未登录）' });
    expect(succeeded).toMatchObject({ action: 'signIn', actorId: auditor.userId, actorName: auditor.displayName });
  });
});
