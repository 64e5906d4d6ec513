import { describe, expect, it } from 'vitest';
import {
  BOARD_BUCKET_KEYS,
  buildCaseBoard,
  groupBoardRows,
  type BoardBucket,
  type BoardInputRow,
  type BoardRow,
} from '../../../renderer/src/domain/caseBoard';
import { caseEnvironment } from '../../../renderer/src/domain/caseEnvironment';
import type { CaseAssignment, CaseClockFacts } from '../../../renderer/src/domain/deadlines';
import { DEFAULT_SETTINGS } from '../../../renderer/src/domain/defaults';
import type { PetitionStatus } from '../../../renderer/src/domain/types';

const env = caseEnvironment(DEFAULT_SETTINGS);
/** Monday 25 May 2026. */
const TODAY = '2026-05-25';

const KUANG: CaseAssignment = {
  unitId: 'unit-1',
  unitName: '一号矿井',
  leader: '王矿长',
  handler: '李科长',
  dueDate: '2026-06-30',
  assignedAt: '2026-05-12',
};
const CHANG: CaseAssignment = {
  unitId: 'unit-2',
  leader: '赵书记',
  handler: '王丽',
  dueDate: '2026-06-30',
  assignedAt: '2026-05-12',
};

let seq = 0;
function row(status: PetitionStatus, facts: Partial<CaseClockFacts> | null, receivedAt = '2026-05-20'): BoardInputRow {
  seq += 1;
  return {
    id: `p${seq}`,
    regNo: `2026-${String(seq).padStart(4, '0')}`,
    status,
    receivedAt: `${receivedAt}T09:30`,
    unitId: 'unit-1-1',
    petitionerNames: ['张三'],
    summary: '反映拖欠工资',
    caseFacts: facts && { nature: '申诉求决', receivedAt, ...facts },
  };
}

const bucketsOf = (regNo: string, board: ReturnType<typeof buildCaseBoard>) =>
  BOARD_BUCKET_KEYS.filter((key) => board.buckets[key].some((r) => r.regNo === regNo));

describe('buildCaseBoard', () => {
  const accepted = { acceptedAt: '2026-04-01', acceptanceNoticeIssuedAt: '2026-04-01' };
  it.each<[string, BoardInputRow, BoardBucket[], string | null, string | null]>([
    [
      'a petition registered today waits for acceptance, its 15-day notice running',
      row('registered', {}, TODAY),
      ['toAccept'],
      '受理告知期限 2026-06-09 正常 15',
      'accept 受理',
    ],
    [
      'a registered petition 2 days before its notice is due is 临期 too',
      row('registered', {}, '2026-05-12'),
      ['dueSoon', 'toAccept'],
      '受理告知期限 2026-05-27 临期 2',
      'accept 受理',
    ],
    [
      'a notice due today is still 临期, with 0 days left',
      row('registered', {}, '2026-05-08'),
      ['dueSoon', 'toAccept'],
      '受理告知期限 2026-05-25 临期 0',
      'accept 受理',
    ],
    [
      'a notice overdue by 2 days is 超期',
      row('registered', {}, '2026-05-06'),
      ['overdue', 'toAccept'],
      '受理告知期限 2026-05-21 超期 -4',
      'accept 受理',
    ],
    [
      'a registered 检举控告 goes on to 纪检监察',
      row('registered', { nature: '检举控告' }, TODAY),
      ['toAccept'],
      '受理告知期限 2026-06-09 正常 15',
      'forwardToDiscipline 转纪检监察',
    ],
    [
      'an accepted case waits for its 交办 and answer',
      row('accepted', accepted),
      ['toReply'],
      '办理期限 2026-06-01 正常 7',
      'assign 交办',
    ],
    [
      'an assigned case',
      row('assigned', { ...accepted, assignment: KUANG }),
      ['toReply'],
      '办理期限 2026-06-01 正常 7',
      'startHandling 开始办理',
    ],
    [
      'a case in hand past its 60 days',
      row('inProgress', { ...accepted, acceptedAt: '2026-03-20' }),
      ['overdue', 'toReply'],
      '办理期限 2026-05-19 超期 -6',
      'reply 答复',
    ],
    [
      'a replied case waits for its follow-up and runs no office clock',
      row('replied', { ...accepted, repliedAt: '2026-05-20', servedAt: '2026-05-20' }),
      ['toFollowUp'],
      null,
      'followUp 回访',
    ],
    [
      'a followed-up case waits only to be closed',
      row('followedUp', { ...accepted, repliedAt: '2026-05-20', servedAt: '2026-05-20' }),
      [],
      null,
      'close 办结销号',
    ],
    [
      'a 复查 request owes its opinion within 30 days',
      row('reviewRequested', {
        ...accepted,
        repliedAt: '2026-04-20',
        servedAt: '2026-04-20',
        reviewRequestedAt: '2026-04-27',
      }),
      ['dueSoon', 'toReply'],
      '复查办理期限 2026-05-27 临期 2',
      'decideReview 复查意见',
    ],
    [
      'a 复查 decided waits for the petitioner',
      row('reviewed', {
        ...accepted,
        repliedAt: '2026-04-20',
        servedAt: '2026-04-20',
        reviewRequestedAt: '2026-04-27',
        reviewDecidedAt: '2026-05-10',
        reviewServedAt: '2026-05-10',
      }),
      [],
      null,
      null,
    ],
  ])('%s', (_rule, input, buckets, deadline, next) => {
    const board = buildCaseBoard([input], env, TODAY);
    expect(board.open.map((r) => r.regNo)).toEqual([input.regNo]);
    expect(bucketsOf(input.regNo, board)).toEqual(buckets);
    const [r] = board.open as [BoardRow];
    expect(r.deadline ? `${r.deadline.label} ${r.deadline.due} ${r.deadline.state} ${r.deadline.daysLeft}` : null).toBe(
      deadline,
    );
    expect(r.next ? `${r.next.action} ${r.next.label}` : null).toBe(next);
  });

  it('leaves finished cases off the board although their rows keep the statistics’ facts', () => {
    const facts = { acceptedAt: '2026-03-02', repliedAt: '2026-04-01', servedAt: '2026-04-01', closedAt: '2026-04-10' };
    const rejected = { closedAt: '2026-03-02', acceptanceNoticeIssuedAt: '2026-03-02' };
    const forwarded = { closedAt: '2026-03-02', forwardedAt: '2026-03-02' };
    const finalFacts = {
      ...facts,
      reviewRequestedAt: '2026-04-20',
      reviewDecidedAt: '2026-05-01',
      reviewServedAt: '2026-05-01',
      recheckRequestedAt: '2026-05-05',
      recheckDecidedAt: '2026-05-10',
      recheckServedAt: '2026-05-10',
    };
    const board = buildCaseBoard(
      [row('closed', facts), row('rejected', rejected), row('forwarded', forwarded), row('final', finalFacts)],
      env,
      TODAY,
    );
    expect(board.open).toEqual([]);
    expect(BOARD_BUCKET_KEYS.map((k) => board.buckets[k].length)).toEqual([0, 0, 0, 0, 0]);
  });

  it('keeps a 不予受理 on the board until its written notice is issued: 待受理, and 超期 once 15 days have passed', () => {
    const refused = row('rejected', { closedAt: '2026-05-08' }, '2026-05-06');
    const board = buildCaseBoard([refused], env, TODAY);
    expect(bucketsOf(refused.regNo, board)).toEqual(['overdue', 'toAccept']);
    const [r] = board.open as [BoardRow];
    expect(`${r.deadline?.label} ${r.deadline?.due} ${r.deadline?.state}`).toBe('受理告知期限 2026-05-21 超期');
  });

  it('keeps a closed case on the board while its 处理意见书 is not yet recorded as served: next 送达', () => {
    const unserved = row('closed', {
      acceptedAt: '2026-04-01',
      acceptanceNoticeIssuedAt: '2026-04-01',
      repliedAt: '2026-05-20',
      closedAt: '2026-05-21',
    });
    const board = buildCaseBoard([unserved], env, TODAY);
    expect(board.open.map((r) => [r.regNo, r.next?.label])).toEqual([[unserved.regNo, '送达']]);
  });

  it('leaves closed cases (rows without facts) off the board', () => {
    const board = buildCaseBoard([row('closed', null), row('rejected', null), row('final', null)], env, TODAY);
    expect(board.open).toEqual([]);
    expect(BOARD_BUCKET_KEYS.map((k) => board.buckets[k].length)).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives each row its handling unit, 包案领导 and 承办人, naming a unit by id when the 交办 did not', () => {
    const a = row('assigned', { ...accepted, assignment: KUANG });
    const b = row('inProgress', { ...accepted, assignment: CHANG });
    const c = row('accepted', accepted);
    const board = buildCaseBoard([a, b, c], env, TODAY, { unitNames: new Map([['unit-2', '选煤厂']]) });
    const shown = board.buckets.toReply.map((r) => [r.regNo, r.unitName, r.leader, r.handler]);
    expect(shown).toEqual([
      [a.regNo, '一号矿井', '王矿长', '李科长'],
      [b.regNo, '选煤厂', '赵书记', '王丽'],
      [c.regNo, null, null, null],
    ]);
  });

  it('lists the nearest deadline first and undated cases last', () => {
    const late = row('inProgress', { ...accepted, acceptedAt: '2026-03-20' });
    const soon = row('accepted', { ...accepted, acceptedAt: '2026-03-28' });
    const undated = row('accepted', { ...accepted, nature: '建议意见' });
    const later = row('assigned', accepted);
    const board = buildCaseBoard([undated, later, soon, late], env, TODAY);
    expect(board.buckets.toReply.map((r) => r.regNo)).toEqual([late.regNo, soon.regNo, later.regNo, undated.regNo]);
  });

  it.each<[string, string, number]>([
    ['a 包案领导 sees the cases they lead', '王矿长', 1],
    ['a 承办人 sees the cases they handle', '王丽', 1],
    ['a name typed with spaces still matches', ' 李科长 ', 1],
    ['someone with no cases sees none', '孙国庆', 0],
  ])('我的案件: %s', (_rule, person, count) => {
    const rows = [
      row('assigned', { ...accepted, assignment: KUANG }),
      row('inProgress', { ...accepted, assignment: CHANG }),
      row('registered', {}, TODAY),
    ];
    const board = buildCaseBoard(rows, env, TODAY, { person });
    expect(board.open).toHaveLength(count);
    expect(board.buckets.toReply).toHaveLength(count);
    expect(board.buckets.toAccept).toHaveLength(0);
  });

  it('an empty person filter shows every open case', () => {
    const rows = [row('assigned', { ...accepted, assignment: KUANG }), row('registered', {}, TODAY)];
    expect(buildCaseBoard(rows, env, TODAY, { person: '  ' }).open).toHaveLength(2);
  });

  it('shows the 交办期限 as the unit’s own running deadline and lists the case 临期 or 超期 by it', () => {
    // Accepted 05-20: the 办理期限 (2026-07-20) is far off, but the unit was given until 05-26 (临期) or 05-22 (超期).
    const fresh = { acceptedAt: '2026-05-20', acceptanceNoticeIssuedAt: '2026-05-20' };
    const soon = row('inProgress', { ...fresh, assignment: { ...KUANG, dueDate: '2026-05-26' } });
    const late = row('inProgress', { ...fresh, assignment: { ...KUANG, dueDate: '2026-05-22' } });
    const ok = row('assigned', { ...fresh, assignment: KUANG });
    const replied = row('replied', {
      ...fresh,
      assignment: { ...KUANG, dueDate: '2026-05-22' },
      repliedAt: '2026-05-21',
      servedAt: '2026-05-21',
    });
    const board = buildCaseBoard([soon, late, ok, replied], env, TODAY);
    const byNo = new Map(board.open.map((r) => [r.regNo, r]));
    expect(byNo.get(soon.regNo)?.assignedDue).toEqual({
      due: '2026-05-26',
      state: '临期',
      daysLeft: 1,
      unitName: '一号矿井',
    });
    expect(byNo.get(late.regNo)?.assignedDue).toMatchObject({ due: '2026-05-22', state: '超期', daysLeft: -3 });
    expect(byNo.get(ok.regNo)?.assignedDue).toMatchObject({ due: '2026-06-30', state: '正常' });
    expect(byNo.get(replied.regNo)?.assignedDue).toBeNull();
    expect(bucketsOf(soon.regNo, board)).toEqual(['dueSoon', 'toReply']);
    expect(bucketsOf(late.regNo, board)).toEqual(['overdue', 'toReply']);
    expect(bucketsOf(ok.regNo, board)).toEqual(['toReply']);
  });

  it('counts 临期 from the office’s own setting', () => {
    const input = row('registered', {}, '2026-05-08');
    const wide = caseEnvironment({ ...DEFAULT_SETTINGS, dueSoonDays: 0 });
    expect(bucketsOf(input.regNo, buildCaseBoard([input], env, '2026-05-23'))).toEqual(['dueSoon', 'toAccept']);
    expect(bucketsOf(input.regNo, buildCaseBoard([input], wide, '2026-05-23'))).toEqual(['toAccept']);
  });
});

describe('groupBoardRows', () => {
  const accepted = { acceptedAt: '2026-03-20', acceptanceNoticeIssuedAt: '2026-03-20' };
  const rows = [
    row('inProgress', { ...accepted, assignment: KUANG }),
    row('inProgress', { ...accepted, acceptedAt: '2026-04-20', assignment: KUANG }),
    row('assigned', { ...accepted, assignment: { ...KUANG, leader: '赵书记' } }),
    row('assigned', { ...accepted, acceptedAt: '2026-04-20', assignment: CHANG }),
    row('accepted', { ...accepted, acceptedAt: '2026-04-20' }),
  ];
  const board = buildCaseBoard(rows, env, TODAY, { unitNames: new Map([['unit-2', '选煤厂']]) });
  const summary = (by: 'unit' | 'leader') =>
    groupBoardRows(board.buckets.toReply, by).map((g) => [g.label, g.rows.length, g.overdue, g.dueSoon]);

  it.each<[string, 'unit' | 'leader', Array<[string, number, number, number]>]>([
    [
      'by 承办单位: most overdue first, unassigned cases together and last',
      'unit',
      [
        ['一号矿井', 3, 2, 0],
        ['选煤厂', 1, 0, 0],
        ['未交办', 1, 0, 0],
      ],
    ],
    [
      'by 包案领导',
      'leader',
      [
        ['王矿长', 2, 1, 0],
        ['赵书记', 2, 1, 0],
        ['未交办', 1, 0, 0],
      ],
    ],
  ])('%s', (_rule, by, expected) => {
    expect(summary(by)).toEqual(expected);
  });

  it('keeps each group’s rows in the board’s order', () => {
    const [kuang] = groupBoardRows(board.buckets.toReply, 'unit');
    expect(kuang?.rows.map((r) => r.regNo)).toEqual(
      board.buckets.toReply.filter((r) => r.unitId === 'unit-1').map((r) => r.regNo),
    );
  });
});
