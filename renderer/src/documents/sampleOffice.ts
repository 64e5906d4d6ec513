import type { CaseClockFacts } from '../domain/deadlines';
import { addDays } from '../domain/dates';
import { isConfidential } from '../domain/access/confidential';
import type { SatisfactionLevel, StatPetition, StatReception } from '../domain/statistics';
import type { Channel, IdentityType, Nature, PetitionFlags, PetitionStatus } from '../domain/types';
import type { CaseCandidate } from './report/typicalCases';
import type { CaseText } from '../domain/statistics/retell';
import { sampleCase } from './sampleCase';

/**
 * Three years (2024–2026) of a coal company's petition office, made up but plausible, for `npm run samples`' quarterly
 * and annual reports. Deterministic: the same records every run. The sample case (sampleCase.ts, 2026-0137, the
 * retirees' heating subsidy) is one of them, with the dates of its own timeline.
 */

interface Matter {
  categoryId: string;
  unitId: string;
  nature: Nature;
  who: IdentityType;
  /** The matter as the clerk summarised it: third person, no name (the report retells it). */
  summary: string;
}

/** What the office hears, each with the weight it has in a year (how many petitions of it a year brings). */
const MATTERS: Array<[Matter, number]> = [
  [
    {
      categoryId: 'cat-01-01',
      unitId: 'unit-1-1-1',
      nature: '申诉求决',
      who: '在职职工',
      summary: '反映综采一队当月工资延迟发放，要求按时足额发放。',
    },
    9,
  ],
  [
    {
      categoryId: 'cat-01-02',
      unitId: 'unit-1-1-2',
      nature: '申诉求决',
      who: '在职职工',
      summary: '反映掘进二队绩效奖金分配办法未公开，要求公开考核结果和分配明细。',
    },
    8,
  ],
  [
    {
      categoryId: 'cat-04-01',
      unitId: 'unit-1-1-3',
      nature: '申诉求决',
      who: '在职职工',
      summary: '反映井下作业受伤后工伤认定迟迟未办结，停工留薪期待遇未落实。',
    },
    5,
  ],
  [
    {
      categoryId: 'cat-05-01',
      unitId: 'unit-1-1-4',
      nature: '建议意见',
      who: '在职职工',
      summary: '反映防尘口罩和劳保鞋发放不及时，建议按季度足额配发。',
    },
    4,
  ],
  [
    {
      categoryId: 'cat-03-01',
      unitId: 'unit-1-2',
      nature: '咨询',
      who: '内退人员',
      summary: '咨询内退期间养老保险缴费基数和退休后待遇计算办法。',
    },
    5,
  ],
  [
    {
      categoryId: 'cat-06',
      unitId: 'unit-1-1',
      nature: '申诉求决',
      who: '离退休人员',
      summary: '反映离退休人员取暖补贴和节日慰问标准低于往年，要求说明依据。',
    },
    6,
  ],
  [
    {
      categoryId: 'cat-09-04',
      unitId: 'unit-1-1',
      nature: '申诉求决',
      who: '离退休人员',
      summary: '反映“三供一业”移交后生活区供暖效果差，室温不达标。',
    },
    5,
  ],
  [
    {
      categoryId: 'cat-09-03',
      unitId: 'unit-1-2',
      nature: '求助',
      who: '职工家属',
      summary: '反映移交后生活区频繁停电，请求协调供电公司尽快抢修。',
    },
    3,
  ],
  [
    {
      categoryId: 'cat-07-01',
      unitId: 'unit-1-3',
      nature: '申诉求决',
      who: '内退人员',
      summary: '反映去产能分流安置时承诺的岗位补贴未兑现。',
    },
    3,
  ],
  [
    {
      categoryId: 'cat-11',
      unitId: 'unit-1-3-1',
      nature: '求助',
      who: '工亡职工家属',
      summary: '工亡职工家属生活困难，请求给予临时救助。',
    },
    2,
  ],
  [
    {
      categoryId: 'cat-12',
      unitId: 'unit-1-2-1',
      nature: '检举控告',
      who: '在职职工',
      summary: '检举生产车间负责人在评先评优中优亲厚友。',
    },
    1,
  ],
];

const CHANNELS_BY_WEIGHT: Array<[Channel, number]> = [
  ['来访', 10],
  ['来电', 5],
  ['来信', 4],
  ['网上信访', 3],
  ['下访发现', 2],
  ['领导接待日', 1],
];

const NO_FLAGS: PetitionFlags = {
  collective: false,
  jointLetter: false,
  anonymous: false,
  levelSkipping: false,
  lawRelated: false,
};

/** A small linear congruential generator: the same office on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(rows: Array<[T, number]>, r: number): T {
  const total = rows.reduce((sum, [, w]) => sum + w, 0);
  let left = r * total;
  for (const [value, weight] of rows) {
    left -= weight;
    if (left < 0) return value;
  }
  return rows[rows.length - 1]![0];
}

/** A petition's whole life as the sample office lived it; `asOf` cuts it at the day a report reads it. */
interface Lifecycle {
  petition: Omit<StatPetition, 'status' | 'caseFacts' | 'satisfaction'>;
  facts: CaseClockFacts | null;
  repeats: StatReception[];
  firstHeadcount: number;
  summary: string;
  /** Who came first: the report retells the case with their 某-name (「赵某等8人来访反映」). */
  petitionerNames: string[];
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN_NAMES = ['建国', '秀兰', '志刚', '桂英', '永强', '海燕', '德胜', '玉梅', '福贵', '淑珍', '宝山', '春生'];

/** A name for the sample's n-th petitioner, from n alone (the random sequence the figures come from stays as it was). */
function sampleName(n: number): string {
  return `${SURNAMES[n % SURNAMES.length] ?? '王'}${GIVEN_NAMES[(n * 7) % GIVEN_NAMES.length] ?? '建国'}`;
}

const SATISFACTION: Array<[SatisfactionLevel, number]> = [
  ['满意', 7],
  ['基本满意', 2],
  ['不满意', 1],
];

function lifecycle(seq: number, year: number, receivedAt: string, rnd: () => number): Lifecycle {
  const matter = pick(MATTERS, rnd());
  const channel = pick(CHANNELS_BY_WEIGHT, rnd());
  const faceToFace = channel === '来访' || channel === '领导接待日';
  // About one visit in eight is a group of five or more: a 集体访 (docs/domain.md §8: a visit's flag only).
  const headcount = faceToFace && rnd() < 0.125 ? 5 + Math.floor(rnd() * 8) : faceToFace && rnd() < 0.3 ? 2 : 1;
  const flags: PetitionFlags = {
    ...NO_FLAGS,
    collective: faceToFace && headcount >= 5,
    jointLetter: channel === '来信' && rnd() < 0.2,
  };
  const day = receivedAt.slice(0, 10);
  let facts: CaseClockFacts | null = { nature: matter.nature, receivedAt: day };
  if (matter.nature === '检举控告') {
    // Sent to the 纪委 the next day (转纪检监察): the office's part ends there.
    facts = { ...facts, forwardedAt: addDays(day, 1), closedAt: addDays(day, 1) };
  } else if (matter.nature === '咨询') {
    // Answered on the spot: no case.
    facts = null;
  } else {
    const acceptedAt = addDays(day, 1 + Math.floor(rnd() * 4));
    // Most are answered within 20–55 days; one in ten runs late, past the 60-day limit.
    const late = rnd() < 0.1;
    const repliedAt = addDays(acceptedAt, late ? 64 + Math.floor(rnd() * 20) : 20 + Math.floor(rnd() * 36));
    const followUp = { date: addDays(repliedAt, 6), satisfaction: pick(SATISFACTION, rnd()) };
    facts = {
      ...facts,
      acceptedAt,
      acceptanceNoticeIssuedAt: acceptedAt,
      repliedAt,
      servedAt: repliedAt,
      followUp,
      closedAt: addDays(repliedAt, 8),
    };
  }
  const repeats: StatReception[] = [];
  if (rnd() < 0.15) {
    repeats.push({
      petitionId: `sample-${seq}`,
      receivedAt: `${addDays(day, 12 + Math.floor(rnd() * 30))}T10:00`,
      channel: '来电',
      headcount: 1,
      isRepeat: true,
      flags: NO_FLAGS,
    });
  }
  return {
    petition: {
      id: `sample-${seq}`,
      regNo: `${year}-${String(seq).padStart(4, '0')}`,
      receivedAt,
      channel,
      categoryId: matter.categoryId,
      nature: matter.nature,
      unitId: matter.unitId,
      identityTypes: [matter.who],
      flags,
      receptionCount: 1 + repeats.length,
    },
    facts,
    repeats,
    firstHeadcount: headcount,
    summary: headcount > 1 ? `${headcount}人来访，${matter.summary}` : matter.summary,
    petitionerNames: [sampleName(seq)],
  };
}

/**
 * The sample case of sampleCase.ts as the statistics see it: its own petition and the facts its timeline made (受理 on
 * 05-12 to the 复查 decision on 09-10). Its category counts under 住房与三供一业/供热, where the office files it.
 */
function sampleCaseLifecycle(): Lifecycle {
  const { petition, receptions } = sampleCase();
  return {
    petition: {
      id: petition.id,
      regNo: petition.regNo,
      receivedAt: petition.receivedAt,
      channel: petition.channel,
      categoryId: 'cat-09-04',
      nature: petition.nature,
      unitId: petition.unitId,
      identityTypes: ['离退休人员'],
      flags: petition.flags,
      receptionCount: 1,
    },
    facts: petition.caseFacts ?? null,
    repeats: [],
    firstHeadcount: receptions[0]?.headcount ?? petition.headcount,
    summary: `${petition.headcount}名离退休职工及工亡职工家属来访，反映“三供一业”移交后离退休职工供暖费补贴至今未发放，多次询问未得到明确答复。`,
    petitionerNames: ['王建国', '李桂兰'],
  };
}

/** Every life, generated once: about 50 petitions a year, received on working days' mornings. */
const LIVES: readonly Lifecycle[] = (() => {
  const rnd = random(20260511);
  const lives: Lifecycle[] = [];
  for (const year of [2024, 2025, 2026]) {
    let seq = 0;
    for (let month = 1; month <= 12; month += 1) {
      const count = 3 + Math.floor(rnd() * 4);
      for (let i = 0; i < count; i += 1) {
        const dayOfMonth = 2 + Math.floor(((i + rnd()) * 26) / count);
        const date = new Date(year, month - 1, dayOfMonth);
        // Weekends move to the Monday after.
        const shift = date.getDay() === 6 ? 2 : date.getDay() === 0 ? 1 : 0;
        const day = addDays(`${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`, shift);
        seq += 1;
        // 2026-0137 is the sample case's own number.
        if (year === 2026 && seq === 137) seq += 1;
        lives.push(lifecycle(seq, year, `${day}T${String(8 + Math.floor(rnd() * 8)).padStart(2, '0')}:30`, rnd));
      }
    }
  }
  lives.push(sampleCaseLifecycle());
  return lives;
})();

/** A case's facts as they stood at the end of `day`: later steps have not happened yet. */
function factsAsOf(facts: CaseClockFacts, day: string): CaseClockFacts {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts)) {
    const when =
      typeof value === 'string'
        ? value
        : key === 'followUp'
          ? (value as { date: string }).date
          : key === 'extension'
            ? (value as { approvedAt: string }).approvedAt
            : null;
    if (when === null || key === 'receivedAt' || when <= day) kept[key] = value;
  }
  return kept as unknown as CaseClockFacts;
}

function statusOf(facts: CaseClockFacts | null): PetitionStatus {
  if (!facts) return 'registered';
  if (facts.forwardedAt) return 'forwarded';
  if (facts.reviewDecidedAt) return 'reviewed';
  if (facts.reviewRequestedAt) return 'reviewRequested';
  if (facts.closedAt) return 'closed';
  if (facts.followUp) return 'followedUp';
  if (facts.repliedAt) return 'replied';
  if (facts.acceptedAt) return 'inProgress';
  return 'registered';
}

export interface SampleOffice {
  petitions: StatPetition[];
  receptions: StatReception[];
  /** The petitions as typical-case candidates, and each one's stored text. */
  candidates: CaseCandidate[];
  texts: Map<string, CaseText>;
}

/** The sample office as a report written on `day` reads it: nothing received or done after that day. */
export function sampleOfficeAsOf(day: string): SampleOffice {
  const lives = LIVES.filter((life) => life.petition.receivedAt.slice(0, 10) <= day);
  const petitions = lives.map((life): StatPetition => {
    const facts = life.facts ? factsAsOf(life.facts, day) : null;
    const repeats = life.repeats.filter((r) => r.receivedAt.slice(0, 10) <= day);
    return {
      ...life.petition,
      receptionCount: 1 + repeats.length,
      caseFacts: facts,
      status: statusOf(facts),
      satisfaction: facts?.followUp?.satisfaction ?? null,
    };
  });
  const receptions = lives.flatMap((life): StatReception[] => [
    {
      petitionId: life.petition.id,
      receivedAt: life.petition.receivedAt,
      channel: life.petition.channel,
      headcount: life.firstHeadcount,
      isRepeat: false,
      flags: life.petition.flags,
    },
    ...life.repeats.filter((r) => r.receivedAt.slice(0, 10) <= day),
  ]);
  const candidates = petitions.map((p, i): CaseCandidate => ({
    id: p.id,
    receivedAt: p.receivedAt,
    categoryId: p.categoryId,
    unitId: p.unitId,
    summary: lives[i]!.summary,
    receptionCount: p.receptionCount,
    flags: p.flags,
    channel: p.channel,
    headcount: lives[i]!.firstHeadcount,
    // A 检举控告 is confidential whatever was ticked (docs/domain.md §3).
    confidential: isConfidential({ nature: p.nature, confidential: false }),
  }));
  const texts = new Map(
    lives.map((life) => [life.petition.id, { summary: life.summary, petitionerNames: life.petitionerNames }]),
  );
  return { petitions, receptions, candidates, texts };
}
