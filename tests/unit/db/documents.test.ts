import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { MissingRecordError } from '../../../renderer/src/db/errors';
import { onPetitionsChanged } from '../../../renderer/src/db/changes';
import {
  issueDocument,
  listDocuments,
  peekDocNo,
  reissueDocument,
  type IssueDocumentInput,
} from '../../../renderer/src/db/documents';
import { loadLedgerRows, registerPetition } from '../../../renderer/src/db/petitions';
import { DEFAULT_DEADLINE_RULES, runningDeadlines } from '../../../renderer/src/domain/deadlines';
import { DOC_KINDS, docNoCounterKey, type DocKind } from '../../../renderer/src/domain/docNo';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import type { IssuedDocument } from '../../../renderer/src/domain/types';
import { NOW, visit } from '../domain/fixtures';
import { setActor } from '../../../renderer/src/db/session';
import { adminNamed, freshDb } from './helpers';

let db: DeskDatabase;
let petitionId: string;
beforeEach(async () => {
  db = freshDb(adminNamed('王丽'));
  petitionId = (await registerPetition(db, visit(), NOW)).id;
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** Stands in for a docx builder: the "letter" is its 文号, so a test can see which number was printed. */
const printNumber = async (docNo: string | null) => new TextEncoder().encode(docNo ?? '无文号');
const printed = (doc: IssuedDocument) => new TextDecoder().decode(doc.bytes as Uint8Array);

function issue(kind: DocKind, overrides: Partial<IssueDocumentInput> = {}) {
  return issueDocument(db, {
    petitionId,
    kind,
    year: 2026,
    prefix: '曹矿信受',
    build: printNumber,
    fileName: `${kind}.docx`,
    now: NOW,
    ...overrides,
  });
}

const counter = async (kind: DocKind, year: number) => (await db.settings.get(docNoCounterKey(kind, year)))?.value;

describe('issueDocument', () => {
  it('numbers each kind on its own counter, from 1, and prints the number it stores', async () => {
    const first = await issue('acceptanceNotice');
    const second = await issue('acceptanceNotice');
    const other = await issue('assignmentSheet', { prefix: '曹矿信交' });
    expect([first.docNo, second.docNo, other.docNo]).toEqual([
      '曹矿信受〔2026〕1号',
      '曹矿信受〔2026〕2号',
      '曹矿信交〔2026〕1号',
    ]);
    expect([first.n, second.n, other.n]).toEqual([1, 2, 1]);
    expect(printed(second)).toBe('曹矿信受〔2026〕2号');
    expect(second).toMatchObject({
      petitionId,
      kind: 'acceptanceNotice',
      year: 2026,
      version: 1,
      supersedes: null,
      issuedBy: '王丽',
    });
    expect(await counter('acceptanceNotice', 2026)).toBe(2);
  });

  it('starts again at 1 in a new year and leaves the old year’s counter as it was', async () => {
    await issue('acceptanceNotice', { year: 2025 });
    await issue('acceptanceNotice', { year: 2025 });
    const january = await issue('acceptanceNotice', { year: 2026, now: new Date(2026, 0, 2, 9, 0) });
    expect(january.docNo).toBe('曹矿信受〔2026〕1号');
    expect(await counter('acceptanceNotice', 2025)).toBe(2);
    expect(await db.documents.filter((d) => d.kind === 'acceptanceNotice' && d.year === 2025).count()).toBe(2);
  });

  it('gives issues started at the same moment distinct, consecutive numbers, each printed in its own letter', async () => {
    const docs = await Promise.all([
      issue('handlingOpinion', { prefix: '曹矿信复' }),
      issue('handlingOpinion', { prefix: '曹矿信复' }),
      issue('handlingOpinion', { prefix: '曹矿信复' }),
    ]);
    expect(docs.map((d) => d.n).sort()).toEqual([1, 2, 3]);
    for (const d of docs) expect(printed(d)).toBe(d.docNo);
    expect(await counter('handlingOpinion', 2026)).toBe(3);
  });

  it('consumes no number when the store fails, so the next letter takes it', async () => {
    await issue('acceptanceNotice');
    const failing = (): void => {
      throw new Error('磁盘已满');
    };
    db.documents.hook('creating', failing);
    await expect(issue('acceptanceNotice')).rejects.toThrow('磁盘已满');
    db.documents.hook('creating').unsubscribe(failing);
    expect(await counter('acceptanceNotice', 2026)).toBe(1);
    expect((await issue('acceptanceNotice')).docNo).toBe('曹矿信受〔2026〕2号');
    expect(await db.documents.count()).toBe(2);
  });

  it('consumes no number when building the letter fails', async () => {
    const broken = () => Promise.reject(new Error('模板缺少正文'));
    await expect(issue('acceptanceNotice', { build: broken })).rejects.toThrow('模板缺少正文');
    expect(await counter('acceptanceNotice', 2026)).toBeUndefined();
    expect((await issue('acceptanceNotice')).n).toBe(1);
  });

  it('issues a 信访登记表 without a 文号 and touches no counter', async () => {
    const before = await db.settings.count();
    const form = await issue('registrationForm');
    expect(form).toMatchObject({ docNo: null, n: null, version: 1 });
    expect(printed(form)).toBe('无文号');
    expect(await db.settings.count()).toBe(before);
  });

  it('refuses a letter for a petition that does not exist', async () => {
    await expect(issue('acceptanceNotice', { petitionId: 'nope' })).rejects.toBeInstanceOf(MissingRecordError);
    expect(await counter('acceptanceNotice', 2026)).toBeUndefined();
  });
});

describe('reissueDocument', () => {
  it('makes a new version under the same 文号, never renumbering, and keeps the earlier version', async () => {
    const first = await issue('acceptanceNotice');
    await issue('acceptanceNotice');
    const later = new Date(2026, 4, 27, 11, 0);
    setActor(db, adminNamed('刘主任'));
    const second = await reissueDocument(db, { documentId: first.id, build: printNumber, now: later });
    expect(second).toMatchObject({
      docNo: '曹矿信受〔2026〕1号',
      n: 1,
      year: 2026,
      version: 2,
      supersedes: first.id,
      issuedBy: '刘主任',
      fileName: first.fileName,
    });
    expect(printed(second)).toBe('曹矿信受〔2026〕1号');
    expect(await counter('acceptanceNotice', 2026)).toBe(2);
    const third = await reissueDocument(db, {
      documentId: second.id,
      build: printNumber,
      fileName: '受理告知书（更正）.docx',
      now: later,
    });
    expect(third).toMatchObject({
      docNo: first.docNo,
      version: 3,
      supersedes: second.id,
      fileName: '受理告知书（更正）.docx',
    });
    expect((await listDocuments(db, petitionId)).map((d) => [d.docNo, d.version])).toEqual([
      ['曹矿信受〔2026〕1号', 1],
      ['曹矿信受〔2026〕2号', 1],
      ['曹矿信受〔2026〕1号', 2],
      ['曹矿信受〔2026〕1号', 3],
    ]);
  });

  it('keeps the event the letter reports, on the first issue and on every reissue (a 督办单 names its 督办)', async () => {
    const first = await issue('supervisionSheet', { prefix: '曹矿信督', sourceEventId: 'event-supervise-1' });
    expect(first.sourceEventId).toBe('event-supervise-1');
    const again = await reissueDocument(db, { documentId: first.id, build: printNumber, now: NOW });
    expect(again.sourceEventId).toBe('event-supervise-1');
    expect((await listDocuments(db, petitionId)).map((d) => d.sourceEventId)).toEqual([
      'event-supervise-1',
      'event-supervise-1',
    ]);
  });

  it('refuses to reissue a version that has already been replaced', async () => {
    const first = await issue('acceptanceNotice');
    await reissueDocument(db, { documentId: first.id, build: printNumber, now: NOW });
    await expect(reissueDocument(db, { documentId: first.id, build: printNumber, now: NOW })).rejects.toThrow(
      '已有更新的版本（第2版）',
    );
    expect(await db.documents.count()).toBe(2);
  });

  it('lets only one of two simultaneous reissues of the same version through', async () => {
    const first = await issue('acceptanceNotice');
    const results = await Promise.allSettled(
      [1, 2].map(() => reissueDocument(db, { documentId: first.id, build: printNumber, now: NOW })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.documents.count()).toBe(2);
  });
});

describe('listDocuments', () => {
  it('lists only this petition’s letters', async () => {
    const otherId = (await registerPetition(db, visit({ receivedAt: '2026-05-25T08:00' }), NOW)).id;
    await issue('acceptanceNotice');
    await issue('acceptanceNotice', { petitionId: otherId });
    expect((await listDocuments(db, petitionId)).map((d) => d.n)).toEqual([1]);
    expect((await listDocuments(db, otherId)).map((d) => d.n)).toEqual([2]);
  });
});

describe('issuing a letter records it on the case', () => {
  const state = async () => (await db.petitions.get(petitionId))?.caseFacts;
  const issueEvents = async () =>
    (await db.caseEvents.where('petitionId').equals(petitionId).sortBy('at')).filter((e) => e.type === 'issueDocument');
  const calendar = createWorkCalendar();

  it.each<[DocKind, string]>([
    ['acceptanceNotice', '曹矿信受'],
    ['rejectionNotice', '曹矿信不受'],
  ])('a %s sets the day the acceptance decision was notified, stopping the 受理告知期限', async (kind, prefix) => {
    const today = '2026-05-25';
    const facts = await state();
    expect(
      runningDeadlines(facts ?? { nature: '申诉求决', receivedAt: today }, DEFAULT_DEADLINE_RULES, calendar, today).map(
        (d) => d.key,
      ),
    ).toContain('acceptanceNotice');
    const later = new Date(2026, 4, 27, 15, 30);
    const doc = await issue(kind, { prefix, now: later });
    expect(doc.docNo).toBe(`${prefix}〔2026〕1号`);
    const after = await state();
    expect(after?.acceptanceNoticeIssuedAt).toBe('2026-05-27');
    expect(runningDeadlines(after!, DEFAULT_DEADLINE_RULES, calendar, '2026-05-27').map((d) => d.key)).not.toContain(
      'acceptanceNotice',
    );
    expect((await issueEvents()).map((e) => [e.text, e.actor, e.at])).toEqual([
      [`出具${DOC_KINDS[kind].label} ${prefix}〔2026〕1号`, '王丽', doc.issuedAt],
    ]);
  });

  it('keeps the numbering as before: the counter and the fact move together', async () => {
    await issue('acceptanceNotice');
    await issue('assignmentSheet', { prefix: '曹矿信交' });
    const second = await issue('acceptanceNotice');
    expect(second.docNo).toBe('曹矿信受〔2026〕2号');
    expect(await counter('acceptanceNotice', 2026)).toBe(2);
    expect(await counter('assignmentSheet', 2026)).toBe(1);
    // The first notice's day stays: a second one does not restart or move the notice.
    expect((await state())?.acceptanceNoticeIssuedAt).toBe('2026-05-25');
    // Issued in the same millisecond, so compared without order.
    expect((await issueEvents()).map((e) => e.text).sort()).toEqual([
      '出具交办单 曹矿信交〔2026〕1号',
      '出具受理告知书 曹矿信受〔2026〕1号',
      '出具受理告知书 曹矿信受〔2026〕2号',
    ]);
  });

  it('writes the petition’s ledger row with the fact and announces the change after the commit', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: Array<Promise<string | undefined>> = [];
    const off = onPetitionsChanged((ids) =>
      seen.push(...ids.map(async (id) => (await db.petitions.get(id))?.caseFacts?.acceptanceNoticeIssuedAt)),
    );
    await issue('acceptanceNotice');
    off();
    // Announced by the letter and by the petition's own write (ledger/middleware.ts): each time with the fact stored.
    expect(new Set(await Promise.all(seen))).toEqual(new Set(['2026-05-25']));
    const rows = await loadLedgerRows(db);
    expect(rows[0]?.id).toBe(petitionId);
    expect(warn).not.toHaveBeenCalled();
  });

  it('announces the case after every letter, also one that leaves the petition as it was, so its page shows the letter', async () => {
    const seen: string[][] = [];
    const off = onPetitionsChanged((ids) => seen.push(ids));
    const sheet = await issue('assignmentSheet', { prefix: '曹矿信交' });
    expect(seen).toEqual([[petitionId]]);
    await issue('registrationForm');
    expect(seen).toEqual([[petitionId], [petitionId]]);
    await reissueDocument(db, { documentId: sheet.id, build: printNumber, now: NOW });
    off();
    expect(seen).toEqual([[petitionId], [petitionId], [petitionId]]);
  });

  it('writes nothing — no fact, no event, no number — when building the letter fails', async () => {
    const before = await state();
    await expect(
      issue('acceptanceNotice', { build: () => Promise.reject(new Error('请填写调查认定的事实')) }),
    ).rejects.toThrow('请填写调查认定的事实');
    expect(await state()).toEqual(before);
    expect(await issueEvents()).toEqual([]);
    expect(await counter('acceptanceNotice', 2026)).toBeUndefined();
    expect(await db.documents.count()).toBe(0);
  });

  it('writes nothing when storing the document fails', async () => {
    const failing = (): void => {
      throw new Error('磁盘已满');
    };
    db.documents.hook('creating', failing);
    await expect(issue('acceptanceNotice')).rejects.toThrow('磁盘已满');
    db.documents.hook('creating').unsubscribe(failing);
    expect((await state())?.acceptanceNoticeIssuedAt).toBeUndefined();
    expect(await issueEvents()).toEqual([]);
  });

  it('records a reissue with its version, leaving the notice day as it was', async () => {
    const first = await issue('acceptanceNotice');
    setActor(db, adminNamed('刘主任'));
    await reissueDocument(db, { documentId: first.id, build: printNumber, now: new Date(2026, 4, 28, 9, 0) });
    expect((await state())?.acceptanceNoticeIssuedAt).toBe('2026-05-25');
    expect((await issueEvents()).map((e) => [e.text, e.actor])).toEqual([
      ['出具受理告知书 曹矿信受〔2026〕1号', '王丽'],
      ['重新出具受理告知书（第2版） 曹矿信受〔2026〕1号', '刘主任'],
    ]);
  });

  it('previews the number the next letter would take without taking it', async () => {
    expect(await peekDocNo(db, 'acceptanceNotice', 2026, { prefix: '曹矿信受' })).toBe('曹矿信受〔2026〕1号');
    await issue('acceptanceNotice');
    expect(await peekDocNo(db, 'acceptanceNotice', 2026, { prefix: '曹矿信受' })).toBe('曹矿信受〔2026〕2号');
    expect(await peekDocNo(db, 'registrationForm', 2026, { prefix: '' })).toBeNull();
    expect(await counter('acceptanceNotice', 2026)).toBe(1);
  });
});

describe('a 复查意见书 under the 代字 it prints', () => {
  const review = (prefix: string, series?: string) => issue('reviewOpinion', { prefix, ...(series ? { series } : {}) });

  it('numbers each 代字 on its own counter, from 1 on a new desk', async () => {
    expect(await peekDocNo(db, 'reviewOpinion', 2026, { prefix: '集团信复查', series: '集团信复查' })).toBe(
      '集团信复查〔2026〕1号',
    );
    expect(printed(await review('集团信复查', '集团信复查'))).toBe('集团信复查〔2026〕1号');
    expect(printed(await review('集团信复查', '集团信复查'))).toBe('集团信复查〔2026〕2号');
    expect(printed(await review('曹矿信复查', '曹矿信复查'))).toBe('曹矿信复查〔2026〕1号');
    expect((await db.settings.get(docNoCounterKey('reviewOpinion', 2026, '集团信复查')))?.value).toBe(2);
  });

  it('starts a 代字’s first counter above the kind’s older one, so a 代字 printed there is never numbered again', async () => {
    // Before counters per 代字: the desk printed 集团信复查 on the kind's counter.
    expect(printed(await review('集团信复查'))).toBe('集团信复查〔2026〕1号');
    expect(printed(await review('集团信复查'))).toBe('集团信复查〔2026〕2号');
    expect(await peekDocNo(db, 'reviewOpinion', 2026, { prefix: '集团信复查', series: '集团信复查' })).toBe(
      '集团信复查〔2026〕3号',
    );
    expect(printed(await review('集团信复查', '集团信复查'))).toBe('集团信复查〔2026〕3号');
    expect(printed(await review('信复查', '信复查'))).toBe('信复查〔2026〕3号');
    expect(await counter('reviewOpinion', 2026)).toBe(2);
  });
});

describe('the file name of an issued letter', () => {
  it('can carry the 文号 the letter actually took', async () => {
    await issue('acceptanceNotice');
    const doc = await issue('acceptanceNotice', { fileName: (docNo) => `受理告知书-${docNo}.docx` });
    expect(doc.fileName).toBe('受理告知书-曹矿信受〔2026〕2号.docx');
    expect((await db.documents.get(doc.id))?.fileName).toBe('受理告知书-曹矿信受〔2026〕2号.docx');
  });
});
