import { withoutAudit } from '../../renderer/src/db/audit/auditMiddleware';
import type { DeskDatabase } from '../../renderer/src/db/database';
import { changeSuggestionStatus, listSuggestions } from '../../renderer/src/db/outreachSuggestions';
import { addDays, toLocalDate } from '../../renderer/src/domain/dates';
import {
  suggestionCountsLine,
  suggestionListRows,
  suggestionStatusCounts,
  type SuggestionListQuery,
} from '../../renderer/src/domain/outreach/suggestionList';
import { formatSuggestionNo } from '../../renderer/src/domain/outreach/text';
import { FEEDBACK_WAYS, type Suggestion, type SuggestionRow } from '../../renderer/src/domain/outreach/types';
import { createSuggestionsStore, type SuggestionsStore } from '../../renderer/src/services/suggestionsStore';
import { medianOf, rawGetAll, type BenchRow } from './measure';
import { Random } from './random';

/** Issue 16's budget: the 意见建议 list at 10,000 suggestions, read and shown as the page does. */
const LIST_BUDGET_MS = 100;
const SUGGESTIONS = 10_000;
const RUNS = 9;

const TOPICS = [
  '井下班中餐保温',
  '澡堂延长开放时间',
  '通勤车增加班次',
  '更衣柜维修',
  '职工书屋添置图书',
  '劳保鞋更换周期',
];
const DEPARTMENTS = ['工会', '后勤服务中心', '人力资源部', '安全监察部'];

/** 10,000 suggestions over two years: most answered, the rest followed up or unanswered, some past their deadline. */
function generateSuggestions(unitIds: readonly string[], today: string): Suggestion[] {
  const random = new Random(16);
  const counters = new Map<number, number>();
  return Array.from({ length: SUGGESTIONS }, (_, i) => {
    const collectedOn = addDays(today, -random.int(0, 700));
    const year = Number(collectedOn.slice(0, 4));
    const seq = (counters.get(year) ?? 0) + 1;
    counters.set(year, seq);
    const deadline = random.chance(0.8) ? addDays(collectedOn, random.int(5, 60)) : null;
    const followUpOn = random.chance(0.5) ? addDays(collectedOn, random.int(0, 5)) : null;
    const answeredOn = random.chance(0.75) ? addDays(collectedOn, random.int(5, 40)) : null;
    const answered = answeredOn !== null && answeredOn <= today;
    const topic = random.pick(TOPICS);
    return {
      id: `bench-suggestion-${i}`,
      year,
      seq,
      suggestionNo: formatSuggestionNo(year, seq),
      topic,
      text: `职工建议：${topic}，请相关部门研究解决`,
      proposer: random.chance(0.7) ? { name: `职工${i}`, phone: `139${random.digits(8)}` } : null,
      activityId: null,
      unitId: unitIds.length > 0 ? random.pick(unitIds) : null,
      collectedOn,
      department: random.pick(DEPARTMENTS),
      measure: `研究落实${topic}`,
      deadline,
      status: answered ? '已答复' : followUpOn !== null && followUpOn <= today ? '跟进中' : '未答复',
      followUpOn: followUpOn !== null && followUpOn <= today ? followUpOn : null,
      answer: answered ? `已落实：${topic}` : '',
      answeredOn: answered ? answeredOn : null,
      feedbackWay: answered ? random.pick(FEEDBACK_WAYS) : null,
      createdAt: `${collectedOn}T09:00:00.000`,
      updatedAt: `${collectedOn}T09:00:00.000`,
    };
  });
}

/** Resolves once the store holds this suggestion as 已答复. */
function heldAnswered(store: SuggestionsStore, id: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!store.snapshot().rows?.some((r) => r.id === id && r.status === '已答复')) return;
      stop();
      resolve();
    };
    const stop = store.subscribe(check);
    check();
  });
}

/**
 * 意见建议 at 10,000 suggestions: the repository's read in the account's scope (newest first, masked), done once per
 * session by the store the page reads; opening the page with the store loaded (the list and the status counts the
 * page shows); one change reaching the store; and the filters over the rows.
 */
export async function runSuggestionScenario(db: DeskDatabase, log: (line: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const today = toLocalDate(new Date());
  const units = await db.units.toArray();
  log(`意见建议: seeding ${SUGGESTIONS} suggestions`);
  await withoutAudit(db, () =>
    db.suggestions.bulkAdd(
      generateSuggestions(
        units.map((u) => u.id),
        today,
      ),
    ),
  );
  let read = 0;
  const floor = await medianOf(5, async () => {
    read = await rawGetAll(db.backendDB(), 'suggestions');
  });
  const add = (name: string, runs: number, median: number, budget: number | null, note: string) =>
    rows.push({ name, n: runs, median_ms: median, floor_ms: floor, budget_ms: budget, note });
  add('floor: raw getAll suggestions', 5, floor, null, `${read} suggestions`);

  const all: SuggestionListQuery = { status: '全部', overdueOnly: false };
  const cold = await medianOf(RUNS, () => listSuggestions(db));
  add('意见建议 cold load (listSuggestions)', RUNS, cold, null, 'once per session, then kept in memory');

  // The store as the page finds it once loaded (services/suggestionsStore.ts): held by a subscriber, read once.
  const store = createSuggestionsStore(db);
  const holdStore = store.subscribe(() => undefined);
  await store.settled();
  let suggestions: readonly SuggestionRow[] = [];
  let header = '';
  const open = await medianOf(RUNS, () => {
    suggestions = store.snapshot().rows ?? [];
    suggestionListRows(suggestions, all, today);
    header = suggestionCountsLine(suggestionStatusCounts(suggestions));
  });
  add('意见建议 open (store snapshot + list + counts)', RUNS, open, LIST_BUDGET_MS, header);

  // A different unanswered suggestion answered each run, through the repository, until the store holds the answer.
  const unanswered = suggestions.filter((s) => s.status !== '已答复').map((s) => s.id);
  const answer = { to: '已答复', answer: '已落实', answeredOn: today, feedbackWay: '书面答复' } as const;
  const seen = await medianOf(RUNS, async (run) => {
    const id = unanswered[run + 1] ?? '';
    const held = heldAnswered(store, id);
    await changeSuggestionStatus(db, id, answer, new Date());
    await held;
  });
  add('意见建议 one change seen', RUNS, seen, LIST_BUDGET_MS, 'changeSuggestionStatus until the store holds it');
  suggestions = store.snapshot().rows ?? [];
  holdStore();

  const timeFilter = async (name: string, query: SuggestionListQuery) => {
    let shown = 0;
    const median = await medianOf(RUNS, () => {
      shown = suggestionListRows(suggestions, query, today).length;
    });
    add(name, RUNS, median, LIST_BUDGET_MS, `${shown} rows`);
  };
  await timeFilter('意见建议 filter 未答复', { status: '未答复', overdueOnly: false });
  await timeFilter('意见建议 只看超期', { status: '全部', overdueOnly: true });
  // The backup figures that follow measure the petitions' desk as before.
  await withoutAudit(db, () => db.suggestions.clear());
  return rows;
}
