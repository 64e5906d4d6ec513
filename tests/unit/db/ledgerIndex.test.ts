import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { onPetitionsChanged } from '../../../renderer/src/db/changes';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { applyCaseAction } from '../../../renderer/src/db/cases';
import type { LedgerChunk } from '../../../renderer/src/ledger/chunks';
import { LEDGER_FORMAT } from '../../../renderer/src/ledger/codec';
import { rebuildLedgerIndex } from '../../../renderer/src/db/ledgerIndex';
import { LEDGER_CHUNK_SIZE } from '../../../renderer/src/ledger/chunks';
import { ledgerRowsOf, putLedgerRows, readStoredLedger } from '../../../renderer/src/ledger/persistence';
import {
  linkReception,
  loadLedgerRows,
  loadLedgerRowsByIds,
  registerPetition,
} from '../../../renderer/src/db/petitions';
import {
  compareLedgerDefault,
  DEFAULT_LEDGER_SORT,
  queryLedger,
  type LedgerRow,
} from '../../../renderer/src/domain/ledgerQuery';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import { NOW, person, visit } from '../domain/fixtures';
import { freshDb, onStaff } from './helpers';

let db: DeskDatabase;
/** The loader warns exactly when it rebuilds; the tests read that as "the index was out of step". */
let rebuilt: MockInstance<typeof console.warn>;
beforeEach(() => {
  db = freshDb();
  rebuilt = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const LI = person({ name: '李秀兰', gender: '女', idNumber: '11010519491231002X', phone: '13912345678' });
const search = (rows: readonly LedgerRow[], text: string) =>
  queryLedger(rows, { text, sort: DEFAULT_LEDGER_SORT, page: 1, pageSize: 50 }).rows.map((r) => r.regNo);

/** A few petitions across two years, a group visit with flags, and a repeat visit that adds a person. */
async function registerSome() {
  const a = await registerPetition(db, visit({ receivedAt: '2025-12-30T09:00' }), new Date(2025, 11, 30, 10, 0));
  const b = await registerPetition(
    db,
    visit({
      channel: '来信',
      petitioners: [person({ idNumber: '', phone: '' }), LI],
      headcount: 6,
      flags: { jointLetter: true, anonymous: false, levelSkipping: true, lawRelated: false },
    }),
    NOW,
  );
  const c = await registerPetition(db, visit({ receivedAt: '2026-05-25T08:00', summary: '采'.repeat(200) }), NOW);
  await linkReception(db, a.id, visit({ petitioners: [LI], receivedAt: '2026-05-25T09:00' }), NOW);
  return [a, b, c];
}

describe('the ledger’s persisted index', () => {
  it('gives each row its petitioners’ 身份 and every contact, the one a registration or a linked visit just wrote included', async () => {
    const first = await registerPetition(db, visit({ receivedAt: '2026-05-20T09:00', headcount: 1 }), NOW);
    const rowOf = async () => (await loadLedgerRows(db)).find((r) => r.id === first.id);
    expect((await rowOf())?.receptions).toEqual([
      { receivedAt: '2026-05-20T09:00', channel: '来访', headcount: 1, isRepeat: false, flags: first.flags },
    ]);
    const group = { collective: true, jointLetter: false, anonymous: false, levelSkipping: true, lawRelated: false };
    await linkReception(
      db,
      first.id,
      visit({
        petitioners: [LI, person({ name: '赵丽', idNumber: '', phone: '13700001111' })],
        receivedAt: '2026-05-25T09:00',
        headcount: 6,
        flags: group,
      }),
      NOW,
    );
    const row = await rowOf();
    expect(row?.receptions).toEqual([
      { receivedAt: '2026-05-20T09:00', channel: '来访', headcount: 1, isRepeat: false, flags: first.flags },
      { receivedAt: '2026-05-25T09:00', channel: '来访', headcount: 6, isRepeat: true, flags: group },
    ]);
    expect(row?.identityTypes).toEqual(['在职职工']);
    expect(await loadLedgerRowsByIds(db, [first.id])).toEqual([row]);
    expect(rebuilt).not.toHaveBeenCalled();
  });

  it('rewrites a person’s earlier rows when a later form records another 身份 for them', async () => {
    const first = await registerPetition(db, visit(), NOW);
    await registerPetition(db, visit({ petitioners: [person({ identityType: '内退人员' })] }), NOW);
    const rows = await loadLedgerRows(db);
    expect(rows.map((r) => r.identityTypes)).toEqual([['内退人员'], ['内退人员']]);
    expect(rows.find((r) => r.id === first.id)?.identityTypes).toEqual(['内退人员']);
    expect(rebuilt).not.toHaveBeenCalled();
  });

  it('loads, from the rows each write kept, exactly what a rebuild from the petitions gives', async () => {
    const saved = await registerSome();
    const loaded = await loadLedgerRows(db);
    expect(rebuilt).not.toHaveBeenCalled();
    expect(loaded.map((r) => r.regNo)).toEqual(['2026-0001', '2026-0002', '2025-0001']);
    expect(await rebuildLedgerIndex(db)).toEqual(loaded);
    const fresh = await loadLedgerRowsByIds(
      db,
      saved.map((p) => p.id),
    );
    expect(loaded.map((r) => fresh.find((f) => f.id === r.id))).toEqual(loaded);
    expect(loaded.map((r) => Object.keys(r))).toEqual(fresh.map((r) => Object.keys(r)));
  });

  it('reads every chunk, in order, when there are more than a load asks for at once', async () => {
    const [first] = await registerSome();
    if (!first) throw new Error('no petition');
    const [template] = await ledgerRowsOf(db, [first]);
    if (!template) throw new Error('no row');
    // 60 more rows, each alone in its chunk (two years, every block): far more chunks than a load keeps in flight.
    const rows = Array.from({ length: 60 }, (_, k): LedgerRow => {
      const year = 2023 + (k % 2);
      const seq = Math.floor(k / 2) * LEDGER_CHUNK_SIZE + 1;
      return { ...template, id: `block-${k}`, year, seq, regNo: `${year}-${String(seq).padStart(4, '0')}` };
    });
    await db.transaction('rw', [db.petitions, db.petitioners, db.receptions, db.ledgerChunks], () =>
      putLedgerRows(db, rows),
    );
    expect(await db.ledgerChunks.count()).toBeGreaterThan(60);
    const { decoded } = await readStoredLedger(db);
    if (!('rows' in decoded)) throw new Error(decoded.problem);
    expect(decoded.rows).toHaveLength(63);
    expect(new Set(decoded.rows.map((r) => r.id)).size).toBe(63);
    expect(decoded.rows.map((r) => r.id)).toEqual([...decoded.rows].sort(compareLedgerDefault).map((r) => r.id));
    expect(decoded.rows.find((r) => r.id === 'block-59')).toEqual(rows[59]);
  });

  it('loads an empty ledger without rebuilding anything', async () => {
    expect(await loadLedgerRows(db)).toEqual([]);
    expect(rebuilt).not.toHaveBeenCalled();
  });

  it('finds a petition by a person linkReception added, after a fresh load', async () => {
    const [a] = await registerSome();
    const row = (await loadLedgerRows(db)).find((r) => r.id === a?.id);
    expect(row).toMatchObject({ petitionerNames: ['张三', '李秀兰'], receptionCount: 2 });
    expect(search(await loadLedgerRows(db), 'lxl')).toEqual(['2026-0001', '2025-0001']);
    expect(rebuilt).not.toHaveBeenCalled();
  });

  it('leaves the index as it was when a registration fails inside its transaction', async () => {
    await registerSome();
    const before = await db.ledgerChunks.toArray();
    vi.spyOn(db.caseEvents, 'add').mockRejectedValue(new Error('磁盘已满'));
    await expect(registerPetition(db, visit({ petitioners: [person({ name: '张山' })] }), NOW)).rejects.toThrow(
      '磁盘已满',
    );
    expect(await db.ledgerChunks.toArray()).toEqual(before);
    expect((await loadLedgerRows(db)).map((r) => r.petitionerNames[0])).toEqual(['张三', '张三', '张三']);
    expect(rebuilt).not.toHaveBeenCalled();
  });

  it('rewrites a person’s earlier rows and search text when a later form corrects the name', async () => {
    const first = await registerPetition(db, visit(), NOW);
    const seen: string[][] = [];
    const stop = onPetitionsChanged((ids) => seen.push(ids));
    const second = await registerPetition(db, visit({ petitioners: [person({ name: '张山' })] }), NOW);
    stop();
    expect(seen.map((ids) => [...ids].sort())).toEqual([[second.id, first.id].sort()]);
    const rows = await loadLedgerRows(db);
    expect(rows.map((r) => r.petitionerNames)).toEqual([['张山'], ['张山']]);
    expect(search(rows, 'zhangshan')).toEqual(['2026-0002', '2026-0001']);
    expect(search(rows, '张三')).toEqual([]);
    expect(rebuilt).not.toHaveBeenCalled();
  });

  it('rebuilds the index when a chunk is missing', async () => {
    await registerSome();
    const expected = await loadLedgerRows(db);
    await db.ledgerChunks.delete('2025:0000');
    expect(await loadLedgerRows(db)).toEqual(expected);
    expect(rebuilt).toHaveBeenCalledTimes(1);
    expect(await db.ledgerChunks.get('2025:0000')).toBeDefined();
  });

  it('rebuilds the index when a chunk is of another format or unreadable', async () => {
    await registerSome();
    const expected = await loadLedgerRows(db);
    await db.ledgerChunks.update('2026:0000', { format: LEDGER_FORMAT - 1 });
    expect(await loadLedgerRows(db)).toEqual(expected);
    await db.ledgerChunks.update('2025:0000', { rows: '[["' });
    expect(await loadLedgerRows(db)).toEqual(expected);
    expect(rebuilt).toHaveBeenCalledTimes(2);
    expect(await loadLedgerRows(db)).toEqual(expected);
    expect(rebuilt).toHaveBeenCalledTimes(2);
  });

  it('rebuilds the index when a writer that keeps the chunks itself saved the newest petition without its row', async () => {
    const [, b] = await registerSome();
    if (!b) throw new Error('no petition');
    // Naming ledgerChunks, the transaction keeps the rows itself, and forgets to: the petition moves on, its row does not.
    await db.transaction('rw', [db.petitions, db.ledgerChunks], () =>
      db.petitions.put({ ...b, status: 'accepted', updatedAt: '2026-05-26T09:00:00.000' }),
    );
    const rows = await loadLedgerRows(db);
    expect(rows.find((r) => r.id === b.id)?.status).toBe('accepted');
    expect(rebuilt).toHaveBeenCalledTimes(1);
  });

  it('rebuilds the index when a petition was added without its row', async () => {
    const [a] = await registerSome();
    if (!a) throw new Error('no petition');
    await db.transaction('rw', [db.petitions, db.ledgerChunks], () =>
      db.petitions.add({
        ...a,
        id: 'imported',
        regNo: '2024-0001',
        year: 2024,
        seq: 1,
        updatedAt: '2024-01-01T00:00:00.000',
      }),
    );
    expect((await loadLedgerRows(db)).map((r) => r.regNo)).toEqual([
      '2026-0001',
      '2026-0002',
      '2025-0001',
      '2024-0001',
    ]);
    expect(rebuilt).toHaveBeenCalledTimes(1);
  });

  it('keeps the row of a writer that calls nothing for it: a petition, a person or a contact written straight to its table', async () => {
    const [a, b] = await registerSome();
    if (!a || !b) throw new Error('no petition');
    const seen: string[][] = [];
    const stop = onPetitionsChanged((ids) => seen.push([...ids].sort()));
    await db.petitions.put({ ...b, status: 'accepted', updatedAt: '2026-05-26T09:00:00.000' });
    const li = await db.petitioners.where('idNumber').equals(LI.idNumber).first();
    if (!li) throw new Error('no person');
    await db.petitioners.put({ ...li, name: '李秀英' });
    const reception = (await db.receptions.where('petitionId').equals(b.id).toArray())[0];
    if (!reception) throw new Error('no reception');
    await db.receptions.add({ ...reception, id: 'later', receivedAt: '2026-05-27T09:00', isRepeat: true });
    await db.petitions.add({ ...a, id: 'imported', regNo: '2024-0001', year: 2024, seq: 1, updatedAt: '2024-01-01' });
    stop();
    const rows = await loadLedgerRows(db);
    expect(rebuilt).not.toHaveBeenCalled();
    expect(rows.find((r) => r.id === b.id)).toMatchObject({ status: 'accepted', petitionerNames: ['张三', '李秀英'] });
    expect(rows.find((r) => r.id === b.id)?.receptions.map((r) => r.receivedAt)).toEqual([
      '2026-05-25T09:30',
      '2026-05-27T09:00',
    ]);
    expect(rows.find((r) => r.id === a.id)?.petitionerNames).toEqual(['张三', '李秀英']);
    expect(rows.map((r) => r.regNo)).toContain('2024-0001');
    expect(await rebuildLedgerIndex(db)).toEqual(rows);
    // One announcement per committed transaction, naming every petition whose row it changed.
    expect(seen).toEqual([[b.id], [a.id, b.id].sort(), [b.id], ['imported']]);
  });

  it('takes a deleted petition’s row out, and announces nothing for a transaction that failed', async () => {
    const [a, b] = await registerSome();
    if (!a || !b) throw new Error('no petition');
    const seen: string[][] = [];
    const stop = onPetitionsChanged((ids) => seen.push(ids));
    const before = await db.ledgerChunks.toArray();
    await expect(
      db.transaction('rw', [db.petitions], async () => {
        await db.petitions.put({ ...a, status: 'accepted' });
        throw new Error('中途失败');
      }),
    ).rejects.toThrow('中途失败');
    expect(await db.ledgerChunks.toArray()).toEqual(before);
    expect(seen).toEqual([]);
    await db.petitions.delete(b.id);
    stop();
    expect(seen).toEqual([[b.id]]);
    expect((await loadLedgerRows(db)).map((r) => r.regNo)).toEqual(['2026-0002', '2025-0001']);
    expect(rebuilt).not.toHaveBeenCalled();
  });

  it('keeps rows through updates in parallel, a contact or a person deleted, and a table emptied', async () => {
    const [a, b, c] = await registerSome();
    if (!a || !b || !c) throw new Error('no petition');
    await db.transaction('rw', [db.petitions], () =>
      Promise.all([db.petitions.update(a.id, { status: 'accepted' }), db.petitions.update(c.id, { headcount: 9 })]),
    );
    const repeat = (await db.receptions.where('petitionId').equals(a.id).toArray()).find((r) => r.isRepeat);
    if (!repeat) throw new Error('no repeat visit');
    await db.receptions.delete(repeat.id);
    const li = await db.petitioners.where('idNumber').equals(LI.idNumber).first();
    if (!li) throw new Error('no person');
    await db.petitioners.delete(li.id);
    const rows = await loadLedgerRows(db);
    expect(rows.find((r) => r.id === a.id)).toMatchObject({ status: 'accepted', petitionerNames: ['张三'] });
    expect(rows.find((r) => r.id === a.id)?.receptions).toHaveLength(1);
    expect(rows.find((r) => r.id === c.id)?.headcount).toBe(9);
    await db.receptions.clear();
    const emptied = await loadLedgerRows(db);
    expect(emptied.every((r) => r.receptions.length === 0)).toBe(true);
    expect(rebuilt).not.toHaveBeenCalled();
    expect(await rebuildLedgerIndex(db)).toEqual(emptied);
  });

  it('aborts a transaction whose row cannot be written, even when the writer catches the error', async () => {
    const [a] = await registerSome();
    if (!a) throw new Error('no petition');
    const before = await db.petitions.get(a.id);
    const chunks = await db.ledgerChunks.toArray();
    await expect(
      db.transaction('rw', [db.petitions], async () => {
        // Not a list of people: the record is stored, its row cannot be built.
        await db.petitions.put({ ...a, summary: '新摘要', petitionerIds: 42 as never }).catch(() => undefined);
      }),
    ).rejects.toThrow();
    expect(await db.petitions.get(a.id)).toEqual(before);
    expect(await db.ledgerChunks.toArray()).toEqual(chunks);
  });

  it('refuses a direct write to the chunks inside a transaction whose rows it keeps', async () => {
    await registerSome();
    const [chunk] = await db.ledgerChunks.toArray();
    if (!chunk) throw new Error('no chunk');
    await expect(
      db.transaction('rw', [db.petitions], () => db.ledgerChunks.put({ ...chunk, rows: '[]' })),
    ).rejects.toThrow('不能直接写入');
    expect(await db.ledgerChunks.get(chunk.key)).toEqual(chunk);
  });

  it('refuses to write rows outside the transaction that writes their petitions', async () => {
    const [a] = await registerSome();
    if (!a) throw new Error('no petition');
    const rows = await db.transaction('r', [db.petitions, db.petitioners, db.receptions], () => ledgerRowsOf(db, [a]));
    await expect(putLedgerRows(db, rows)).rejects.toThrow('同一事务');
  });

  it.each([1, 2, 7])(
    'rebuilds an index written in format %i (one positional tuple per row), and the rows then carry facts, 身份 and contacts',
    async (format) => {
      const [a] = await registerSome();
      if (!a) throw new Error('no petition');
      const expected = await loadLedgerRows(db);
      // An earlier release's chunks: a tuple per row under their format number, its first fields the row's own.
      const current = await db.ledgerChunks.toArray();
      const older = current.map((c): LedgerChunk => ({
        ...c,
        format,
        rows: JSON.stringify(
          expected.filter((r) => c.key.startsWith(`${r.year}:`)).map((r) => [r.id, r.regNo, r.year, r.seq]),
        ),
      }));
      await db.ledgerChunks.bulkPut(older);
      const rows = await loadLedgerRows(db);
      expect(rebuilt).toHaveBeenCalledTimes(1);
      expect(rebuilt.mock.calls[0]?.[0]).toContain(`格式为 ${format}`);
      expect(rows).toEqual(expected);
      const row = rows.find((r) => r.id === a.id);
      expect(row?.caseFacts).toEqual({ nature: '申诉求决', receivedAt: '2025-12-30' });
      expect(row?.identityTypes).toEqual(['在职职工']);
      expect(row?.receptions.map((r) => [r.receivedAt, r.isRepeat])).toEqual([
        ['2025-12-30T09:00', false],
        ['2026-05-25T09:00', true],
      ]);
      expect((await db.ledgerChunks.toArray()).every((c) => c.format === LEDGER_FORMAT)).toBe(true);
      expect(await loadLedgerRows(db)).toEqual(expected);
      expect(rebuilt).toHaveBeenCalledTimes(1);
    },
  );

  it('keeps an open case’s facts in its row through each action, and only the statistics’ ones once it is closed', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    const ctx = (day: number) => ({
      now: new Date(2026, 4, day, 10, 0),
      actor: '王丽',
      calendar: createWorkCalendar(),
    });
    const factsOf = async () => (await loadLedgerRows(db)).find((r) => r.id === petition.id)?.caseFacts;
    const leaderOf = async () => (await loadLedgerRows(db)).find((r) => r.id === petition.id)?.leader;
    expect(await leaderOf()).toBeNull();
    expect(await factsOf()).toEqual({ nature: '申诉求决', receivedAt: '2026-05-25' });
    await applyCaseAction(db, petition.id, 'accept', {}, ctx(25));
    await onStaff(db, '李强', '赵刚');
    await applyCaseAction(
      db,
      petition.id,
      'assign',
      { unitId: 'unit-1-1-1', unitName: '综采一队', leader: '李强', handler: '赵刚', dueDate: '2026-06-20' },
      ctx(26),
    );
    await applyCaseAction(
      db,
      petition.id,
      'supervise',
      { method: '电话', date: '2026-05-27', content: '催办' },
      ctx(27),
    );
    expect(await factsOf()).toEqual({
      nature: '申诉求决',
      receivedAt: '2026-05-25',
      acceptedAt: '2026-05-25',
      assignment: {
        unitId: 'unit-1-1-1',
        unitName: '综采一队',
        leader: '李强',
        handler: '赵刚',
        dueDate: '2026-06-20',
        assignedAt: '2026-05-26',
      },
      lastSupervisedAt: '2026-05-27',
    });
    expect(await leaderOf()).toBe('李强');
    await applyCaseAction(
      db,
      petition.id,
      'reply',
      { claims: [{ claim: '补发', outcome: '予以支持', opinion: '补发' }], servedAt: '2026-05-28' },
      ctx(28),
    );
    await applyCaseAction(db, petition.id, 'followUp', { date: '2026-05-29', satisfaction: '满意', note: '' }, ctx(29));
    await applyCaseAction(db, petition.id, 'close', {}, ctx(29));
    expect(await factsOf()).toEqual({
      nature: '申诉求决',
      receivedAt: '2026-05-25',
      acceptedAt: '2026-05-25',
      repliedAt: '2026-05-28',
      servedAt: '2026-05-28',
      closedAt: '2026-05-29',
      followUp: { date: '2026-05-29', satisfaction: '满意' },
    });
    // The statistics' facts drop the assignment once the case is closed; the row keeps its 包案领导.
    expect(await leaderOf()).toBe('李强');
    expect(await loadLedgerRowsByIds(db, [petition.id])).toEqual(
      (await loadLedgerRows(db)).filter((r) => r.id === petition.id),
    );
    expect(rebuilt).not.toHaveBeenCalled();
  });
});
