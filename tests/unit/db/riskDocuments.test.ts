import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../../../renderer/src/db/backup/format';
import { isNumberCounter, storedNumberMarks, withNumberMarks } from '../../../renderer/src/db/backup/numberMarks';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { issueSpecialReport, riskUpdatesForDay } from '../../../renderer/src/db/riskDocuments';
import { addRiskUpdate, closeRiskMatter, registerRiskMatter } from '../../../renderer/src/db/riskLedger';
import { setActor } from '../../../renderer/src/db/session';
import { docNoCounterKey } from '../../../renderer/src/domain/docNo';
import { NOW } from '../domain/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { actorAs, freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const at = (day: string) => new Date(`${day}T17:00`);
const bytes = new Uint8Array([1, 2, 3]);

function report(matterId: string, now: Date, over: { to?: string; subject?: string } = {}) {
  const built: string[] = [];
  return {
    built,
    input: {
      matterId,
      prefix: '曹矿信专报',
      to: over.to ?? '某煤业集团有限公司办公室',
      subject: over.subject ?? '一号矿井供暖问题',
      supplement: '',
      now,
      build: async (docNo: string) => {
        built.push(docNo);
        return bytes;
      },
    },
  };
}

describe('重大风险专报 in the database', () => {
  it('numbers 专报 per year on their own counter and records each on its matter: 文号, day and addressee', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大', registeredOn: '2026-05-20' }), NOW);
    const first = await issueSpecialReport(db, report(major.id, at('2026-05-20')).input);
    const second = await issueSpecialReport(db, report(major.id, at('2026-05-22'), { to: '集团公司信访办公室' }).input);
    expect([first.record.docNo, second.record.docNo]).toEqual(['曹矿信专报〔2026〕1号', '曹矿信专报〔2026〕2号']);
    expect(first.bytes).toBe(bytes);
    expect((await db.riskMatters.get(major.id))?.specialReports).toEqual([
      { docNo: '曹矿信专报〔2026〕1号', sentOn: '2026-05-20', to: '某煤业集团有限公司办公室', issuedBy: '测试管理员' },
      { docNo: '曹矿信专报〔2026〕2号', sentOn: '2026-05-22', to: '集团公司信访办公室', issuedBy: '测试管理员' },
    ]);
    expect((await db.settings.get(docNoCounterKey('riskReport', 2026)))?.value).toBe(2);
    // The write is audited like every write to the ledger.
    const trail = await db.audit.where('entity').equals('riskMatters').toArray();
    expect(trail.some((r) => r.entityId === major.id && r.action === 'update')).toBe(true);
  });

  it('builds again with the next number when another 专报 took it meanwhile', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    const racing = report(major.id, NOW);
    let raced = false;
    const input = {
      ...racing.input,
      build: async (docNo: string) => {
        if (!raced) {
          raced = true;
          await db.settings.put({ key: docNoCounterKey('riskReport', 2026), value: 1 });
        }
        return racing.input.build(docNo);
      },
    };
    const issued = await issueSpecialReport(db, input);
    expect(racing.built).toEqual(['曹矿信专报〔2026〕1号', '曹矿信专报〔2026〕2号']);
    expect(issued.record.docNo).toBe('曹矿信专报〔2026〕2号');
  });

  it('refuses a matter that is not 重大 or no longer in 办, or empty texts, numbering nothing', async () => {
    const ordinary = await registerRiskMatter(db, riskMatterInput({ level: '较大' }), NOW);
    await expect(issueSpecialReport(db, report(ordinary.id, NOW).input)).rejects.toThrow('不是重大风险');
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    await expect(issueSpecialReport(db, report(major.id, NOW, { to: ' ' }).input)).rejects.toThrow('请填写主送单位');
    await closeRiskMatter(
      db,
      major.id,
      {
        claims: [{ text: '补发4、5月工资', outcome: '合理诉求解决到位' }],
        confirmedOn: '2026-05-25',
        byLeaderAccount: false,
      },
      NOW,
    );
    await expect(issueSpecialReport(db, report(major.id, NOW).input)).rejects.toThrow('已销号，不能再报送专报');
    expect(await db.settings.get(docNoCounterKey('riskReport', 2026))).toBeUndefined();
  });

  it('is refused to an account that may only read the ledger', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    setActor(db, actorAs('auditor'));
    await expect(issueSpecialReport(db, report(major.id, NOW).input)).rejects.toThrow();
  });

  it('keeps its counter through a restore, and a backup accepts the matter’s 专报 records', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    await issueSpecialReport(db, report(major.id, NOW).input);
    const key = docNoCounterKey('riskReport', 2026);
    expect(isNumberCounter(key)).toBe(true);
    const marks = await storedNumberMarks(db);
    expect(withNumberMarks([{ key, value: 0 }], marks)).toContainEqual({ key, value: 1 });
    const stored = await db.riskMatters.get(major.id);
    expect(RECORD_SCHEMAS.riskMatters!.safeParse(stored).success).toBe(true);
    const broken = {
      ...stored,
      specialReports: [{ docNo: '', sentOn: '2026-05-25', to: '公司办公室', issuedBy: 'x' }],
    };
    expect(RECORD_SCHEMAS.riskMatters!.safeParse(broken).success).toBe(false);
  });
});

describe('what a 日报 reads', () => {
  it('reads the day’s entries and every entry of a matter updated after the day', async () => {
    const early = await registerRiskMatter(db, riskMatterInput({ registeredOn: '2026-05-18' }), NOW);
    const other = await registerRiskMatter(db, riskMatterInput({ registeredOn: '2026-05-18' }), NOW);
    await addRiskUpdate(db, early.id, { day: '2026-05-19', text: '走访' }, NOW);
    await addRiskUpdate(db, early.id, { day: '2026-05-22', text: '补发' }, NOW);
    await addRiskUpdate(db, other.id, { day: '2026-05-19', text: '约谈' }, NOW);
    await addRiskUpdate(db, other.id, { day: '2026-05-20', text: '核对' }, NOW);
    const read = await riskUpdatesForDay(db, '2026-05-20');
    expect(read.map((u) => u.text).sort()).toEqual(['核对', '补发', '走访'].sort());
  });
});
