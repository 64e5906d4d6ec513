import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../../../renderer/src/db/backup/format';
import { isNumberCounter, storedNumberMarks, withNumberMarks } from '../../../renderer/src/db/backup/numberMarks';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  addEmergencyStep,
  closeEmergency,
  registerEmergency,
  recordArrival,
  saveEmergencyAnalysis,
} from '../../../renderer/src/db/emergencies';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { addRiskUpdate, closeRiskMatter, registerRiskMatter } from '../../../renderer/src/db/riskLedger';
import { setActor } from '../../../renderer/src/db/session';
import {
  issueEmergencySpecialReport,
  issueMatterSpecialReport,
  specialReportDraftDefaults,
  type SpecialReportOrder,
} from '../../../renderer/src/db/specialReports';
import { docNoCounterKey } from '../../../renderer/src/domain/docNo';
import {
  recordedLetter,
  type SpecialReportLetter,
  type SpecialReportTexts,
} from '../../../renderer/src/domain/risk/specialReport';
import { emergencyInput } from '../domain/emergency/fixtures';
import { NOW, visit } from '../domain/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { actorAs, freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const at = (day: string, time = '17:00') => new Date(`${day}T${time}`);
const bytes = new Uint8Array([1, 2, 3]);
const NAMES = { unit: '一号矿井', category: '供热' };

function order(now: Date, texts: Partial<SpecialReportTexts> = {}) {
  const rendered: SpecialReportLetter[] = [];
  const value: SpecialReportOrder = {
    prefix: '曹矿信专报',
    texts: {
      subject: '一号矿井供暖问题',
      to: '某煤业集团有限公司办公室',
      signer: '王志刚',
      assessment: '涉及人数较多，经研判列为重大风险',
      supplement: '',
      ...texts,
    },
    issuer: '一号矿井信访办公室',
    render: async (letter) => {
      rendered.push(letter);
      return bytes;
    },
    now,
  };
  return { rendered, value };
}

describe('重大风险专报 of a matter in the database', () => {
  it('numbers 专报 per year on their own counter and records each on its matter with what was printed', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大', registeredOn: '2026-05-20' }), NOW);
    await addRiskUpdate(db, major.id, { day: '2026-05-20', text: '召开座谈会' }, NOW);
    const firstOrder = order(at('2026-05-20'));
    const first = await issueMatterSpecialReport(db, major.id, NAMES, firstOrder.value);
    const second = await issueMatterSpecialReport(
      db,
      major.id,
      NAMES,
      order(at('2026-05-22'), { to: '集团公司信访办公室' }).value,
    );
    expect([first.record.docNo, second.record.docNo]).toEqual(['曹矿信专报〔2026〕1号', '曹矿信专报〔2026〕2号']);
    expect(first.bytes).toBe(bytes);
    const letter = firstOrder.rendered[0];
    expect(letter).toMatchObject({
      docNo: '曹矿信专报〔2026〕1号',
      addressee: '某煤业集团有限公司办公室',
      signer: '王志刚',
      issuer: '一号矿井信访办公室',
      date: '2026-05-20',
      subject: '一号矿井供暖问题',
    });
    expect(letter?.sections.map((s) => s.heading)).toEqual(['基本情况', '风险研判', '已采取措施和下一步工作']);
    expect(letter?.sections[1]?.paragraphs).toEqual(['涉及人数较多，经研判列为重大风险。']);
    expect(letter?.sections[2]?.paragraphs.join()).toContain('召开座谈会');
    const stored = (await db.riskMatters.get(major.id))?.specialReports ?? [];
    expect(stored.map((r) => [r.docNo, r.sentOn, r.to, r.issuedBy])).toEqual([
      ['曹矿信专报〔2026〕1号', '2026-05-20', '某煤业集团有限公司办公室', '测试管理员'],
      ['曹矿信专报〔2026〕2号', '2026-05-22', '集团公司信访办公室', '测试管理员'],
    ]);
    // 重新导出 prints exactly what was printed the first time, with its 文号 and day.
    expect(recordedLetter(stored[0]!)).toEqual(letter);
    expect((await db.settings.get(docNoCounterKey('riskReport', 2026)))?.value).toBe(2);
    const trail = await db.audit.where('entity').equals('riskMatters').toArray();
    expect(trail.some((r) => r.entityId === major.id && r.action === 'update')).toBe(true);
  });

  it('prints no name of the people in the matter’s linked petitions, nor their ID or phone', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    const major = await registerRiskMatter(
      db,
      riskMatterInput({
        level: '重大',
        source: '信访事项',
        problem: '张三等职工反映精益奖金分配不公开',
        petitionIds: [petition.id],
      }),
      NOW,
    );
    const issuing = order(NOW, { supplement: '张三电话13800001111' });
    await issueMatterSpecialReport(db, major.id, NAMES, issuing.value);
    const printed = JSON.stringify(issuing.rendered[0]);
    expect(printed).toContain('信访人等职工反映精益奖金分配不公开');
    expect(printed).not.toContain('张三');
    const stored = (await db.riskMatters.get(major.id))?.specialReports?.[0]?.letter;
    expect(JSON.stringify(stored)).not.toContain('张三');
  });

  it('drafts the next 专报 with the latest 主送 and 签发人, the company office before any', async () => {
    expect(await specialReportDraftDefaults(db)).toEqual({ to: '公司办公室', signer: '' });
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    await issueMatterSpecialReport(db, major.id, NAMES, order(NOW, { to: ' 集团公司办公室 ', signer: '李明' }).value);
    expect(await specialReportDraftDefaults(db)).toEqual({ to: '集团公司办公室', signer: '李明' });
  });

  it('builds again with the next number when another 专报 took it meanwhile', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    const racing = order(NOW);
    let raced = false;
    const value: SpecialReportOrder = {
      ...racing.value,
      render: async (letter) => {
        if (!raced) {
          raced = true;
          await db.settings.put({ key: docNoCounterKey('riskReport', 2026), value: 1 });
        }
        return racing.value.render(letter);
      },
    };
    const issued = await issueMatterSpecialReport(db, major.id, NAMES, value);
    expect(racing.rendered.map((l) => l.docNo)).toEqual(['曹矿信专报〔2026〕1号', '曹矿信专报〔2026〕2号']);
    expect(issued.record.docNo).toBe('曹矿信专报〔2026〕2号');
  });

  it('refuses a matter that is not 重大 or no longer in 办, or missing texts, numbering nothing', async () => {
    const ordinary = await registerRiskMatter(db, riskMatterInput({ level: '较大' }), NOW);
    await expect(issueMatterSpecialReport(db, ordinary.id, NAMES, order(NOW).value)).rejects.toThrow('不是重大风险');
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    await expect(
      issueMatterSpecialReport(db, major.id, NAMES, order(NOW, { to: ' ', signer: '' }).value),
    ).rejects.toThrow('请填写主送单位；请填写签发人');
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
    await expect(issueMatterSpecialReport(db, major.id, NAMES, order(NOW).value)).rejects.toThrow(
      '已销号，不能再报送专报',
    );
    expect(await db.settings.get(docNoCounterKey('riskReport', 2026))).toBeUndefined();
  });

  it('is refused to an account that may only read the ledger', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    setActor(db, actorAs('auditor'));
    await expect(issueMatterSpecialReport(db, major.id, NAMES, order(NOW).value)).rejects.toThrow();
  });

  it('keeps its counter through a restore, and a backup accepts the matter’s 专报 records', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    await issueMatterSpecialReport(db, major.id, NAMES, order(NOW).value);
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

describe('重大风险专报 of an emergency in the database', () => {
  const day = (time: string) => at('2026-06-01', time);

  it('numbers on the same counter as the matters’ 专报, drafted from the event as it stands', async () => {
    const major = await registerRiskMatter(db, riskMatterInput({ level: '重大' }), NOW);
    await issueMatterSpecialReport(db, major.id, NAMES, order(day('08:00')).value);
    const event = await registerEmergency(db, emergencyInput(), day('08:40'));
    await recordArrival(db, event.id, { leaders: '张书记', arrivedAt: '2026-06-01T13:50' }, day('14:00'));
    await addEmergencyStep(db, event.id, { at: '2026-06-01T14:10', kind: '劝返', text: '劝返12人' }, day('14:20'));
    const issuing = order(day('15:00'), { subject: '一号矿井36人赴京上访' });
    const issued = await issueEmergencySpecialReport(db, event.id, ['一号矿井'], issuing.value);
    expect(issued.record.docNo).toBe('曹矿信专报〔2026〕2号');
    const letter = issuing.rendered[0];
    expect(letter?.sections.map((s) => s.heading)).toEqual(['基本情况', '风险研判', '已采取措施和下一步工作']);
    expect(letter?.sections[2]?.paragraphs[0]).toBe('13时50分，张书记按时到达现场。14时10分，劝返12人。');
    const stored = await db.emergencies.get(event.id);
    expect(stored?.specialReports?.map((r) => r.docNo)).toEqual(['曹矿信专报〔2026〕2号']);
    expect(recordedLetter(stored!.specialReports![0]!)).toEqual(letter);
    expect(RECORD_SCHEMAS.emergencies!.safeParse(stored).success).toBe(true);
    const tampered = [{ ...stored!.specialReports![0], letter: { subject: '', sections: 'x', signer: 1 } }];
    expect(RECORD_SCHEMAS.emergencies!.safeParse({ ...stored, specialReports: tampered }).success).toBe(false);
    const trail = await db.audit.where('entity').equals('emergencies').toArray();
    expect(trail.filter((r) => r.entityId === event.id && r.action === 'update').length).toBeGreaterThan(0);
  });

  it('is refused once the 处置 has ended, numbering nothing', async () => {
    const event = await registerEmergency(db, emergencyInput(), day('08:40'));
    await recordArrival(db, event.id, { leaders: '张书记', arrivedAt: '2026-06-01T13:50' }, day('14:00'));
    await addEmergencyStep(db, event.id, { at: '2026-06-01T14:10', kind: '劝返', text: '劝返' }, day('14:20'));
    await saveEmergencyAnalysis(
      db,
      event.id,
      { causeAnalysis: '解释不到位', lossAssessment: '无', lessons: '提前排查', reserveFundYuan: 0 },
      day('15:00'),
    );
    await closeEmergency(db, event.id, '2026-06-01T15:30', day('16:00'));
    await expect(issueEmergencySpecialReport(db, event.id, ['一号矿井'], order(day('16:10')).value)).rejects.toThrow(
      '该突发事件已结束处置',
    );
    expect(await db.settings.get(docNoCounterKey('riskReport', 2026))).toBeUndefined();
  });
});
