import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { loadLedgerRows, registerPetition } from '../../../renderer/src/db/petitions';
import { setActor } from '../../../renderer/src/db/session';
import { loadTypicalCaseTexts } from '../../../renderer/src/db/typicalCaseTexts';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../renderer/src/domain/defaults';
import { cachedStatRecords } from '../../../renderer/src/domain/statistics';
import { reportFigures } from '../../../renderer/src/documents/report/figures';
import { statPeriodOf } from '../../../renderer/src/documents/report/period';
import { chooseTypicalCases, describeTypicalCases } from '../../../renderer/src/documents/report/typicalCases';
import { NOW, person, visit } from '../domain/fixtures';
import { actorAs, freshDb } from './helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

const Q2 = { kind: 'quarter', year: 2026, quarter: 2 } as const;

/** 101 characters: the ledger row keeps the first 80, the report must print the whole. */
const LONG_SUMMARY =
  '王建国反映一号矿井综采一队2025年第四季度精益奖金分配不公开，王建国本人所得明显低于同岗位职工，班组长未按规定公示考核结果，多次向区队反映未果，王建国要求公开分配明细、补发差额并对相关责任人作出处理。';
const REPORT_SUMMARY =
  '李秀兰检举选煤厂生产车间主任李秀兰的亲属虚报加班工时套取加班费，李秀兰（电话13912345678）可提供考勤记录。';

/** The report's typical cases as useReport makes them: chosen from the ledger rows, their text read for those only. */
async function typicalCasesOf(db: DeskDatabase) {
  const rows = await loadLedgerRows(db);
  const [units, categories] = [await db.units.toArray(), await db.categories.toArray()];
  const figures = reportFigures(
    { ...cachedStatRecords(rows), units, categories, env: caseEnvironment(DEFAULT_SETTINGS) },
    Q2,
    { kind: 'all' },
    '2026-07-15',
  );
  const chosen = chooseTypicalCases(rows, {
    period: statPeriodOf(Q2),
    scope: { kind: 'all' },
    units,
    categories,
    topCategories: figures.current.topCategories,
  });
  const texts = await loadTypicalCaseTexts(
    db,
    chosen.map((c) => c.candidate.id),
  );
  return { rows, chosen, texts, cases: describeTypicalCases(chosen, texts, units) };
}

describe('the typical cases’ stored text (典型事例)', () => {
  it('names no petitioner’s address, with the word that introduced it', async () => {
    db = freshDb();
    const summary = '王建国反映精益奖金分配不公开，家住矿区街12号3单元，要求公开明细。';
    await registerPetition(
      db,
      visit({
        receivedAt: '2026-05-10T09:00',
        summary,
        petitioners: [person({ name: '王建国', idNumber: '', address: '矿区街12号3单元' })],
      }),
      NOW,
    );
    const { cases } = await typicalCasesOf(db);
    expect(cases.map((c) => c.summary)).toEqual(['王某来访反映，精益奖金分配不公开，要求公开明细。']);
  });

  it('prints the whole stored summary, cleaned of the petitioner’s name, not the ledger row’s first 80 characters', async () => {
    db = freshDb();
    await registerPetition(
      db,
      visit({
        receivedAt: '2026-05-10T09:00',
        summary: LONG_SUMMARY,
        petitioners: [person({ name: '王建国', idNumber: '' })],
      }),
      NOW,
    );

    const { rows, chosen, texts, cases } = await typicalCasesOf(db);
    expect(rows[0]?.summary).toBe(LONG_SUMMARY.slice(0, 80));
    expect(texts.size, 'only the chosen cases are read').toBe(chosen.length);
    // Retold in the third person: 「王建国…王建国本人所得」 → 「王某来访反映，…王某所得」.
    const retold = `王某来访反映，${LONG_SUMMARY.slice('王建国反映'.length).replace('王建国本人', '王某').replaceAll('王建国', '王某')}`;
    expect(cases).toEqual([{ category: '工资福利', unit: '综采一队', summary: retold }]);
    expect(cases[0]?.summary).toContain('补发差额并对相关责任人作出处理。');
  });

  it('cleans a confidential case of its petitioner’s name for an account without the grant, and prints no name', async () => {
    db = freshDb();
    await registerPetition(
      db,
      visit({
        receivedAt: '2026-05-12T10:00',
        nature: '检举控告',
        categoryId: 'cat-12',
        unitId: 'unit-1-2-1',
        summary: REPORT_SUMMARY,
        petitioners: [person({ name: '李秀兰', idNumber: '' })],
      }),
      NOW,
    );
    setActor(db, actorAs('handler', '孙科长', false));

    const { rows, texts, cases } = await typicalCasesOf(db);
    expect(rows[0]?.petitionerNames).not.toContain('李秀兰');
    expect(texts.size).toBe(1);
    expect(cases).toHaveLength(1);
    expect(cases[0]?.unit).toBe('生产车间');
    expect(cases[0]?.summary).toBe(
      '信访人来访检举选煤厂生产车间主任信访人的亲属虚报加班工时套取加班费，信访人可提供考勤记录。',
    );
    expect(JSON.stringify(cases)).not.toMatch(/李秀兰|13912345678/u);
    // Cleaned in the repository: the account is never handed the name, not even to clean it out itself.
    expect(JSON.stringify([...texts.values()])).not.toMatch(/李秀兰|13912345678/u);
  });

  it('leaves out a petition no longer on file, and reads each petition once', async () => {
    db = freshDb();
    const on = await registerPetition(db, visit({ receivedAt: '2026-05-10T09:00' }), NOW);
    const texts = await loadTypicalCaseTexts(db, [on.id, 'gone', on.id]);
    expect([...texts.keys()]).toEqual([on.id]);
    expect(texts.get(on.id)).toEqual({ summary: visit().summary, petitionerNames: ['张三'] });
  });
});
