import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../renderer/src/db/audit/listAudit';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { recordActivity } from '../../../renderer/src/db/outreachActivities';
import {
  changeSuggestionStatus,
  listSuggestions,
  recordSuggestion,
  revealSuggestionProposer,
  suggestionsDue,
  suggestionsOfActivity,
} from '../../../renderer/src/db/outreachSuggestions';
import { activityInput, suggestionInput } from '../domain/outreach/fixtures';
import { setActor } from '../../../renderer/src/db/session';
import { actorAs, freshDb } from './helpers';

const NOW = new Date(2026, 5, 10, 10, 0);
let db: DeskDatabase;
afterEach(() => db?.close());

describe('the suggestions ledger', () => {
  it('numbers each suggestion 建〔year〕n号, 未答复, the unit the forum’s', async () => {
    db = freshDb();
    const forum = await recordActivity(db, activityInput({ kind: '座谈会', checked: [], unitId: 'unit-1-1-2' }), NOW);
    const s = await recordSuggestion(db, suggestionInput({ activityId: forum.id, unitId: null }), NOW);
    expect(s).toMatchObject({
      suggestionNo: '建〔2026〕1号',
      status: '未答复',
      unitId: 'unit-1-1-2',
      activityId: forum.id,
    });
    const own = await recordSuggestion(db, suggestionInput({ proposer: null }), NOW);
    expect(own).toMatchObject({ suggestionNo: '建〔2026〕2号', proposer: null, unitId: 'unit-1-1-1' });
    expect((await suggestionsOfActivity(db, forum.id)).map((x) => x.id)).toEqual([s.id]);
  });

  it('refuses a forum that does not exist or was held after the collection day', async () => {
    db = freshDb();
    await expect(recordSuggestion(db, suggestionInput({ activityId: 'a-gone' }), NOW)).rejects.toThrow(
      '所选活动已不存在',
    );
    const forum = await recordActivity(db, activityInput({ kind: '座谈会', checked: [], date: '2026-06-05' }), NOW);
    await expect(recordSuggestion(db, suggestionInput({ activityId: forum.id }), NOW)).rejects.toThrow(
      '征集日期不能早于活动日期',
    );
    expect(await db.suggestions.count()).toBe(0);
    expect(await db.settings.get('suggestionNo:2026')).toBeUndefined();
  });

  it('goes 跟进中 then 已答复, and refuses to go back', async () => {
    db = freshDb();
    const s = await recordSuggestion(db, suggestionInput(), NOW);
    const following = await changeSuggestionStatus(
      db,
      s.id,
      { to: '跟进中', department: '后勤服务中心', measure: '采购保温箱', deadline: '2026-06-30', day: '2026-06-03' },
      NOW,
    );
    expect(following).toMatchObject({ status: '跟进中', deadline: '2026-06-30' });
    const answered = await changeSuggestionStatus(
      db,
      s.id,
      { to: '已答复', answer: '已配备保温箱', answeredOn: '2026-06-09', feedbackWay: '座谈会反馈' },
      NOW,
    );
    expect(answered).toMatchObject({ status: '已答复', answeredOn: '2026-06-09', followUpOn: '2026-06-03' });
    await expect(
      changeSuggestionStatus(
        db,
        s.id,
        { to: '跟进中', department: '后勤', measure: '再议', deadline: '2026-06-30', day: '2026-06-10' },
        NOW,
      ),
    ).rejects.toThrow('建〔2026〕1号已答复，不能改为“跟进中”');
  });

  it('lists the unanswered with a deadline for the 督办台, nearest first', async () => {
    db = freshDb();
    const late = await recordSuggestion(db, suggestionInput({ deadline: '2026-06-30' }), NOW);
    const soon = await recordSuggestion(db, suggestionInput({ deadline: '2026-06-08' }), NOW);
    await recordSuggestion(db, suggestionInput({ deadline: null }), NOW);
    const done = await recordSuggestion(db, suggestionInput({ deadline: '2026-06-05' }), NOW);
    await changeSuggestionStatus(
      db,
      done.id,
      { to: '已答复', answer: '已答复', answeredOn: '2026-06-04', feedbackWay: '书面答复' },
      NOW,
    );
    expect((await suggestionsDue(db)).map((s) => s.id)).toEqual([soon.id, late.id]);
  });
});

describe('a proposer is personal data', () => {
  it('lists show the phone masked; the full phone is revealed on the audit trail', async () => {
    db = freshDb();
    const s = await recordSuggestion(db, suggestionInput(), NOW);
    expect(s.proposer).toEqual({ name: '王强', phone: '139****5678' });
    const [listed] = await listSuggestions(db);
    expect(listed?.proposer).toEqual({ name: '王强', phone: '139****5678' });
    expect(listed?.proposerWithheld).toBe(false);
    expect(await revealSuggestionProposer(db, s.id, NOW)).toEqual({ name: '王强', phone: '13912345678' });
    const unmasked = (await db.audit.toArray()).filter((r) => r.action === 'unmask');
    expect(unmasked.map((r) => [r.entity, r.summary])).toEqual([
      ['suggestions', '查看完整信息：意见建议 建〔2026〕1号的建议人联系电话'],
    ]);
  });

  it('the 审计员 reads its recording without the proposer: name （保密）, phone masked', async () => {
    db = freshDb();
    await recordSuggestion(db, suggestionInput(), NOW);
    setActor(db, actorAs('auditor'));
    const { records } = await listAudit(db, { entity: 'suggestions' }, { offset: 0, limit: 10 });
    expect(records.map((r) => r.summary)).toEqual(['新增 意见建议 建〔2026〕1号 班中餐']);
    expect(records[0]?.after).toMatchObject({ proposer: { name: '（保密）', phone: '139****5678' } });
  });

  it('an anonymous suggestion reveals nothing and writes no audit record', async () => {
    db = freshDb();
    const s = await recordSuggestion(db, suggestionInput({ proposer: null }), NOW);
    expect(await revealSuggestionProposer(db, s.id, NOW)).toBeNull();
    expect((await db.audit.toArray()).filter((r) => r.action === 'unmask')).toEqual([]);
  });
});
