import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { registerRiskMatter, riskMattersOfPetition } from '../../../renderer/src/db/riskLedger';
import { dismissRiskWarning, listRiskDismissals } from '../../../renderer/src/db/riskWarnings';
import { setActor } from '../../../renderer/src/db/session';
import { NOW, visit } from '../domain/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { actorAs, freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('研判预警 in the database', () => {
  it('takes a suggestion as a 挂号 linked to its petitions, which the petitions’ pages then show', async () => {
    const first = await registerPetition(db, visit(), NOW);
    const second = await registerPetition(db, visit(), NOW);
    const matter = await registerRiskMatter(
      db,
      riskMatterInput({ source: '信访事项', screeningId: null, petitionIds: [first.id, second.id, first.id] }),
      NOW,
    );
    expect(matter.petitionIds).toEqual([first.id, second.id]);
    expect((await riskMattersOfPetition(db, second.id)).map((m) => m.riskNo)).toEqual([matter.riskNo]);
  });

  it('refuses petitions that are gone, or a source other than 信访事项, and numbers nothing', async () => {
    const petition = await registerPetition(db, visit(), NOW);
    await expect(
      registerRiskMatter(db, riskMatterInput({ source: '信访事项', screeningId: null, petitionIds: ['gone'] }), NOW),
    ).rejects.toThrow('所关联的信访事项中有的已不存在');
    await expect(registerRiskMatter(db, riskMatterInput({ petitionIds: [petition.id] }), NOW)).rejects.toThrow(
      '来源应为“信访事项”',
    );
    expect(await db.riskMatters.count()).toBe(0);
    expect(await db.settings.get('riskNo:2026')).toBeUndefined();
  });

  it('dismisses with a reason, kept with the petitions it covered and who dismissed it', async () => {
    await expect(
      dismissRiskWarning(db, { key: 'cluster:a|b', petitionIds: ['p1'], latestAt: '2026-05-20T09:00' }, '  ', NOW),
    ).rejects.toThrow('请填写忽略的理由');
    await expect(
      dismissRiskWarning(
        db,
        { key: 'cluster:a|b', petitionIds: ['p1'], latestAt: '2026-05-20T09:00' },
        '长'.repeat(201),
        NOW,
      ),
    ).rejects.toThrow('忽略的理由不能超过200字');
    await dismissRiskWarning(
      db,
      { key: 'cluster:a|b', petitionIds: ['p1', 'p2'], latestAt: '2026-05-20T09:00' },
      ' 已在信访事项中办理 ',
      NOW,
    );
    await dismissRiskWarning(
      db,
      { key: 'cluster:a|b', petitionIds: ['p1', 'p2', 'p3'], latestAt: '2026-05-24T10:00' },
      '仍在办理',
      NOW,
    );
    const [dismissal, ...more] = await listRiskDismissals(db);
    expect(more).toEqual([]);
    expect(dismissal).toMatchObject({
      key: 'cluster:a|b',
      petitionIds: ['p1', 'p2', 'p3'],
      latestAt: '2026-05-24T10:00',
      reason: '仍在办理',
    });
    expect(dismissal?.dismissedBy).toBeTruthy();
  });

  it('lets the 审计员 neither read nor dismiss', async () => {
    setActor(db, actorAs('auditor'));
    await expect(listRiskDismissals(db)).rejects.toThrow('无权查看排查台账');
    await expect(
      dismissRiskWarning(db, { key: 'k', petitionIds: ['p'], latestAt: '2026-05-20T09:00' }, '理由', NOW),
    ).rejects.toThrow('无权排查挂号、更新进展和销号');
  });
});
