import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  addRiskUpdate,
  closeRiskMatter,
  listRiskMatters,
  recordScreening,
  registerRiskMatter,
  riskNoCounterKey,
  riskUpdatesOf,
} from '../../../renderer/src/db/riskLedger';
import { setActor } from '../../../renderer/src/db/session';
import { NOW } from '../domain/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { actorAs, freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const at = (day: string) => new Date(`${day}T17:00`);

describe('the screening ledger in the database (排查台账)', () => {
  it('refuses a screening over units that do not exist or with texts over their limits, storing nothing', async () => {
    const screening = { kind: '普遍排查', day: '2026-05-18', participants: '信访办', checked: '工资发放' } as const;
    await expect(recordScreening(db, { ...screening, unitIds: ['unit-gone'] }, NOW)).rejects.toThrow(
      '所选排查范围中有单位已不存在',
    );
    await expect(recordScreening(db, { ...screening, unitIds: [], checked: '查'.repeat(2001) }, NOW)).rejects.toThrow(
      '排查内容不能超过2000字',
    );
    expect(await db.screenings.count()).toBe(0);
  });

  it('numbers matters per year of their 挂号, and a screening lists the matters it found', async () => {
    const screening = await recordScreening(
      db,
      { kind: '重点排查', day: '2026-05-18', unitIds: ['unit-1'], participants: '信访办、工会', checked: '工资发放' },
      NOW,
    );
    const first = await registerRiskMatter(db, riskMatterInput({ source: '排查', screeningId: screening.id }), NOW);
    const second = await registerRiskMatter(db, riskMatterInput({ source: '排查', screeningId: screening.id }), NOW);
    const lastYear = await registerRiskMatter(db, riskMatterInput({ registeredOn: '2025-12-30' }), NOW);
    expect([first.riskNo, second.riskNo, lastYear.riskNo]).toEqual(['排〔2026〕1号', '排〔2026〕2号', '排〔2025〕1号']);
    expect((await db.screenings.get(screening.id))?.matterIds).toEqual([first.id, second.id]);
    expect((await listRiskMatters(db)).map((m) => m.status)).toEqual(['在办', '在办', '在办']);
    expect(first.claims).toEqual([{ text: '补发4、5月工资', outcome: null }]);
  });

  it('refuses a matter with problems, a unit that does not exist or a future day, and writes nothing', async () => {
    await expect(registerRiskMatter(db, riskMatterInput({ leader: ' ', headcount: -2 }), NOW)).rejects.toThrow(
      '涉及人数应为不小于 0 的整数；请填写包案领导',
    );
    await expect(registerRiskMatter(db, riskMatterInput({ unitId: 'unit-gone' }), NOW)).rejects.toThrow(
      '所选涉及单位不存在',
    );
    await expect(registerRiskMatter(db, riskMatterInput({ registeredOn: '2026-05-26' }), NOW)).rejects.toThrow(
      '挂号日期不能晚于今天',
    );
    expect(await db.riskMatters.count()).toBe(0);
    expect(await db.settings.get(riskNoCounterKey(2026))).toBeUndefined();
  });

  it('keeps each day’s progress and the day of the latest on the matter, and refuses a day outside its life', async () => {
    const matter = await registerRiskMatter(db, riskMatterInput(), NOW);
    await addRiskUpdate(db, matter.id, { day: '2026-05-22', text: '约谈项目部，核对考勤' }, at('2026-05-22'));
    await addRiskUpdate(db, matter.id, { day: '2026-05-21', text: '走访职工12人' }, at('2026-05-22'));
    await addRiskUpdate(db, matter.id, { day: '2026-05-25', text: '工资已补发' }, NOW);
    expect((await riskUpdatesOf(db, matter.id)).map((u) => u.day)).toEqual(['2026-05-21', '2026-05-22', '2026-05-25']);
    expect((await db.riskMatters.get(matter.id))?.lastUpdatedOn).toBe('2026-05-25');
    await expect(addRiskUpdate(db, matter.id, { day: '2026-05-26', text: '明天' }, NOW)).rejects.toThrow(
      '进展日期不能晚于今天',
    );
    await expect(addRiskUpdate(db, matter.id, { day: '2026-05-19', text: '挂号前' }, NOW)).rejects.toThrow(
      '进展日期不能早于挂号日期',
    );
    expect(await db.riskUpdates.count()).toBe(3);
  });

  it('销号 with every claim resolved and the 包案领导’s confirmation recorded by the office', async () => {
    const matter = await registerRiskMatter(db, riskMatterInput(), NOW);
    await expect(
      closeRiskMatter(db, matter.id, { claims: matter.claims, confirmedOn: '2026-05-25', byLeaderAccount: false }, NOW),
    ).rejects.toThrow('第1项诉求「补发4、5月工资」未选择化解结果');
    const claims = [{ text: '补发4、5月工资', outcome: '合理诉求解决到位' as const }];
    const closed = await closeRiskMatter(
      db,
      matter.id,
      { claims, confirmedOn: '2026-05-24', byLeaderAccount: false },
      NOW,
    );
    expect(closed).toMatchObject({
      status: '已销号',
      closedOn: '2026-05-25',
      claims,
      confirmation: { leader: '李矿长', confirmedOn: '2026-05-24', by: 'office' },
    });
    await expect(addRiskUpdate(db, matter.id, { day: '2026-05-25', text: '再更新' }, NOW)).rejects.toThrow('已不在办');
    const trail = await db.audit.where('entity').equals('riskMatters').toArray();
    expect(trail.length).toBeGreaterThanOrEqual(2);
  });

  it('lets only the 包案领导’s own 领导 account confirm a 销号 as itself', async () => {
    const matter = await registerRiskMatter(db, riskMatterInput(), NOW);
    const claims = [{ text: '补发4、5月工资', outcome: '合理诉求解决到位' as const }];
    const asLeader = { claims, confirmedOn: '2026-05-25', byLeaderAccount: true };
    setActor(db, actorAs('leader', '张书记'));
    await expect(closeRiskMatter(db, matter.id, asLeader, NOW)).rejects.toThrow('只有包案领导李矿长本人的账号');
    setActor(db, actorAs('receptionist', '李矿长'));
    await expect(closeRiskMatter(db, matter.id, asLeader, NOW)).rejects.toThrow('只有包案领导李矿长本人的账号');
    setActor(db, actorAs('leader', '李矿长'));
    const closed = await closeRiskMatter(db, matter.id, asLeader, NOW);
    expect(closed.confirmation).toMatchObject({ by: 'leaderAccount', leader: '李矿长' });
  });

  it('is out of reach of the 审计员 and the 党支部书记', async () => {
    for (const role of ['auditor', 'branchSecretary'] as const) {
      setActor(db, actorAs(role));
      await expect(listRiskMatters(db)).rejects.toThrow('无权查看排查台账');
      await expect(registerRiskMatter(db, riskMatterInput(), NOW)).rejects.toThrow('无权排查挂号、更新进展和销号');
    }
  });
});
