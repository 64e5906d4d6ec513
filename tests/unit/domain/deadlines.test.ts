import { describe, expect, it } from 'vitest';
import {
  computeDue,
  DEFAULT_DEADLINE_RULES,
  deadlineOverrideError,
  dueState,
  nearestOfficeDeadline,
  resolveDeadlineRules,
  runningDeadlines,
  type CaseClockFacts,
  type ClockPause,
  type DeadlineUnit,
} from '../../../renderer/src/domain/deadlines';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';

const calendar = createWorkCalendar();

describe('computeDue', () => {
  it.each<[string, string, number, DeadlineUnit, string]>([
    ['the start day is not counted', '2026-05-04', 15, 'calendarDays', '2026-05-19'],
    ['a period ending on a Sunday moves to Monday', '2026-06-13', 15, 'calendarDays', '2026-06-29'],
    [
      'a period ending on National Day moves to the first working day after the leave',
      '2026-09-16',
      15,
      'calendarDays',
      '2026-10-08',
    ],
    [
      'a period ending on a make-up working Saturday (10 October) stays there',
      '2026-09-25',
      15,
      'calendarDays',
      '2026-10-10',
    ],
    ['a period ending in Spring Festival leave moves to 24 February', '2026-02-01', 15, 'calendarDays', '2026-02-24'],
    ['60 days handling across New Year ends after Spring Festival', '2025-12-22', 60, 'calendarDays', '2026-02-24'],
    ['60 days ending on Labour Day moves past the leave', '2026-03-02', 60, 'calendarDays', '2026-05-06'],
    ['5 working days skip National Day and count the make-up Saturday', '2026-09-28', 5, 'workingDays', '2026-10-10'],
    ['5 working days count the make-up Sunday 20 September', '2026-09-17', 5, 'workingDays', '2026-09-23'],
    [
      '5 working days count the make-up Saturday before Spring Festival and skip the leave',
      '2026-02-11',
      5,
      'workingDays',
      '2026-02-25',
    ],
    ['5 working days from a Friday skip the weekend', '2026-05-22', 5, 'workingDays', '2026-05-29'],
  ])('%s', (_rule, start, length, unit, due) => {
    expect(computeDue(start, length, unit, calendar)).toBe(due);
  });

  describe('pause and resume: paused days are added back', () => {
    const hearing = (from: string, to?: string): ClockPause => ({ from, to, reason: '听证' });
    it.each<[string, string, number, DeadlineUnit, ClockPause[], string, string]>([
      [
        'a closed 10-day pause adds 10 days',
        '2026-03-02',
        60,
        'calendarDays',
        [hearing('2026-03-10', '2026-03-19')],
        '2026-05-25',
        '2026-05-11',
      ],
      [
        'an open pause counts through today, so the due day moves with it',
        '2026-03-02',
        60,
        'calendarDays',
        [hearing('2026-03-10')],
        '2026-03-15',
        '2026-05-07',
      ],
      [
        'days of overlapping pauses are added once',
        '2026-03-02',
        60,
        'calendarDays',
        [hearing('2026-03-10', '2026-03-19'), hearing('2026-03-15', '2026-03-23')],
        '2026-05-25',
        '2026-05-15',
      ],
      [
        'only the part of a pause after the start day counts',
        '2026-03-02',
        60,
        'calendarDays',
        [hearing('2026-02-25', '2026-03-06')],
        '2026-05-25',
        '2026-05-06',
      ],
      [
        'a pause beginning after the period ended does not revive it',
        '2026-03-02',
        60,
        'calendarDays',
        [hearing('2026-05-10', '2026-05-20')],
        '2026-05-25',
        '2026-05-06',
      ],
      [
        'a pause that pushes the end into a further pause adds both',
        '2026-05-04',
        10,
        'calendarDays',
        [hearing('2026-05-05', '2026-05-09'), hearing('2026-05-18', '2026-05-19')],
        '2026-05-25',
        '2026-05-21',
      ],
      [
        'paused working days do not count in a working-day period',
        '2026-09-28',
        5,
        'workingDays',
        [hearing('2026-09-29', '2026-09-30')],
        '2026-10-20',
        '2026-10-13',
      ],
    ])('%s', (_rule, start, length, unit, pauses, today, due) => {
      expect(computeDue(start, length, unit, calendar, pauses, today)).toBe(due);
    });

    it('while a pause stays open the days left do not change', () => {
      const pauses = [hearing('2026-05-20')];
      const left = (today: string) =>
        dueState(computeDue('2026-05-15', 60, 'calendarDays', calendar, pauses, today), today).daysLeft;
      expect(left('2026-05-22')).toBe(56);
      expect(left('2026-05-28')).toBe(56);
    });
  });

  describe('a year without holiday data', () => {
    it('falls back to weekends: 1 January 2027 (a Friday) counts as a working day', () => {
      expect(computeDue('2026-12-17', 15, 'calendarDays', calendar)).toBe('2027-01-01');
    });

    it("honours the office's arrangement for that year", () => {
      const custom = createWorkCalendar({
        2027: { holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: [] },
      });
      expect(computeDue('2026-12-17', 15, 'calendarDays', custom)).toBe('2027-01-04');
    });

    it('2031 National Day: weekends only moves a Sunday end to Monday, the entered leave moves it past the holiday', () => {
      const custom = createWorkCalendar({
        2031: {
          holidays: ['2031-10-01', '2031-10-02', '2031-10-03', '2031-10-04', '2031-10-05', '2031-10-06', '2031-10-07'],
          makeUpWorkdays: [],
        },
      });
      expect(computeDue('2031-09-20', 15, 'calendarDays', calendar)).toBe('2031-10-06');
      expect(computeDue('2031-09-20', 15, 'calendarDays', custom)).toBe('2031-10-08');
    });
  });
});

describe('dueState', () => {
  it.each([
    ['due in 4 days is 正常', '2026-05-29', '正常', 4],
    ['due in 3 days is 临期', '2026-05-28', '临期', 3],
    ['due today is 临期 with 0 days left', '2026-05-25', '临期', 0],
    ['due yesterday is 超期 by 1 day', '2026-05-24', '超期', -1],
    ['due 10 days ago is 超期 by 10 days', '2026-05-15', '超期', -10],
  ])('%s', (_rule, due, state, daysLeft) => {
    expect(dueState(due, '2026-05-25')).toEqual({ state, daysLeft });
  });

  it('the 临期 window is configurable', () => {
    expect(dueState('2026-05-28', '2026-05-25', 2).state).toBe('正常');
    expect(dueState('2026-05-25', '2026-05-25', 0).state).toBe('临期');
  });
});

describe('deadline rules from settings', () => {
  it('every period of docs/domain.md §5 has a rule with a Chinese label', () => {
    expect(Object.values(DEFAULT_DEADLINE_RULES).map((r) => [r.key, r.length, r.unit])).toEqual([
      ['acceptanceNotice', 15, 'calendarDays'],
      ['transferObjection', 5, 'workingDays'],
      ['handling', 60, 'calendarDays'],
      ['extension', 30, 'calendarDays'],
      ['reviewRequest', 30, 'calendarDays'],
      ['reviewDecision', 30, 'calendarDays'],
      ['recheckRequest', 30, 'calendarDays'],
      ['recheckDecision', 30, 'calendarDays'],
    ]);
  });

  it('each rule cites the Regulation’s article for an enterprise office (Art. 23 for receipt, not Art. 22)', () => {
    expect(Object.fromEntries(Object.values(DEFAULT_DEADLINE_RULES).map((r) => [r.key, r.article]))).toEqual({
      acceptanceNotice: '第二十三条',
      transferObjection: '第二十三条',
      handling: '第三十四条',
      extension: '第三十四条',
      reviewRequest: '第三十五条',
      reviewDecision: '第三十五条',
      recheckRequest: '第三十六条',
      recheckDecision: '第三十六条',
    });
  });

  it('an override merges over the defaults (简易办理: 10 working days)', () => {
    const rules = resolveDeadlineRules({ handling: { length: 10, unit: 'workingDays' } });
    expect(rules.handling).toMatchObject({ length: 10, unit: 'workingDays', label: '办理期限' });
    expect(rules.acceptanceNotice.length).toBe(15);
  });

  it.each([
    ['a shorter office period is accepted', 'acceptanceNotice', { length: 7 }, null],
    ['a longer office period is refused', 'handling', { length: 61 }, '办理期限不得超过60日（法定期限）'],
    [
      'a calendar period in working days is limited to 5 per week',
      'handling',
      { unit: 'workingDays', length: 43 },
      '办理期限不得超过42个工作日（法定期限）',
    ],
    ['a zero length is refused', 'extension', { length: 0 }, '延期期限应为正整数'],
    [
      "the petitioner's period to ask for 复查 cannot be changed",
      'reviewRequest',
      { length: 15 },
      '申请复查期限是信访人的法定权利，不能修改',
    ],
  ] as const)('%s', (_rule, key, override, expected) => {
    expect(deadlineOverrideError(key, override)).toBe(expected);
  });

  it('resolving a bad override throws with its Chinese message', () => {
    expect(() => resolveDeadlineRules({ recheckRequest: { length: 10 } })).toThrow(
      '申请复核期限是信访人的法定权利，不能修改',
    );
  });
});

describe('runningDeadlines', () => {
  const rules = DEFAULT_DEADLINE_RULES;
  const base: CaseClockFacts = { nature: '申诉求决', receivedAt: '2026-05-11T09:30' };
  const keysAndDue = (facts: CaseClockFacts, today: string) =>
    runningDeadlines(facts, rules, calendar, today).map((d) => [d.key, d.due, d.state, d.daysLeft]);

  it.each<[string, CaseClockFacts, string, Array<[string, string, string, number]>]>([
    [
      'a new petition runs only the 15-day acceptance notice',
      base,
      '2026-05-12',
      [['acceptanceNotice', '2026-05-26', '正常', 14]],
    ],
    [
      'a forwarded petition also runs the 5-working-day objection period',
      { ...base, forwardedToUs: true },
      '2026-05-12',
      [
        ['transferObjection', '2026-05-18', '正常', 6],
        ['acceptanceNotice', '2026-05-26', '正常', 14],
      ],
    ],
    [
      'an accepted case without its notice lists both running deadlines',
      { ...base, acceptedAt: '2026-05-15' },
      '2026-05-25',
      [
        ['acceptanceNotice', '2026-05-26', '临期', 1],
        ['handling', '2026-07-14', '正常', 50],
      ],
    ],
    [
      'a written reply answers the 受理告知 duty too: no notice owed once the 处理意见书 is out',
      { ...base, acceptedAt: '2026-05-15', repliedAt: '2026-05-20' },
      '2026-06-10',
      [],
    ],
    [
      'an overdue notice stays listed as 超期',
      { ...base, acceptedAt: '2026-05-15' },
      '2026-05-28',
      [
        ['acceptanceNotice', '2026-05-26', '超期', -2],
        ['handling', '2026-07-14', '正常', 47],
      ],
    ],
    [
      'an approved extension moves the handling deadline on from the original end',
      {
        ...base,
        acceptedAt: '2026-05-15',
        acceptanceNoticeIssuedAt: '2026-05-15',
        extension: { days: 30, approvedAt: '2026-07-01' },
      },
      '2026-07-02',
      [['handling', '2026-08-13', '正常', 42]],
    ],
    [
      'a 建议意见 case never runs the 60-day clock',
      { ...base, nature: '建议意见', acceptedAt: '2026-05-15', acceptanceNoticeIssuedAt: '2026-05-15' },
      '2026-05-25',
      [],
    ],
    [
      'after the reply is served the petitioner has 30 days to ask for 复查',
      {
        ...base,
        acceptedAt: '2026-05-15',
        acceptanceNoticeIssuedAt: '2026-05-15',
        repliedAt: '2026-06-01',
        servedAt: '2026-06-02',
      },
      '2026-06-03',
      [['reviewRequest', '2026-07-02', '正常', 29]],
    ],
    [
      "the petitioner's window drops out once it has expired",
      {
        ...base,
        acceptedAt: '2026-05-15',
        acceptanceNoticeIssuedAt: '2026-05-15',
        repliedAt: '2026-06-01',
        servedAt: '2026-06-02',
        closedAt: '2026-06-10',
      },
      '2026-07-03',
      [],
    ],
    [
      'a received 复查 request runs the 30-day decision period',
      {
        ...base,
        acceptedAt: '2026-05-15',
        acceptanceNoticeIssuedAt: '2026-05-15',
        servedAt: '2026-06-02',
        closedAt: '2026-06-10',
        reviewRequestedAt: '2026-06-20',
      },
      '2026-06-21',
      [['reviewDecision', '2026-07-20', '正常', 29]],
    ],
    [
      'a 复查 decision served opens the 复核 window',
      {
        ...base,
        acceptanceNoticeIssuedAt: '2026-05-15',
        servedAt: '2026-06-02',
        reviewRequestedAt: '2026-06-20',
        reviewDecidedAt: '2026-07-10',
        reviewServedAt: '2026-07-11',
      },
      '2026-07-12',
      [['recheckRequest', '2026-08-10', '正常', 29]],
    ],
    [
      'a received 复核 request runs the 30-day decision period',
      {
        ...base,
        acceptanceNoticeIssuedAt: '2026-05-15',
        servedAt: '2026-06-02',
        reviewRequestedAt: '2026-06-20',
        reviewDecidedAt: '2026-07-10',
        reviewServedAt: '2026-07-11',
        recheckRequestedAt: '2026-07-20',
      },
      '2026-07-21',
      [['recheckDecision', '2026-08-19', '正常', 29]],
    ],
  ])('%s', (_rule, facts, today, expected) => {
    expect(keysAndDue(facts, today)).toEqual(expected);
  });

  it('an open pause holds the office clocks and marks them paused', () => {
    const facts: CaseClockFacts = {
      ...base,
      acceptedAt: '2026-05-15',
      acceptanceNoticeIssuedAt: '2026-05-15',
      pauses: [{ from: '2026-05-20', reason: '司法鉴定' }],
    };
    const [handling] = runningDeadlines(facts, rules, calendar, '2026-05-25');
    expect(handling).toMatchObject({ key: 'handling', due: '2026-07-20', paused: true });
  });

  it('a pause holds only the handling and 复查/复核 decision clocks, not the 受理告知 or 转送异议 periods', () => {
    const hearing = [{ from: '2026-05-12', reason: '组织听证' }];
    const facts: CaseClockFacts = { ...base, forwardedToUs: true, pauses: hearing };
    expect(runningDeadlines(facts, rules, calendar, '2026-05-20').map((d) => [d.key, d.due, d.paused])).toEqual([
      ['transferObjection', '2026-05-18', false],
      ['acceptanceNotice', '2026-05-26', false],
    ]);
    expect(nearestOfficeDeadline(facts, rules, calendar, '2026-05-20')).toMatchObject({
      key: 'transferObjection',
      due: '2026-05-18',
      paused: false,
    });
    const deciding: CaseClockFacts = {
      ...base,
      acceptanceNoticeIssuedAt: '2026-05-12',
      servedAt: '2026-06-02',
      reviewRequestedAt: '2026-06-20',
      pauses: [{ from: '2026-06-25', reason: '组织听证' }],
    };
    // 30 days from 20 June end 20 July; the open pause (25–30 June, 6 days) moves that to 26 July, a Sunday → 27 July.
    expect(runningDeadlines(deciding, rules, calendar, '2026-06-30')).toMatchObject([
      { key: 'reviewDecision', due: '2026-07-27', paused: true },
    ]);
  });

  describe('受理告知期限 (Art. 23): only the written notice stops it', () => {
    const notice = (facts: CaseClockFacts, today: string) =>
      runningDeadlines(facts, rules, calendar, today).find((d) => d.key === 'acceptanceNotice') ?? null;
    it.each<[string, CaseClockFacts, boolean]>([
      ['不予受理 without its 告知书 still owes the notice', { ...base, closedAt: '2026-05-12' }, true],
      [
        '不予受理 with its 告知书 issued owes nothing',
        { ...base, closedAt: '2026-05-12', acceptanceNoticeIssuedAt: '2026-05-13' },
        false,
      ],
      [
        '转送 (no notice letter in this app) stops it on the day it left',
        { ...base, closedAt: '2026-05-12', forwardedAt: '2026-05-12' },
        false,
      ],
      [
        'an accepted case answered in writing (处理意见书) owes no separate notice any more',
        { ...base, acceptedAt: '2026-05-12', repliedAt: '2026-05-14', servedAt: '2026-05-14', closedAt: '2026-05-15' },
        false,
      ],
    ])('%s', (_rule, facts, running) => {
      const running_ = notice(facts, '2026-05-20');
      expect(running_ !== null).toBe(running);
      if (running) expect(running_).toMatchObject({ due: '2026-05-26', state: '正常' });
    });
  });

  it('a deadline running into a year without holiday data carries the warning', () => {
    const facts: CaseClockFacts = {
      ...base,
      receivedAt: '2026-11-18',
      acceptedAt: '2026-11-20',
      acceptanceNoticeIssuedAt: '2026-11-20',
    };
    const [handling] = runningDeadlines(facts, rules, calendar, '2026-11-21');
    expect(handling).toMatchObject({
      key: 'handling',
      due: '2027-01-19',
      warnings: ['2027年节假日安排缺失，已按周末计算，请在设置中录入'],
    });
  });

  it("the office's shorter handling period applies", () => {
    const short = resolveDeadlineRules({ handling: { length: 10, unit: 'workingDays' } });
    const facts: CaseClockFacts = { ...base, acceptedAt: '2026-09-28', acceptanceNoticeIssuedAt: '2026-09-28' };
    expect(runningDeadlines(facts, short, calendar, '2026-09-29')[0]).toMatchObject({
      key: 'handling',
      due: '2026-10-16',
    });
  });
});

describe('nearestOfficeDeadline', () => {
  const base: CaseClockFacts = { nature: '申诉求决', receivedAt: '2026-05-11' };
  const accepted: CaseClockFacts = { ...base, acceptedAt: '2026-05-15', acceptanceNoticeIssuedAt: '2026-05-15' };
  it.each<[string, CaseClockFacts, string, string | null]>([
    ['a new petition: the acceptance notice', base, '2026-05-12', 'acceptanceNotice 2026-05-26 正常 14'],
    [
      'a forwarded petition: the objection period ends first',
      { ...base, forwardedToUs: true },
      '2026-05-12',
      'transferObjection 2026-05-18 正常 6',
    ],
    [
      'an accepted case without its notice: the overdue notice',
      { ...base, acceptedAt: '2026-05-15' },
      '2026-05-28',
      'acceptanceNotice 2026-05-26 超期 -2',
    ],
    ['an accepted case: the handling period', accepted, '2026-07-12', 'handling 2026-07-14 临期 2'],
    [
      'a replied case: none, the 复查 window is the petitioner’s',
      { ...accepted, repliedAt: '2026-06-01', servedAt: '2026-06-02' },
      '2026-06-03',
      null,
    ],
    [
      'a 复查 request: its decision period',
      { ...accepted, servedAt: '2026-06-02', closedAt: '2026-06-10', reviewRequestedAt: '2026-06-20' },
      '2026-07-21',
      'reviewDecision 2026-07-20 超期 -1',
    ],
    ['a 建议意见 case once its notice is out: none', { ...accepted, nature: '建议意见' }, '2026-05-25', null],
  ])('%s, as runningDeadlines lists it first', (_rule, facts, today, expected) => {
    const nearest = nearestOfficeDeadline(facts, DEFAULT_DEADLINE_RULES, calendar, today);
    expect(nearest ? `${nearest.key} ${nearest.due} ${nearest.state} ${nearest.daysLeft}` : null).toBe(expected);
    const first =
      runningDeadlines(facts, DEFAULT_DEADLINE_RULES, calendar, today).find((d) => d.party === 'office') ?? null;
    expect(nearest).toEqual(
      first && {
        key: first.key,
        label: first.label,
        due: first.due,
        state: first.state,
        daysLeft: first.daysLeft,
        paused: first.paused,
      },
    );
  });

  it('a paused case says so', () => {
    const facts: CaseClockFacts = { ...accepted, pauses: [{ from: '2026-05-20', reason: '司法鉴定' }] };
    expect(nearestOfficeDeadline(facts, DEFAULT_DEADLINE_RULES, calendar, '2026-05-25')).toMatchObject({
      key: 'handling',
      due: '2026-07-20',
      paused: true,
    });
  });

  it('remembers due days per calendar, so an office arrangement entered later gives new answers', () => {
    // 2027-01-19 is a Tuesday; an arrangement that makes it a holiday moves the end to the 20th.
    const facts: CaseClockFacts = { ...accepted, acceptedAt: '2026-11-20' };
    expect(nearestOfficeDeadline(facts, DEFAULT_DEADLINE_RULES, calendar, '2026-11-21')?.due).toBe('2027-01-19');
    const arranged = createWorkCalendar({ 2027: { holidays: ['2027-01-19'], makeUpWorkdays: [] } });
    expect(nearestOfficeDeadline(facts, DEFAULT_DEADLINE_RULES, arranged, '2026-11-21')?.due).toBe('2027-01-20');
    expect(computeDue('2026-11-20', 60, 'calendarDays', calendar)).toBe('2027-01-19');
  });
});
