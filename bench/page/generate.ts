import { registeredCaseFacts } from '../../renderer/src/domain/caseFacts';
import { addDays, toLocalDate, toLocalDateTime, toTimestamp } from '../../renderer/src/domain/dates';
import type { CaseClockFacts } from '../../renderer/src/domain/deadlines';
import { idCheckChar } from '../../renderer/src/domain/idNumber';
import { formatRegNo } from '../../renderer/src/domain/regNo';
import { buildSearchText } from '../../renderer/src/domain/search';
import type {
  CaseEvent,
  Category,
  Channel,
  Petition,
  Petitioner,
  PetitionStatus,
  Reception,
} from '../../renderer/src/domain/types';
import { PETITION_STATUSES } from '../../renderer/src/domain/types';
import * as pool from './pools';
import { Random, Weighted } from './random';

/** The records of one seeding batch, written together in one transaction. */
export interface SeedBatch {
  petitions: Petition[];
  receptions: Reception[];
  petitioners: Petitioner[];
  caseEvents: CaseEvent[];
}

export interface SeedContext {
  random: Random;
  /** Leaf categories (a second level where the first level has one), weighted by their first level. */
  categories: Weighted<string>;
  unitIds: string[];
  now: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Leaf categories weighted per first level (pools.CATEGORY_WEIGHTS), split evenly among a level's children. */
export function weightCategories(categories: readonly Category[]): Weighted<string> {
  const pairs: [string, number][] = [];
  for (const top of categories.filter((c) => c.parentId === null)) {
    const weight = pool.CATEGORY_WEIGHTS[top.name] ?? 1;
    const children = categories.filter((c) => c.parentId === top.id);
    if (children.length === 0) pairs.push([top.id, weight]);
    else for (const child of children) pairs.push([child.id, weight / children.length]);
  }
  return new Weighted(pairs);
}

/**
 * Received moments spread over the last three years, oldest first, so numbers follow time within each year.
 * Visits fall on office hours; letters and messages are dated through the day.
 */
export function spreadReceivedTimes(random: Random, count: number, now: Date): number[] {
  const start = now.getTime() - 3 * 365 * DAY_MS;
  const span = now.getTime() - DAY_MS - start;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(start + random.next() * span);
    day.setHours(random.int(8, 17), random.int(0, 59), 0, 0);
    times.push(day.getTime());
  }
  return times.sort((a, b) => a - b);
}

function personName(random: Random): string {
  const given = random.pick(pool.GIVEN_CHARS) + (random.chance(0.7) ? random.pick(pool.GIVEN_CHARS) : '');
  return random.pick(pool.SURNAMES) + given;
}

/** A valid 18-character 身份证号 (GB 11643 check character) for someone born 1950–2002. */
function idNumber(random: Random, male: boolean): string {
  const birth = new Date(random.int(1950, 2002), random.int(0, 11), random.int(1, 28));
  const order = random.int(0, 49) * 10 + (male ? random.pick([1, 3, 5, 7, 9]) : random.pick([0, 2, 4, 6, 8]));
  const first17 =
    random.pick(pool.AREA_CODES) + toLocalDate(birth).replaceAll('-', '') + String(order).padStart(3, '0');
  return first17 + idCheckChar(first17);
}

function person(ctx: SeedContext, stamp: string): Petitioner {
  const { random } = ctx;
  const male = random.chance(0.78);
  return {
    id: crypto.randomUUID(),
    name: personName(random),
    gender: male ? '男' : '女',
    idNumber: random.chance(0.7) ? idNumber(random, male) : '',
    phone: random.chance(0.85) ? `1${random.pick(['3', '5', '7', '8', '9'])}${random.digits(9)}` : '',
    address: random.chance(0.6) ? `${random.pick(pool.PLACES)}${random.int(1, 40)}号楼${random.int(1, 6)}单元` : '',
    identityType: pool.IDENTITY_WEIGHTS.pick(random),
    unitId: random.chance(0.8) ? random.pick(ctx.unitIds) : null,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** 40–120 characters: who, since when, what, what was tried, what they ask; details appended to the length. */
function summaryText(random: Random): string {
  const target = random.int(40, 120);
  let text = `${random.pick(pool.SUBJECTS)}反映，${random.pick(pool.PERIODS)}${random.pick(pool.MATTERS)}，${random.pick(pool.STEPS)}`;
  while (text.length < target - 10) text += `；另反映${random.pick(pool.MATTERS)}，${random.pick(pool.STEPS)}`;
  return `${text.slice(0, 118)}。`;
}

const STATUS_BY_AGE: [maxAgeDays: number, Weighted<PetitionStatus>][] = [
  [
    15,
    new Weighted<PetitionStatus>([
      ['registered', 50],
      ['accepted', 30],
      ['assigned', 20],
    ]),
  ],
  [
    60,
    new Weighted<PetitionStatus>([
      ['inProgress', 40],
      ['assigned', 20],
      ['replied', 25],
      ['accepted', 10],
      ['rejected', 3],
      ['forwarded', 2],
    ]),
  ],
  [
    Infinity,
    new Weighted<PetitionStatus>([
      ['closed', 70],
      ['followedUp', 10],
      ['replied', 8],
      ['final', 3],
      ['reviewRequested', 2],
      ['reviewed', 2],
      ['rejected', 3],
      ['forwarded', 2],
    ]),
  ],
];

function statusFor(random: Random, ageDays: number): PetitionStatus {
  for (const [maxAge, weights] of STATUS_BY_AGE) if (ageDays <= maxAge) return weights.pick(random);
  return 'closed';
}

const NAMED_PEOPLE = new Weighted([
  [1, 70],
  [2, 18],
  [3, 8],
  [4, 4],
] as const);

/** ~8% collective (5–60 people, up to 6 named, the named ones as representatives); otherwise 1–4 named people. */
function peopleCount(random: Random): { named: number; headcount: number; collective: boolean } {
  if (random.chance(0.08)) {
    const named = random.int(3, 6);
    return { named, headcount: Math.max(named, random.int(5, 60)), collective: true };
  }
  const named = NAMED_PEOPLE.pick(random);
  return { named, headcount: named, collective: false };
}

const dayOf = (ms: number) => toLocalDate(new Date(ms));

const SATISFACTION = new Weighted([
  ['满意', 60],
  ['基本满意', 30],
  ['不满意', 10],
] as const);

/**
 * The clock facts a case in `status` would carry, with its steps spread after `receivedMs` and none after `nowMs`,
 * so the 督办 board computes real deadlines over the seeded cases.
 */
function caseFactsFor(
  random: Random,
  petition: Pick<Petition, 'nature' | 'receivedAt' | 'channel' | 'unitId'>,
  status: PetitionStatus,
  receivedMs: number,
  nowMs: number,
): CaseClockFacts {
  const facts: { -readonly [K in keyof CaseClockFacts]: CaseClockFacts[K] } = registeredCaseFacts(petition);
  let at = receivedMs;
  const step = (maxDays: number) => {
    at = Math.min(at + random.int(1, maxDays) * DAY_MS, nowMs);
    return dayOf(at);
  };
  if (status === 'registered') return facts;
  if (status === 'rejected' || status === 'forwarded') {
    facts.acceptanceNoticeIssuedAt = facts.closedAt = step(12);
    return facts;
  }
  facts.acceptedAt = facts.acceptanceNoticeIssuedAt = step(12);
  if (status === 'accepted') return facts;
  const assignedAt = step(3);
  facts.assignment = {
    unitId: petition.unitId ?? 'unit-1',
    leader: random.pick(pool.LEADERS),
    handler: random.pick(pool.OFFICERS),
    dueDate: addDays(facts.acceptedAt, 50),
    assignedAt,
  };
  if (status === 'assigned' || status === 'inProgress') return facts;
  facts.repliedAt = step(40);
  facts.servedAt = step(3);
  if (status === 'replied') return facts;
  // 回访 (满意率, 参评率): every case followed up, and most of the ones past it; the rest were never rated.
  if (status === 'followedUp' || random.chance(0.85))
    facts.followUp = { date: step(10), satisfaction: SATISFACTION.pick(random) };
  if (status === 'followedUp') return facts;
  if (status === 'closed') {
    facts.closedAt = step(10);
    return facts;
  }
  facts.reviewRequestedAt = step(25);
  if (status === 'reviewRequested') return facts;
  facts.reviewDecidedAt = facts.reviewServedAt = step(25);
  return facts;
}

function event(petitionId: string, at: string, actor: string, type: string, text: string): CaseEvent {
  return { id: crypto.randomUUID(), petitionId, at, actor, type, text, data: null };
}

/** Adds one petition registered at `receivedMs` with number year-seq, with its people, receptions and events. */
export function addPetition(ctx: SeedContext, batch: SeedBatch, receivedMs: number, year: number, seq: number): void {
  const { random } = ctx;
  const received = new Date(receivedMs);
  const receivedAt = toLocalDateTime(received);
  const stamp = toTimestamp(received);
  const channel: Channel = pool.CHANNEL_WEIGHTS.pick(random);
  const { named, headcount, collective } = peopleCount(random);
  const people = Array.from({ length: named }, () => person(ctx, stamp));
  batch.petitioners.push(...people);
  const regNo = formatRegNo(year, seq);
  const summary = summaryText(random);
  const demands = random.pick(pool.ASKS);
  const officer = random.pick(pool.OFFICERS);
  const petitionerIds = people.map((p) => p.id);
  const ageDays = (ctx.now.getTime() - receivedMs) / DAY_MS;
  const status = statusFor(random, ageDays);
  const id = crypto.randomUUID();
  const repeatMs = receivedMs + random.int(10, 200) * DAY_MS;
  const repeated = random.chance(0.12) && repeatMs < ctx.now.getTime();
  const categoryId = ctx.categories.pick(random);
  const petition: Petition = {
    id,
    regNo,
    year,
    seq,
    channel,
    receivedAt,
    petitionerIds,
    representativeIds: collective ? petitionerIds.slice(0, 5) : [],
    headcount,
    categoryId,
    nature: pool.NATURE_WEIGHTS.pick(random),
    unitId: random.pick(ctx.unitIds),
    summary,
    demands,
    receivingOfficer: officer,
    flags: {
      collective,
      jointLetter: channel === '来信' && named > 1 && random.chance(0.4),
      anonymous: false,
      levelSkipping: random.chance(0.03),
      lawRelated: random.chance(0.04),
    },
    source:
      channel === '上级转送'
        ? {
            body: random.pick(pool.SOURCE_BODIES),
            docNo: `转字〔${year}〕${random.int(1, 300)}号`,
            date: toLocalDate(new Date(receivedMs - 3 * DAY_MS)),
          }
        : null,
    status,
    receptionCount: repeated ? 2 : 1,
    searchText: buildSearchText({
      names: people.map((p) => p.name),
      phones: people.map((p) => p.phone),
      regNo,
      summary,
      demands,
    }),
    createdAt: stamp,
    updatedAt: stamp,
  };
  petition.caseFacts = caseFactsFor(random, petition, status, receivedMs, ctx.now.getTime());
  batch.petitions.push(petition);
  const reception = (at: Date, isRepeat: boolean): Reception => ({
    id: crypto.randomUUID(),
    petitionId: id,
    channel: isRepeat ? pool.CHANNEL_WEIGHTS.pick(random) : channel,
    receivedAt: toLocalDateTime(at),
    headcount,
    petitionerIds,
    receivingOfficer: officer,
    isRepeat,
    // A repeat visit comes alone or with the same group; it is no new 越级访 or referral.
    flags: isRepeat ? { ...petition.flags, levelSkipping: false, jointLetter: false } : petition.flags,
    source: isRepeat ? null : petition.source,
    note: isRepeat ? '再次反映同一问题，询问办理进度' : '',
    createdAt: toTimestamp(at),
  });
  batch.receptions.push(reception(received, false));
  if (repeated) batch.receptions.push(reception(new Date(repeatMs), true));
  batch.caseEvents.push(event(id, stamp, officer, 'registered', '登记'));
  if (status !== 'registered') {
    const later = toTimestamp(new Date(Math.min(receivedMs + random.int(1, 40) * DAY_MS, ctx.now.getTime())));
    batch.caseEvents.push(event(id, later, officer, status, PETITION_STATUSES[status]));
  }
}
