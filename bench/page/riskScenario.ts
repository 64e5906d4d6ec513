import { withoutAudit } from '../../renderer/src/db/audit/auditMiddleware';
import type { DeskDatabase } from '../../renderer/src/db/database';
import { listRiskMatters } from '../../renderer/src/db/riskLedger';
import { getSettings } from '../../renderer/src/db/settings';
import { caseEnvironment } from '../../renderer/src/domain/caseEnvironment';
import { addDays, toLocalDate } from '../../renderer/src/domain/dates';
import type { LedgerRow } from '../../renderer/src/domain/ledgerQuery';
import { riskListRows, type RiskListQuery } from '../../renderer/src/domain/risk/riskList';
import { formatRiskNo } from '../../renderer/src/domain/risk/riskNo';
import { RISK_LEVELS, type RiskMatter, type RiskStatus } from '../../renderer/src/domain/risk/types';
import { riskWarnings } from '../../renderer/src/domain/risk/warnings';
import { pathNames } from '../../renderer/src/domain/treePath';
import { medianOf, rawGetAll } from './measure';
import { LEADERS } from './pools';
import { Random } from './random';

/** Issue 15's budgets: the list, a filter and a search at 10,000 matters; the warnings over the petition ledger. */
const LIST_BUDGET_MS = 100;
const WARNINGS_BUDGET_MS = 300;
const MATTERS = 10_000;
const RUNS = 9;

type Add = (name: string, runs: number, median: number, budget: number | null, note: string, floor?: number) => void;

const PROBLEMS = [
  '职工反映绩效工资未足额发放',
  '家属区供暖移交后暖气不热',
  '退休职工反映统筹外费用未落实',
  '去产能分流人员反映安置补偿标准不一',
  '采煤沉陷区房屋裂缝修缮未完成',
  '劳保用品发放不及时',
];

/** 10,000 matters over two years, most 在办, on the seeded units. */
function generateMatters(unitIds: readonly string[], today: string): RiskMatter[] {
  const random = new Random(15);
  const counters = new Map<number, number>();
  return Array.from({ length: MATTERS }, (_, i) => {
    const registeredOn = addDays(today, -random.int(0, 700));
    const year = Number(registeredOn.slice(0, 4));
    const seq = (counters.get(year) ?? 0) + 1;
    counters.set(year, seq);
    const status: RiskStatus = random.chance(0.7) ? '在办' : random.chance(0.8) ? '已销号' : '已转信访事项';
    return {
      id: `bench-risk-${i}`,
      year,
      seq,
      riskNo: formatRiskNo(year, seq),
      source: '排查',
      screeningId: null,
      problem: `${random.pick(['一号矿井', '二号矿井', '洗选厂'])}${random.pick(PROBLEMS)}`,
      categoryId: null,
      riskKind: '',
      registeredOn,
      level: random.pick(RISK_LEVELS),
      unitId: unitIds.length > 0 ? random.pick(unitIds) : null,
      headcount: random.int(1, 200),
      leader: random.pick(LEADERS),
      department: '人力资源部',
      responsible: '王科长',
      measures: '核对台账，约谈责任单位',
      targetDate: addDays(registeredOn, 30),
      claims: [{ text: '按政策落实', outcome: null }],
      lastUpdatedOn: addDays(registeredOn, random.int(0, 20)),
      status,
      petitionIds: [],
      createdAt: `${registeredOn}T09:00:00.000`,
      updatedAt: `${registeredOn}T09:00:00.000`,
    };
  });
}

/**
 * The screening ledger at 10,000 matters (read, list, filter, search as the page computes them) and the 研判预警
 * over the whole petition ledger.
 */
export async function runRiskScenario(
  db: DeskDatabase,
  ledger: readonly LedgerRow[],
  add: Add,
  log: (line: string) => void,
): Promise<void> {
  const today = toLocalDate(new Date());
  const units = await db.units.toArray();
  log(`screening ledger: seeding ${MATTERS} matters`);
  await withoutAudit(db, () =>
    db.riskMatters.bulkAdd(
      generateMatters(
        units.map((u) => u.id),
        today,
      ),
    ),
  );
  const idb = db.backendDB();
  let read = 0;
  const floor = await medianOf(5, async () => {
    read = await rawGetAll(idb, 'riskMatters');
  });
  add('floor: raw getAll riskMatters', 5, floor, null, `${read} matters`, floor);
  let matters: RiskMatter[] = [];
  const load = await medianOf(5, async () => {
    matters = await listRiskMatters(db);
  });
  add('排查台账 read (listRiskMatters)', 5, load, null, `${matters.length} matters from IndexedDB`, floor);

  const context = {
    day: today,
    calendar: caseEnvironment(await getSettings(db)).calendar,
    unitPaths: pathNames(units),
  };
  const timeList = (name: string, query: (run: number) => RiskListQuery) => {
    let shown = 0;
    return medianOf(RUNS, (run) => {
      shown = riskListRows(matters, query(run), context).length;
    }).then((median) => add(name, RUNS, median, LIST_BUDGET_MS, `${shown} rows`, floor));
  };
  await timeList('排查台账 list (在办, sorted)', () => ({ status: '在办', level: null, text: '' }));
  await timeList('排查台账 filter 重大 + 全部', () => ({ status: '全部', level: '重大', text: '' }));
  // The first search of a page's matters builds each matter's search text (names and unit with their pinyin); the
  // later keystrokes reuse it. Timed once on copies no search has seen.
  const fresh = matters.map((m) => ({ ...m }));
  const started = performance.now();
  const firstFound = riskListRows(fresh, { status: '全部', level: null, text: LEADERS[0] ?? '' }, context).length;
  add(
    '排查台账 first search',
    1,
    performance.now() - started,
    LIST_BUDGET_MS,
    `${firstFound} rows, search texts built`,
    floor,
  );
  await timeList('排查台账 search', (run) => ({
    status: '全部',
    level: null,
    text: LEADERS[Math.abs(run) % LEADERS.length] ?? '',
  }));

  log('研判预警 over the petition ledger');
  let found = 0;
  const warnings = await medianOf(RUNS, (run) => {
    found = riskWarnings(ledger, addDays(today, -Math.max(run, 0))).length;
  });
  add(
    '研判预警 (riskWarnings)',
    RUNS,
    warnings,
    WARNINGS_BUDGET_MS,
    `${found} suggestions over ${ledger.length} petitions`,
  );
  // The backup figures that follow measure the petitions' desk as before.
  await withoutAudit(db, () => db.riskMatters.clear());
}
