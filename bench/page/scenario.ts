import type { DeskDatabase } from '../../renderer/src/db/database';
import { findRepeatCandidates } from '../../renderer/src/db/petitioners';
import { rebuildLedgerIndex } from '../../renderer/src/db/ledgerIndex';
import { getPetitionDetail, loadLedgerRows, registerPetition } from '../../renderer/src/db/petitions';
import { toLocalDateTime } from '../../renderer/src/domain/dates';
import { idCheckChar } from '../../renderer/src/domain/idNumber';
import {
  DEFAULT_LEDGER_SORT,
  queryLedger,
  type LedgerQuery,
  type LedgerRow,
} from '../../renderer/src/domain/ledgerQuery';
import { emptyPetitioner, emptyRegistration, type RegistrationInput } from '../../renderer/src/domain/registration';
import { namePinyin } from '../../renderer/src/domain/search';
import type { Petitioner } from '../../renderer/src/domain/types';
import { buildCaseBoard } from '../../renderer/src/domain/caseBoard';
import { caseEnvironment } from '../../renderer/src/domain/caseEnvironment';
import { toLocalDate } from '../../renderer/src/domain/dates';
import { getSettings } from '../../renderer/src/db/settings';
import {
  buildLargeCaseFile,
  buildSampleHandlingOpinion,
  FIFTY_PAGE_CASE,
} from '../../renderer/src/documents/sampleCase';
import { collectGarbage, medianOf, rawGetAll, type BenchRow } from './measure';
import { Random } from './random';

/** Budgets from issue 2 on this 2-core machine. */
const INTERACTION_BUDGET_MS = 100;
const SAVE_BUDGET_MS = 50;
/** Runs per figure after the warm-up; the slow full reads get fewer. */
const RUNS = 9;
const SLOW_RUNS = 5;
const PAGE_SIZE = 20;
/** Words a clerk would search for; each occurs in the seeded summaries (bench/page/pools.ts MATTERS). */
const TEXT_WORDS = [
  '工伤',
  '拖欠工资',
  '供暖',
  '养老保险',
  '采煤沉陷',
  '劳保用品',
  '物业收费',
  '尘肺病',
  '征地补偿',
  '内退生活费',
];

function ledgerQuery(over: Partial<LedgerQuery>): LedgerQuery {
  return { sort: DEFAULT_LEDGER_SORT, page: 1, pageSize: PAGE_SIZE, ...over };
}

const SAVED_ID_FIRST17 = '41060219900101123';

/** A valid registration the clerk could have typed: a visit by one person with an ID number and a phone. */
function registration(now: Date, run: number): RegistrationInput {
  const form = emptyRegistration(now);
  return {
    ...form,
    receivedAt: toLocalDateTime(new Date(now.getTime() - 5 * 60_000)),
    petitioners: [
      {
        ...emptyPetitioner(),
        name: `测试${String.fromCharCode(0x4e00 + 100 + run + 1)}`,
        gender: '男',
        idNumber: SAVED_ID_FIRST17 + idCheckChar(SAVED_ID_FIRST17),
        phone: '13800001111',
      },
    ],
    categoryId: 'cat-01-01',
    nature: '申诉求决',
    unitId: 'unit-1-1',
    summary: '本人反映近三个月被拖欠工资一直未予发放，多次向单位反映未果，要求尽快解决。',
    demands: '要求补发工资',
    receivingOfficer: '李春燕',
  };
}

/**
 * Times the desk's interactions on a seeded database. Every figure is the median of several runs after one
 * warm-up; each run uses a different input where the input matters (search term, petition opened).
 */
export async function runScenario(
  db: DeskDatabase,
  petitionIds: readonly string[],
  log: (line: string) => void,
  /** Only the ledger: its floors, the cold load and the queries over the loaded rows, no rebuild (bench --ledger-only). */
  ledgerOnly = false,
): Promise<{ rows: BenchRow[]; ledger: LedgerRow[] }> {
  const random = new Random(7);
  const rows: BenchRow[] = [];
  const idb = db.backendDB();

  log('floor: raw IndexedDB getAll over petitions');
  let petitionsRead = 0;
  const floor = await medianOf(SLOW_RUNS, async () => {
    petitionsRead = await rawGetAll(idb, 'petitions');
  });
  const add = (name: string, runs: number, median: number, budget: number | null, note: string, ownFloor?: number) =>
    rows.push({ name, n: runs, median_ms: median, floor_ms: ownFloor ?? floor, budget_ms: budget, note });
  add('floor: raw getAll petitions', SLOW_RUNS, floor, null, `${petitionsRead} records`);

  // The cold load and its floor each start with no garbage left by the run before: a desk opening its ledger has
  // none, and collecting the previous run's 100,000 rows is not the cost of reading them.
  log('raw IndexedDB getAll over the ledger index (ledgerChunks)');
  let chunksRead = 0;
  const chunkFloor = await medianOf(
    SLOW_RUNS,
    async () => {
      chunksRead = await rawGetAll(idb, 'ledgerChunks');
    },
    collectGarbage,
  );
  add('raw getAll ledgerChunks', SLOW_RUNS, chunkFloor, null, `${chunksRead} chunks: what the cold load reads`);

  log('ledger cold load (loadLedgerRows)');
  let ledger: LedgerRow[] = [];
  const coldLoad = await medianOf(
    SLOW_RUNS,
    async () => {
      ledger = await loadLedgerRows(db);
    },
    async () => {
      ledger = []; // the previous run's rows are let go and collected before the timed load, as at start-up
      await collectGarbage();
    },
  );
  add(
    'ledger cold load',
    SLOW_RUNS,
    coldLoad,
    null,
    `${ledger.length} rows into memory; ${(coldLoad / chunkFloor).toFixed(2)}× the raw read (issue 14: within 1.5×)`,
    chunkFloor,
  );

  if (!ledgerOnly) {
    log('ledger index rebuild (rebuildLedgerIndex, only when the index is out of step)');
    let rebuilt = 0;
    const rebuild = await medianOf(1, async () => {
      rebuilt = (await rebuildLedgerIndex(db)).length;
    });
    add('ledger index rebuild', 1, rebuild, null, `${rebuilt} rows from petitions and petitioners`);
  }

  log('ledger interactions (queryLedger over the in-memory rows)');
  let total = 0;
  const filtered = await medianOf(RUNS, () => {
    total = queryLedger(ledger, ledgerQuery({ channels: ['来访'], statuses: ['closed'] })).total;
  });
  add('ledger page 1, 来访 + 已办结', RUNS, filtered, INTERACTION_BUDGET_MS, `${total} matches`);

  const sorted = await medianOf(RUNS, (run) => {
    total = queryLedger(
      ledger,
      ledgerQuery({ sort: { field: 'headcount', order: run % 2 === 0 ? 'desc' : 'asc' } }),
    ).total;
  });
  add('ledger sorted by 人数', RUNS, sorted, INTERACTION_BUDGET_MS, `${total} rows sorted`);

  const byNumber = await medianOf(RUNS, (run) => {
    total = queryLedger(ledger, ledgerQuery({ sort: { field: 'regNo', order: run % 2 === 0 ? 'asc' : 'desc' } })).total;
  });
  add('ledger sorted by 登记编号', RUNS, byNumber, INTERACTION_BUDGET_MS, `${total} rows sorted`);

  // The initials of a seeded person's name, a different person each run ('zs' for 张三).
  let query = '';
  const pinyinSearch = await medianOf(RUNS, () => {
    query = namePinyin(random.pick(ledger).petitionerNames[0] ?? '张三')[1];
    total = queryLedger(ledger, ledgerQuery({ text: query })).total;
  });
  add('pinyin initials search', RUNS, pinyinSearch, INTERACTION_BUDGET_MS, `last: '${query}', ${total} matches`);

  const textSearch = await medianOf(RUNS, (run) => {
    query = TEXT_WORDS[(run + 1) % TEXT_WORDS.length] as string;
    total = queryLedger(ledger, ledgerQuery({ text: query })).total;
  });
  add('text search', RUNS, textSearch, INTERACTION_BUDGET_MS, `last: '${query}', ${total} matches`);
  if (ledgerOnly) return { rows, ledger };

  log('督办台 (buildCaseBoard over the in-memory ledger rows)');
  const env = caseEnvironment(await getSettings(db));
  let boardNote = '';
  const board = await medianOf(RUNS, (run) => {
    // A different day each run, so no run reuses the previous one's "today".
    const today = toLocalDate(new Date(Date.now() + run * 86_400_000));
    const result = buildCaseBoard(ledger, env, today);
    boardNote = `${result.open.length} open cases; 临期 ${result.buckets.dueSoon.length}, 超期 ${result.buckets.overdue.length}, 待受理 ${result.buckets.toAccept.length}`;
  });
  add('督办台 (board)', RUNS, board, INTERACTION_BUDGET_MS, boardNote);
  await (await import('./statisticsScenario')).runStatisticsScenario(db, ledger, add);
  await (await import('./riskScenario')).runRiskScenario(db, ledger, add, log);
  rows.push(...(await (await import('./suggestionScenario')).runSuggestionScenario(db, log)));

  log('letters: 处理意见书 and a 50-page 案卷');
  let bytes = 0;
  const opinion = await medianOf(RUNS, async () => {
    bytes = (await buildSampleHandlingOpinion()).byteLength;
  });
  add('build 处理意见书 .docx', RUNS, opinion, null, `${bytes} bytes`);
  const caseFile = await medianOf(SLOW_RUNS, async () => {
    bytes = (await buildLargeCaseFile()).byteLength;
  });
  add(
    'build 50-page 案卷 .docx',
    SLOW_RUNS,
    caseFile,
    null,
    `${FIFTY_PAGE_CASE.notes} events + ${FIFTY_PAGE_CASE.calls} receptions, ${bytes} bytes`,
  );

  await (await import('./reportScenario')).runReportScenario(db, ledger, add);

  log('detail page and repeat lookup');
  let people: Petitioner[] = [];
  const detail = await medianOf(RUNS, async () => {
    const found = await getPetitionDetail(db, random.pick(petitionIds));
    if (!found) throw new Error('a seeded petition was not found');
    people = found.petitioners;
  });
  add('open detail page', RUNS, detail, INTERACTION_BUDGET_MS, `last had ${people.length} petitioner(s)`);

  const withId = await collectPeopleWithIdNumbers(db, petitionIds, random, RUNS + 1);
  const repeat = await medianOf(RUNS, async (run) => {
    const person = withId[run + 1] as Petitioner;
    total = (await findRepeatCandidates(db, [{ idNumber: person.idNumber, name: person.name, phone: person.phone }]))
      .candidates.length;
  });
  add('repeat lookup (ID number)', RUNS, repeat, INTERACTION_BUDGET_MS, `${total} earlier petition(s) (last)`);

  log('saving registrations (registerPetition)');
  let regNo = '';
  const save = await medianOf(RUNS, async (run) => {
    const now = new Date();
    regNo = (await registerPetition(db, registration(now, run + 1), now)).regNo;
  });
  add('save one registration', RUNS, save, SAVE_BUDGET_MS, `last number ${regNo}`);

  await (await import('./exportScenario')).runExportScenario(ledger, add);
  return { rows, ledger };
}

/** Seeded people who have an ID number, taken from random petitions, for the repeat lookup. */
async function collectPeopleWithIdNumbers(
  db: DeskDatabase,
  ids: readonly string[],
  random: Random,
  count: number,
): Promise<Petitioner[]> {
  const found: Petitioner[] = [];
  for (let tries = 0; found.length < count && tries < count * 20; tries++) {
    const detail = await getPetitionDetail(db, random.pick(ids));
    const person = detail?.petitioners.find((p) => p.idNumber !== '');
    if (person) found.push(person);
  }
  if (found.length < count) throw new Error('too few seeded petitioners with an ID number');
  return found;
}
