import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  addAftercare,
  addEmergencyStep,
  closeEmergency,
  emergenciesOfRiskMatter,
  getEmergency,
  listEmergencies,
  recordArrival,
  registerEmergency,
  saveEmergencyAnalysis,
  setAftercareDone,
} from '../../../renderer/src/db/emergencies';
import { listAudit } from '../../../renderer/src/db/audit/listAudit';
import { registerRiskMatter } from '../../../renderer/src/db/riskLedger';
import { AccessDeniedError, setActor } from '../../../renderer/src/db/session';
import { saveSettings } from '../../../renderer/src/db/settings';
import { deleteUnit } from '../../../renderer/src/db/units';
import { emergencyArrival } from '../../../renderer/src/domain/emergency/rules';
import { emergencyInput } from '../domain/emergency/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { actorAs, freshDb, TEST_ADMIN } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** The desk's clock on 2026-06-01 at a local time. */
const at = (time: string) => new Date(`2026-06-01T${time}`);

describe('突发信访事件 in the database', () => {
  it('registers an 赴京 event under the 6-hour limit, then the office’s own limit for the next one', async () => {
    const first = await registerEmergency(db, emergencyInput(), at('09:00'));
    expect(first).toMatchObject({
      status: '处置中',
      arrivalLimitHours: 6,
      arrival: null,
      steps: [],
      reserveFundYuan: 0,
    });
    await saveSettings(db, { arrivalLimits: { 本市单位: 1, 市外: 2, 省会单位: 1, 省内其他: 2, 赴京: 4 } });
    const second = await registerEmergency(db, emergencyInput({ reportedAt: '2026-06-01T09:30' }), at('10:00'));
    expect(second.arrivalLimitHours).toBe(4);
    // The first keeps the limit it was registered under.
    expect((await getEmergency(db, first.id))?.arrivalLimitHours).toBe(6);
    expect((await listEmergencies(db)).map((e) => e.id)).toEqual([second.id, first.id]);
  });

  it('keeps the office’s arrival limits only as whole hours from 1 to 72, in Chinese', async () => {
    const limits = { 本市单位: 1, 市外: 2, 省会单位: 1, 省内其他: 2, 赴京: 6 };
    await expect(saveSettings(db, { arrivalLimits: { ...limits, 赴京: 0 } })).rejects.toThrow(
      '赴京的到场时限应为1至72之间的整数小时',
    );
    await expect(saveSettings(db, { arrivalLimits: { ...limits, 市外: 1.5, 省内其他: 73 } })).rejects.toThrow(
      '市外的到场时限应为1至72之间的整数小时；省内其他的到场时限应为1至72之间的整数小时',
    );
    expect((await saveSettings(db, { arrivalLimits: { ...limits, 本市单位: 72 } })).arrivalLimits.本市单位).toBe(72);
  });

  it('refuses bad input and units that no longer exist, storing nothing', async () => {
    await expect(registerEmergency(db, emergencyInput({ demands: '' }), at('09:00'))).rejects.toThrow('请填写诉求');
    await expect(registerEmergency(db, emergencyInput({ unitIds: ['unit-gone'] }), at('09:00'))).rejects.toThrow(
      '所选涉及单位中有单位已不存在',
    );
    await expect(registerEmergency(db, emergencyInput({ riskMatterId: 'r-gone' }), at('09:00'))).rejects.toThrow(
      '所升级的排查台账事项已不存在',
    );
    expect(await db.emergencies.count()).toBe(0);
  });

  it('runs the whole 处置: late arrival, steps in time order, 善后, analysis, 结束处置', async () => {
    const { id } = await registerEmergency(db, emergencyInput(), at('09:00'));
    await expect(closeEmergency(db, id, '2026-06-01T10:00', at('10:00'))).rejects.toThrow('尚未记录领导到场情况');
    const arrived = await recordArrival(
      db,
      id,
      { leaders: '张书记、李矿长', arrivedAt: '2026-06-01T15:40' },
      at('16:00'),
    );
    expect(emergencyArrival(arrived, '2026-06-01T16:00')).toMatchObject({ state: '迟到', minutesLate: 70 });
    await expect(
      recordArrival(db, id, { leaders: '王副矿长', arrivedAt: '2026-06-01T15:50' }, at('16:00')),
    ).rejects.toThrow('到场情况已记录');
    await addEmergencyStep(db, id, { at: '2026-06-01T17:00', kind: '劝返', text: '劝返全部人员乘车返回' }, at('17:30'));
    const steps = await addEmergencyStep(
      db,
      id,
      { at: '2026-06-01T16:10', kind: '通报代表', text: '向代表通报补贴落实安排' },
      at('17:30'),
    );
    expect(steps.steps.map((s) => s.kind)).toEqual(['通报代表', '劝返']);
    const withMeasure = await addAftercare(db, id, { text: '7月底前补发补贴', deadline: '2026-07-31' }, at('18:00'));
    await saveEmergencyAnalysis(
      db,
      id,
      { causeAnalysis: '政策解释不到位', lossAssessment: '无财产损失', lessons: '提前排查', reserveFundYuan: 3860.5 },
      at('18:00'),
    );
    const closed = await closeEmergency(db, id, '2026-06-01T18:30', at('19:00'));
    expect(closed).toMatchObject({ status: '已结束', closedAt: '2026-06-01T18:30', reserveFundYuan: 3860.5 });
    // 善后 goes on after the end; nothing else changes.
    const measureId = withMeasure.aftercare[0]?.id ?? '';
    const done = await setAftercareDone(db, id, measureId, true, new Date('2026-07-20T10:00'));
    expect(done.aftercare[0]?.doneOn).toBe('2026-07-20');
    await expect(
      addEmergencyStep(db, id, { at: '2026-06-01T18:40', kind: '其他', text: '回访' }, at('19:00')),
    ).rejects.toThrow('该突发事件已结束处置，不能再修改');
  });

  it('links an escalated matter both ways: the matter finds its emergencies', async () => {
    const matter = await registerRiskMatter(db, riskMatterInput(), new Date('2026-05-25T10:00'));
    const e = await registerEmergency(db, emergencyInput({ riskMatterId: matter.id }), at('09:00'));
    expect((await emergenciesOfRiskMatter(db, matter.id)).map((x) => x.id)).toEqual([e.id]);
  });

  it('escalates only a matter still 在办, and writes nothing otherwise', async () => {
    const matter = await registerRiskMatter(db, riskMatterInput(), new Date('2026-05-25T10:00'));
    await db.riskMatters.update(matter.id, { status: '已销号', closedOn: '2026-05-28' });
    await expect(registerEmergency(db, emergencyInput({ riskMatterId: matter.id }), at('09:00'))).rejects.toThrow(
      `${matter.riskNo}已销号，不能升级为突发事件`,
    );
    expect(await db.emergencies.count()).toBe(0);
  });

  it('keeps a unit an emergency names from being deleted', async () => {
    await registerEmergency(db, emergencyInput({ unitIds: ['unit-1-3-2'] }), at('09:00'));
    const unit = await db.units.get('unit-1-3-2');
    await expect(deleteUnit(db, 'unit-1-3-2')).rejects.toThrow(`有突发信访事件涉及“${unit?.name}”，不能删除`);
  });

  it('office staff write, the 审计员 reads the trail and not the events', async () => {
    const { id } = await registerEmergency(db, emergencyInput(), at('09:00'));
    setActor(db, actorAs('receptionist'));
    await addEmergencyStep(db, id, { at: '2026-06-01T10:00', kind: '情况报告', text: '向公司报告' }, at('10:05'));
    setActor(db, actorAs('auditor'));
    await expect(listEmergencies(db)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(registerEmergency(db, emergencyInput(), at('09:00'))).rejects.toBeInstanceOf(AccessDeniedError);
    const { records } = await listAudit(db, { entity: 'emergencies' }, { offset: 0, limit: 10 });
    expect(records.map((r) => r.action)).toEqual(['update', 'create']);
    setActor(db, TEST_ADMIN);
  });
});
