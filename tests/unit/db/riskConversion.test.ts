import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { registerPetition } from '../../../renderer/src/db/petitions';
import { closeRiskMatter, registerRiskMatter, riskMattersOfPetition } from '../../../renderer/src/db/riskLedger';
import { regNoCounterKey } from '../../../renderer/src/domain/regNo';
import { NOW, visit } from '../domain/fixtures';
import { riskMatterInput } from '../domain/risk/fixtures';
import { freshDb } from './helpers';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const counts = async () => ({
  petitions: await db.petitions.count(),
  receptions: await db.receptions.count(),
  events: await db.caseEvents.count(),
  counter: (await db.settings.get(regNoCounterKey(NOW.getFullYear())))?.value,
});

describe('转为信访事项 in the database', () => {
  it('registers the petition and, in the same write, takes the matter off the ledger with a link both ways', async () => {
    const matter = await registerRiskMatter(db, riskMatterInput(), NOW);
    const petition = await registerPetition(db, visit(), NOW, { fromRiskMatterId: matter.id });
    const stored = await db.riskMatters.get(matter.id);
    expect(stored).toMatchObject({ status: '已转信访事项', closedOn: '2026-05-25', petitionIds: [petition.id] });
    expect((await riskMattersOfPetition(db, petition.id)).map((m) => m.riskNo)).toEqual([matter.riskNo]);
    const registered = await db.caseEvents.where('petitionId').equals(petition.id).first();
    expect(registered?.text).toBe(`登记（由排查事项${matter.riskNo}转入）`);
    expect(registered?.data).toMatchObject({ riskMatterId: matter.id });
  });

  it('refuses a matter no longer 在办 or gone, and writes nothing: no petition, no number taken', async () => {
    const matter = await registerRiskMatter(
      db,
      riskMatterInput({ claims: [{ text: '补发工资', outcome: null }] }),
      NOW,
    );
    await registerPetition(db, visit(), NOW, { fromRiskMatterId: matter.id });
    const before = await counts();
    await expect(registerPetition(db, visit(), NOW, { fromRiskMatterId: matter.id })).rejects.toThrow(
      `排查事项${matter.riskNo}已转信访事项，不能再转为信访事项`,
    );
    await expect(registerPetition(db, visit(), NOW, { fromRiskMatterId: 'gone' })).rejects.toThrow(
      '所转的排查事项已不存在',
    );
    const closedOne = await registerRiskMatter(
      db,
      riskMatterInput({ claims: [{ text: '补发工资', outcome: null }] }),
      NOW,
    );
    await closeRiskMatter(
      db,
      closedOne.id,
      {
        claims: [{ text: '补发工资', outcome: '合理诉求解决到位' }],
        confirmedOn: '2026-05-25',
        byLeaderAccount: false,
      },
      NOW,
    );
    await expect(registerPetition(db, visit(), NOW, { fromRiskMatterId: closedOne.id })).rejects.toThrow('已销号');
    expect(await counts()).toEqual(before);
  });
});
