import type { DeskDatabase } from '../../renderer/src/db/database';
import { undoImport } from '../../renderer/src/db/importBatches';
import { importPetitions, previewAgainstDesk } from '../../renderer/src/db/imports';
import type { ImportCandidate } from '../../renderer/src/domain/import/importPlan';
import type { ImportedRow } from '../../renderer/src/domain/import/readRow';
import type { BenchRow } from './measure';
import { oneRun } from './oneRun';

/**
 * Issue 17's write budget on this 2-core machine: 10,000 rows imported ≤ 10 s (parsed and previewed ≤ 5 s is
 * parseScenario.ts's).
 */
const IMPORT_BUDGET_MS = 10_000;
const IMPORT_ROWS = 10_000;

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂';

/** An old ledger's 10,000 rows: a year of visits by 3,000 people (each comes about three times), a third closed. */
function ledgerRows(): ImportedRow[] {
  return Array.from({ length: IMPORT_ROWS }, (_, i) => {
    const who = i % 3000;
    const name = `${SURNAMES[who % SURNAMES.length] ?? '王'}${GIVEN[(who * 7) % GIVEN.length] ?? '伟'}${GIVEN[(who * 13) % GIVEN.length] ?? '强'}`;
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    const date = `2019-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const closed = i % 3 === 0;
    return {
      originalNo: `2019-${i + 1}`,
      receivedDate: date,
      channel: i % 4 === 0 ? '来信' : '来访',
      people: [{ name, idNumber: null, phones: [`139${String(10_000_000 + who).padStart(8, '0')}`] }],
      anonymous: false,
      headcount: 1,
      unit: '',
      matter: `反映第${i + 1}号问题：工资发放不及时`,
      category: '工资',
      demands: '',
      handlingUnit: '',
      leader: '',
      dueDate: null,
      handling: closed ? '已补发' : '',
      closed,
      closedDate: closed ? date : null,
      satisfaction: closed ? '满意' : null,
      remarks: '',
      setAside: [],
    };
  });
}

/**
 * Times the write half of 导入Excel at the seeded desk's size: previewAgainstDesk (exact duplicates and repeat
 * visitors for 10,000 rows), importPetitions (one transaction, audited, ledger rows rewritten by the middleware) and
 * 撤销本次导入 of the whole batch. One run each: the import writes, and a second would find the first's rows.
 */
export async function runImportScenario(db: DeskDatabase, log: (line: string) => void): Promise<BenchRow[]> {
  const rows = ledgerRows();
  log(`import: previewing ${rows.length} rows against the desk`);
  let start = performance.now();
  const checks = await previewAgainstDesk(db, rows);
  const previewMs = performance.now() - start;
  const repeats = checks.filter((c) => c.repeatVisitors.length > 0).length;
  const candidates: ImportCandidate[] = rows.map((row, i) => ({
    sheet: `${Number(row.receivedDate?.slice(5, 7))}月`,
    rowNumber: i + 3,
    row,
    categoryId: 'cat-01-01',
    unitId: null,
    personIds: row.people.map(() => null),
    flagged: false,
  }));
  log('import: importing');
  start = performance.now();
  const result = await importPetitions(db, { fileName: '2019年信访台账.xlsx', candidates, skipped: 0 }, new Date());
  const importMs = performance.now() - start;
  log('import: undoing');
  start = performance.now();
  await undoImport(db, result.batchId, new Date());
  const undoMs = performance.now() - start;
  return [
    oneRun('import: preview against the desk, 10,000 rows', previewMs, null, `${repeats} rows with repeat visitors`),
    oneRun('import: 10,000 rows in one transaction', importMs, IMPORT_BUDGET_MS, `${result.imported} petitions`),
    oneRun('import: undo the batch', undoMs, null, `${result.imported} petitions removed`),
  ];
}
