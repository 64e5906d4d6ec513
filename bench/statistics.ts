/**
 * `npx tsx bench/statistics.ts [--n=100000]`: times computeStatistics on synthetic compact records (the dashboard's
 * budget is 300 ms at 100,000 petitions, for a quarter and for a year). Prints the first (cold) run and the median
 * of the following runs per case. Pure Node: no browser, no database; `npm run bench` measures the page end to end.
 */
import { caseEnvironment } from '../renderer/src/domain/caseEnvironment';
import { addDays } from '../renderer/src/domain/dates';
import type { CaseClockFacts } from '../renderer/src/domain/deadlines';
import { DEFAULT_SETTINGS, defaultCategories, defaultUnits } from '../renderer/src/domain/defaults';
import {
  computeStatistics,
  quarterPeriod,
  yearPeriod,
  type StatPeriod,
  type StatPetition,
  type StatReception,
  type StatScope,
} from '../renderer/src/domain/statistics';
import { CHANNELS, IDENTITY_TYPES, NATURES, type PetitionStatus } from '../renderer/src/domain/types';
import { SATISFACTION_LEVELS } from '../renderer/src/domain/workflowPayloads';

const n = Number(process.argv.find((a) => a.startsWith('--n='))?.slice(4) ?? 100_000);
const RUNS = 9;

/** mulberry32: the same records on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20260525);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const pad = (x: number) => String(x).padStart(2, '0');

const units = defaultUnits();
const categories = defaultCategories();
const leafCategories = categories.filter((c) => !categories.some((d) => d.parentId === c.id));
const FLAGS = { collective: false, jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false };
/** Three years of petitions, 2024-01-01 to 2026-12-30. */
const FIRST_DAY = '2024-01-01';
const SPAN_DAYS = 1095;

function generate(): { petitions: StatPetition[]; receptions: StatReception[] } {
  const petitions: StatPetition[] = [];
  const receptions: StatReception[] = [];
  for (let i = 0; i < n; i += 1) {
    const day = addDays(FIRST_DAY, Math.floor((i / n) * SPAN_DAYS));
    const receivedAt = `${day}T${pad(8 + Math.floor(rand() * 9))}:${pad(Math.floor(rand() * 60))}`;
    const channel = pick(CHANNELS);
    const nature = rand() < 0.6 ? '申诉求决' : pick(NATURES);
    const headcount = rand() < 0.05 ? 5 + Math.floor(rand() * 20) : 1 + Math.floor(rand() * 3);
    const flags = { ...FLAGS, collective: headcount >= 5, levelSkipping: rand() < 0.03 };
    let facts: CaseClockFacts | null = null;
    let status: PetitionStatus = 'registered';
    const stage = rand();
    if (stage > 0.1) {
      const acceptedAt = addDays(day, 1 + Math.floor(rand() * 5));
      facts = { nature, receivedAt: day, acceptedAt };
      status = 'accepted';
      if (rand() < 0.05) facts.extension = { days: 30, approvedAt: addDays(acceptedAt, 50) };
      if (rand() < 0.02)
        facts.pauses = [{ from: addDays(acceptedAt, 10), to: addDays(acceptedAt, 20), reason: '鉴定' }];
      if (stage > 0.25) {
        const repliedAt = addDays(acceptedAt, 10 + Math.floor(rand() * 70));
        facts.repliedAt = repliedAt;
        facts.servedAt = repliedAt;
        status = 'replied';
        if (stage > 0.5) {
          facts.closedAt = addDays(repliedAt, 7);
          status = 'closed';
        }
      }
    }
    const id = `p${i}`;
    const repeats = rand() < 0.2 ? 1 : 0;
    petitions.push({
      id,
      regNo: `${day.slice(0, 4)}-${i}`,
      receivedAt,
      channel,
      categoryId: pick(leafCategories).id,
      nature,
      unitId: pick(units).id,
      identityTypes: [pick(IDENTITY_TYPES)],
      flags,
      status,
      receptionCount: 1 + repeats,
      caseFacts: facts,
      satisfaction: status === 'closed' && rand() < 0.8 ? pick(SATISFACTION_LEVELS) : null,
    });
    receptions.push({ petitionId: id, receivedAt, channel, headcount, isRepeat: false, flags });
    if (repeats)
      receptions.push({
        petitionId: id,
        receivedAt: `${addDays(day, 30)}T09:00`,
        channel: pick(CHANNELS),
        headcount: 1,
        isRepeat: true,
        flags: FLAGS,
      });
  }
  return { petitions, receptions };
}

const t0 = performance.now();
const data = generate();
console.log(
  `generated ${data.petitions.length} petitions, ${data.receptions.length} receptions in ${Math.round(performance.now() - t0)} ms`,
);

const env = caseEnvironment(DEFAULT_SETTINGS);
const cases: Array<[string, StatPeriod, StatScope]> = [
  ['quarter, whole organisation', quarterPeriod(2026, 2), { kind: 'all' }],
  ['year, whole organisation', yearPeriod(2025), { kind: 'all' }],
  ['quarter, unit subtree 一号矿井', quarterPeriod(2026, 2), { kind: 'unitSubtree', unitId: 'unit-1-1' }],
  ['year, branch 选煤厂党支部', yearPeriod(2025), { kind: 'branch', branch: '选煤厂党支部' }],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

for (const [name, period, scope] of cases) {
  const times: number[] = [];
  let summary = '';
  for (let run = 0; run <= RUNS; run += 1) {
    const start = performance.now();
    const s = computeStatistics({ ...data, units, categories, period, scope, env });
    times.push(performance.now() - start);
    summary = `${s.batches}批次 ${s.persons}人次 ${s.pieces}件, 应办结 ${s.handling.due}, 超期 ${s.overdue.length}`;
  }
  const [cold, ...warm] = times;
  console.log(
    `${name.padEnd(32)} cold ${(cold as number).toFixed(1).padStart(7)} ms   median ${median(warm).toFixed(1).padStart(7)} ms   (${summary})`,
  );
}
