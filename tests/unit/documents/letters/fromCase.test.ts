import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import type { PetitionDetail } from '../../../../renderer/src/domain/petitionDetail';
import {
  buildCaseLetter,
  draftFieldsFor,
  letterKindsFor,
  letterSourceEvent,
  type LetterDraft,
} from '../../../../renderer/src/documents/letters/fromCase';
import { DEFAULT_LETTER_TEMPLATES, type LetterKind } from '../../../../renderer/src/domain/letterTemplates';
import type { CaseEvent, IssuedDocument } from '../../../../renderer/src/domain/types';
import { withFullIdentity } from '../../../../renderer/src/db/identity';
import { NOW, person } from '../../domain/fixtures';
import { freshDb } from '../../db/helpers';
import { documentText } from './letterXml';
import { accusation, FULL_CASE, letterContext, ORG, storedCase, WHISTLEBLOWER, type Step } from './storedCase';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function letterText(
  detail: PetitionDetail,
  kind: LetterKind,
  docNo: string,
  draft: LetterDraft = {},
  context = letterContext(),
) {
  return documentText(await buildCaseLetter(kind, { detail, context, draft }, docNo));
}

const issued = (kind: LetterKind, docNo: string, issuedAt: string): IssuedDocument => ({
  id: `${kind}-1`,
  petitionId: 'p',
  kind,
  docNo,
  year: 2026,
  n: 1,
  version: 1,
  issuedAt,
  issuedBy: '王丽',
  fileName: 'x.docx',
  bytes: new Uint8Array(),
  supersedes: null,
});

const OPINION_DRAFT: LetterDraft = {
  facts: '经查，奖金按考核分计发。',
  basis: '《信访工作条例》第三十二条',
  reviewBody: '某煤业集团有限公司信访办公室',
};

describe('letterKindsFor', () => {
  it('offers nothing for a case only registered', async () => {
    expect(letterKindsFor(await storedCase(db, []))).toEqual([]);
  });

  it('offers the 受理告知书 once the case is accepted, from the accept event', async () => {
    const detail = await storedCase(db, FULL_CASE.slice(0, 1));
    const [option, ...rest] = letterKindsFor(detail);
    expect(rest).toEqual([]);
    expect(option).toMatchObject({ kind: 'acceptanceNotice', label: '受理告知书', issued: null });
    expect(option?.event.type).toBe('accept');
  });

  it('offers every letter the timeline supports, in the order of the workflow', async () => {
    const detail = await storedCase(db, FULL_CASE);
    expect(letterKindsFor(detail).map((o) => o.kind)).toEqual([
      'acceptanceNotice',
      'extensionNotice',
      'assignmentSheet',
      'supervisionSheet',
      'handlingOpinion',
      'reviewOpinion',
    ]);
  });

  it('offers only the 不予受理告知书 for a case not accepted', async () => {
    const detail = await storedCase(db, [
      ['reject', { reason: '属于劳动争议', whereToApply: '劳动人事争议仲裁委员会' }, new Date(2026, 4, 25, 11, 0)],
    ]);
    expect(letterKindsFor(detail).map((o) => o.kind)).toEqual(['rejectionNotice']);
  });

  it('marks a kind already issued for its event, so the page offers 重新出具 instead', async () => {
    const detail = await storedCase(db, FULL_CASE.slice(0, 1));
    const notice = issued('acceptanceNotice', '信受〔2026〕1号', '2026-05-25T11:05:00.000');
    expect(letterKindsFor(detail, [notice])[0]?.issued).toBe(notice);
    // A letter issued before the event it would report is about something earlier.
    expect(letterKindsFor(detail, [{ ...notice, issuedAt: '2026-05-25T10:00:00.000' }])[0]?.issued).toBeNull();
  });
});

describe('buildCaseLetter from a stored case', () => {
  it('受理告知书: the accept day and the handling due day, the office as issuer, the 文号', async () => {
    const text = await letterText(
      await storedCase(db, FULL_CASE.slice(0, 1)),
      'acceptanceNotice',
      '曹矿信受〔2026〕3号',
    );
    expect(text).toContain('曹矿信受〔2026〕3号');
    expect(text).toContain('信访事项受理告知书');
    expect(text).toContain('张三：');
    expect(text).toContain('已于2026年5月25日予以受理');
    expect(text).toContain('办理期限至2026年7月24日');
    expect(text).toContain('反映的绩效/精益奖金分配问题（登记编号：2026-0001）');
    expect(text).toContain(ORG);
    expect(text).toContain('2026年9月11日');
  });

  it('受理告知书: a handling period ending on a rest day names the day it ran on from, as the 延期办理告知书 does', async () => {
    // 26 May + 60 days is Saturday 25 July: the period runs on to Monday 27 July.
    const text = await letterText(
      await storedCase(db, [['accept', {}, new Date(2026, 4, 26, 11, 0)]]),
      'acceptanceNotice',
      '信受〔2026〕4号',
    );
    expect(text).toContain('（办理期限至2026年7月27日，因7月25日为法定休假日顺延）');
  });

  it('uses the office’s own wording from the settings', async () => {
    const acceptanceNotice = { ...DEFAULT_LETTER_TEMPLATES.acceptanceNotice, title: '受理通知' };
    const context = letterContext({}, { letterTemplates: { acceptanceNotice } });
    const text = await letterText(
      await storedCase(db, FULL_CASE.slice(0, 1)),
      'acceptanceNotice',
      '信受〔2026〕1号',
      {},
      context,
    );
    expect(text).toContain('受理通知');
    expect(text).not.toContain('信访事项受理告知书');
  });

  it('不予受理告知书: the reason, the route and where to apply from the reject event', async () => {
    const detail = await storedCase(db, [
      [
        'reject',
        { reason: '该事项属于劳动争议', route: '申请仲裁', whereToApply: '矿区劳动人事争议仲裁委员会' },
        new Date(2026, 4, 25, 11, 0),
      ],
    ]);
    const text = await letterText(detail, 'rejectionNotice', '信不受〔2026〕1号');
    expect(text).toContain('经审查，该事项属于劳动争议。');
    expect(text).toContain('你可以依法向矿区劳动人事争议仲裁委员会申请仲裁。');
  });

  it('不予受理告知书 of a 不予受理 recorded before routes were chosen: the general sentence, still whole', async () => {
    const detail = await storedCase(db, [
      [
        'reject',
        { reason: '该事项属于劳动争议', whereToApply: '矿区劳动人事争议仲裁委员会' },
        new Date(2026, 4, 25, 11, 0),
      ],
    ]);
    expect(await letterText(detail, 'rejectionNotice', '信不受〔2026〕1号')).toContain(
      '你可以向矿区劳动人事争议仲裁委员会反映。',
    );
  });

  it('不予受理告知书 prints the office’s own sentence for the route', async () => {
    const detail = await storedCase(db, [
      [
        'reject',
        { reason: '该事项属于劳动争议', route: '提起诉讼', whereToApply: '矿区人民法院' },
        new Date(2026, 4, 25, 11, 0),
      ],
    ]);
    const routes = {
      ...DEFAULT_LETTER_TEMPLATES.rejectionNotice,
      routeLitigation: '请{人称}依法向{受理机关}提起民事诉讼。',
    };
    const context = letterContext({}, { letterTemplates: { rejectionNotice: routes } });
    expect(await letterText(detail, 'rejectionNotice', '信不受〔2026〕1号', {}, context)).toContain(
      '请你依法向矿区人民法院提起民事诉讼。',
    );
  });

  it('延期办理告知书: the original and extended due days, approver, reason and days', async () => {
    const text = await letterText(await storedCase(db, FULL_CASE.slice(0, 4)), 'extensionNotice', '信延〔2026〕1号');
    expect(text).toContain('原办理期限至2026年7月24日');
    expect(text).toContain('因需调取2025年第四季度考核台账');
    expect(text).toContain('经矿长李振东批准');
    // 24 July + 30 days is Sunday 23 August: the deadline runs on to Monday, and the letter says why.
    expect(text).toContain('办理期限延长30日，至2026年8月24日（8月23日为法定休假日，顺延至其后第一个工作日）。');
  });

  it('交办单: the unit, 包案领导, handler, due day and instruction of the latest assign event', async () => {
    const text = await letterText(await storedCase(db, FULL_CASE.slice(0, 2)), 'assignmentSheet', '信交〔2026〕1号');
    expect(text).toContain('综采一队：');
    expect(text).toContain('包案领导副矿长刘海峰');
    expect(text).toContain('承办人孙丽娟');
    expect(text).toContain('办理期限2026年6月20日');
    expect(text).toContain('领导批示请核实奖金分配明细');
    expect(text).toContain('信访人张三');
    expect(text).toContain('信访来源来访');
  });

  it('交办单 prints the contact phone as the clerk typed it (0912-3456789)', async () => {
    const stored = await storedCase(db, FULL_CASE.slice(0, 2), { petitioners: [person({ phone: '0912-3456789' })] });
    const text = await letterText(
      await withFullIdentity(db, stored, NOW, '出具交办单'),
      'assignmentSheet',
      '信交〔2026〕1号',
    );
    expect(text).toContain('0912-3456789');
    expect(text).not.toContain('09123456789');
  });

  it('督办单: the supervise event, the assignment and its 交办单 number, a feedback day', async () => {
    const detail = await storedCase(db, FULL_CASE.slice(0, 3));
    const context = letterContext({
      documents: [issued('assignmentSheet', '信交〔2026〕4号', '2026-05-26T09:10:00.000')],
    });
    const text = await letterText(detail, 'supervisionSheet', '信督〔2026〕1号', {}, context);
    expect(text).toContain('交办文号信交〔2026〕4号');
    expect(text).toContain('督办方式电话');
    expect(text).toContain('督办日期2026年6月15日');
    expect(text).toContain('督办内容办理期限将至，请加快核查进度');
    // Three working days after Monday 15 June.
    expect(text).toContain('反馈期限2026年6月18日');
    expect(draftFieldsFor('supervisionSheet', detail, context).find((f) => f.key === 'feedbackDue')?.initial).toBe(
      '2026-06-18',
    );
  });

  it('督办单 and 交办单 print the deadline in force: a 延期 after the 交办 moves the 办理期限 they print', async () => {
    // Accepted 25 May: the 60-day 办理期限 ends 24 July, and the 交办期限 is set to that day (the form's default).
    const detail = await storedCase(db, [
      ['accept', {}, new Date(2026, 4, 25, 11, 0)],
      [
        'assign',
        {
          unitId: 'unit-1-1-1',
          unitName: '综采一队',
          leader: '副矿长刘海峰',
          handler: '孙丽娟',
          dueDate: '2026-07-24',
        },
        new Date(2026, 4, 26, 9, 0),
      ],
      ['extend', { approver: '矿长李振东', reason: '需调取考核台账', days: 30 }, new Date(2026, 6, 20, 9, 0)],
      [
        'supervise',
        { method: '电话', date: '2026-07-21', content: '请按延长后的期限办结' },
        new Date(2026, 6, 21, 10, 0),
      ],
    ]);
    const supervision = await letterText(detail, 'supervisionSheet', '信督〔2026〕1号');
    expect(supervision).not.toContain('办理期限2026年7月24日');
    expect(supervision).not.toContain('办理期限至2026年7月24日');
    // 30 days on from 24 July is Sunday 23 August: the 办理期限 in force is Monday 24 August, as the timeline says.
    expect(detail.events.at(-2)?.text).toContain('办理期限延至2026年8月24日');
    expect(supervision).toContain('办理期限至2026年8月24日');
    expect(supervision).toContain('办理期限2026年8月24日');
    const assignment = await letterText(detail, 'assignmentSheet', '信交〔2026〕1号');
    expect(assignment).toContain('办理期限2026年8月24日');
  });

  it('a 交办期限 shorter than the case’s moves by as many days as the 延期 moves the 办理期限; none moves it not', async () => {
    const steps: Step[] = [
      ['accept', {}, new Date(2026, 4, 25, 11, 0)],
      [
        'assign',
        {
          unitId: 'unit-1-1-1',
          unitName: '综采一队',
          leader: '副矿长刘海峰',
          handler: '孙丽娟',
          dueDate: '2026-06-20',
        },
        new Date(2026, 4, 26, 9, 0),
      ],
      ['supervise', { method: '电话', date: '2026-06-15', content: '请加快核查进度' }, new Date(2026, 5, 15, 10, 0)],
    ];
    expect(await letterText(await storedCase(db, steps), 'supervisionSheet', '信督〔2026〕1号')).toContain(
      '办理期限2026年6月20日',
    );
    const extended = await storedCase(db, [
      ...steps.slice(0, 2),
      ['extend', { approver: '矿长李振东', reason: '需调取考核台账', days: 30 }, new Date(2026, 5, 10, 9, 0)],
      steps[2] as Step,
    ]);
    // The 办理期限 moved from 24 July to 24 August (31 days, the 23rd being a Sunday): so does the 交办期限.
    expect(await letterText(extended, 'supervisionSheet', '信督〔2026〕1号')).toContain('办理期限2026年7月21日');
  });

  it('处理意见书: one opinion per claim of the reply event, with the clerk’s facts, basis and 复查机关', async () => {
    const text = await letterText(
      await storedCase(db, FULL_CASE.slice(0, 5)),
      'handlingOpinion',
      '信复〔2026〕2号',
      OPINION_DRAFT,
    );
    expect(text).toContain('1.对“公开分配明细”的请求，予以支持。分配明细已于2026年8月5日在队部公示。');
    expect(text).toContain('2.对“补发差额”的请求，不予支持。经核算，本人奖金按考核分计发，并无差额。');
    expect(text).toContain('经查，奖金按考核分计发。');
    expect(text).toContain('向某煤业集团有限公司信访办公室提出复查请求');
  });

  it('处理意见书 is refused with a Chinese message while the facts are not written', async () => {
    const detail = await storedCase(db, FULL_CASE.slice(0, 5));
    await expect(
      buildCaseLetter(
        'handlingOpinion',
        { detail, context: letterContext(), draft: { ...OPINION_DRAFT, facts: ' ' } },
        '信复〔2026〕2号',
      ),
    ).rejects.toThrow('请填写调查认定的事实');
  });

  it('复查意见书: the request and the decision, quoting the 处理意见书 number', async () => {
    const detail = await storedCase(db, FULL_CASE);
    const context = letterContext({
      documents: [issued('handlingOpinion', '信复〔2026〕2号', '2026-08-10T15:10:00.000')],
    });
    const draft = { facts: '复查查明的事实。', recheckBody: '某煤业集团有限公司' };
    const text = await letterText(detail, 'reviewOpinion', '信复查〔2026〕1号', draft, context);
    // 原处理单位 is the unit that handled the case (the 交办 unit), not the reviewing office itself (Art. 35).
    expect(text).toContain(
      '对综采一队作出的《信访事项处理意见书》（信复〔2026〕2号）不服，于2026年8月20日提出复查请求',
    );
    expect(text).not.toContain(`对${ORG}作出的`);
    expect(text).toContain('认为考核分计算有误');
    expect(text).toContain('本单位决定维持');
    expect(text).toContain('考核分计算无误，原处理意见并无不当。');
    expect(text).toContain('向某煤业集团有限公司提出复核请求');
  });

  it('refuses a kind the case has no event for', async () => {
    const detail = await storedCase(db, FULL_CASE.slice(0, 1));
    await expect(
      buildCaseLetter('handlingOpinion', { detail, context: letterContext(), draft: OPINION_DRAFT }, '信复〔2026〕1号'),
    ).rejects.toThrow('尚无');
  });
});

describe('复查意见书: 原处理单位 (E)', () => {
  it('defaults to the unit the case was assigned to, never the reviewing office', async () => {
    const detail = await storedCase(db, FULL_CASE);
    const field = draftFieldsFor('reviewOpinion', detail, letterContext()).find((f) => f.key === 'originalUnit');
    expect(field?.initial).toBe('综采一队');
  });

  it('is left empty with a hint when the case was never assigned, and the letter is refused until it is written', async () => {
    const unassigned = FULL_CASE.filter(([action]) => action !== 'assign' && action !== 'supervise');
    const detail = await storedCase(db, unassigned);
    const field = draftFieldsFor('reviewOpinion', detail, letterContext()).find((f) => f.key === 'originalUnit');
    expect(field).toMatchObject({ initial: '' });
    expect(field?.hint).toContain('作出原处理意见的单位');
    const context = letterContext({
      documents: [issued('handlingOpinion', '信复〔2026〕2号', '2026-08-10T15:10:00.000')],
    });
    const draft = { facts: '复查查明的事实。', recheckBody: '某煤业集团有限公司' };
    await expect(buildCaseLetter('reviewOpinion', { detail, context, draft }, '信复查〔2026〕1号')).rejects.toThrow(
      '请填写原处理单位',
    );
    expect(
      await letterText(detail, 'reviewOpinion', '信复查〔2026〕1号', { ...draft, originalUnit: '综采一队' }, context),
    ).toContain('对综采一队作出的');
  });
});

describe('a letter is built from the event it reports (B)', () => {
  const SECOND_SUPERVISION: Step = [
    'supervise',
    { method: '约谈', date: '2026-07-01', content: '约谈承办人，要求一周内报送核查结果' },
    new Date(2026, 6, 1, 10, 0),
  ];
  const twoSupervisions = () => storedCase(db, [...FULL_CASE.slice(0, 3), SECOND_SUPERVISION]);

  it('a reissue of the first 督办单 prints the first supervision, not the latest one', async () => {
    const detail = await twoSupervisions();
    const [first, second] = detail.events.filter((e) => e.type === 'supervise');
    const firstSheet = {
      ...issued('supervisionSheet', '信督〔2026〕1号', '2026-06-15T10:05:00.000'),
      sourceEventId: first?.id,
    };
    expect(letterSourceEvent(detail, 'supervisionSheet', firstSheet)).toBe(first);
    const event = letterSourceEvent(detail, 'supervisionSheet', firstSheet);
    const text = await documentText(
      await buildCaseLetter(
        'supervisionSheet',
        { detail, context: letterContext(), draft: {}, event },
        '信督〔2026〕1号',
      ),
    );
    expect(text).toContain('督办日期2026年6月15日');
    expect(text).toContain('办理期限将至，请加快核查进度');
    expect(text).not.toContain('约谈承办人');
    // The feedback day follows that supervision too: three working days after 15 June.
    expect(
      draftFieldsFor('supervisionSheet', detail, letterContext(), event).find((f) => f.key === 'feedbackDue')?.initial,
    ).toBe('2026-06-18');
    expect(letterSourceEvent(detail, 'supervisionSheet')).toBe(second);
  });

  it('a letter issued before the source event was stored falls back to the latest event of its kind', async () => {
    const detail = await twoSupervisions();
    const legacy = issued('supervisionSheet', '信督〔2026〕1号', '2026-06-15T10:05:00.000');
    expect(letterSourceEvent(detail, 'supervisionSheet', legacy)?.data).toMatchObject({ date: '2026-07-01' });
  });

  it('after a second 督办 the first sheet no longer counts as issued for it, so a new 督办单 can be issued', async () => {
    const detail = await twoSupervisions();
    const [first, second] = detail.events.filter((e) => e.type === 'supervise');
    const firstSheet = {
      ...issued('supervisionSheet', '信督〔2026〕1号', '2026-07-01T10:05:00.000'),
      sourceEventId: first?.id,
    };
    const option = letterKindsFor(detail, [firstSheet]).find((o) => o.kind === 'supervisionSheet');
    expect(option?.event).toBe(second);
    expect(option?.issued).toBeNull();
    const secondSheet = { ...firstSheet, id: 'sheet-2', sourceEventId: second?.id };
    expect(letterKindsFor(detail, [firstSheet, secondSheet]).find((o) => o.kind === 'supervisionSheet')?.issued).toBe(
      secondSheet,
    );
  });
});

describe('a confidential 检举控告 (Art. 30)', () => {
  /**
   * The workflow sends 检举控告 to 纪检监察 and refuses to accept it, so no stored case reaches 交办 today; the
   * registration is stored for real and the assign and supervise events are added as applyCaseAction would write them.
   */
  async function accusedCase(unitId: string, unitName: string): Promise<PetitionDetail> {
    const detail = await storedCase(db, [], accusation());
    const event = (type: string, at: string, data: Record<string, unknown>): CaseEvent => ({
      id: type,
      petitionId: detail.petition.id,
      at,
      actor: '王丽',
      type,
      text: type,
      data,
    });
    return {
      ...detail,
      events: [
        ...detail.events,
        event('assign', '2026-05-26T09:00:00.000', {
          unitId,
          unitName,
          leader: '副矿长刘海峰',
          handler: '孙丽娟',
          dueDate: '2026-06-20',
        }),
        event('supervise', '2026-06-15T10:00:00.000', {
          method: '文书',
          date: '2026-06-15',
          content: `${WHISTLEBLOWER.name}多次来电询问进展`,
        }),
      ],
    };
  }

  // Issue 13: a 检举控告's sheet goes to 纪检监察; one addressed to the accused unit, or a unit above it, is refused.
  it.each<LetterKind>(['assignmentSheet', 'supervisionSheet'])(
    'a %s of a 检举控告 to the accused unit is refused',
    async (kind) => {
      const detail = await accusedCase('unit-1-1-1', '综采一队');
      await expect(
        buildCaseLetter(kind, { detail, context: letterContext(), draft: {} }, '信交〔2026〕1号'),
      ).rejects.toThrow('检举控告事项不得转给被检举控告的单位或人员');
    },
  );

  it('a sheet of a 检举控告 to a unit above the accused one is refused too: it would pass the sheet down', async () => {
    await expect(
      letterText(await accusedCase('unit-1-1', '一号矿井'), 'assignmentSheet', '信交〔2026〕1号'),
    ).rejects.toThrow('检举控告事项不得');
  });

  it('a sheet to an unrelated unit names the complainant', async () => {
    const detail = await accusedCase('unit-1-2', '选煤厂');
    expect(draftFieldsFor('assignmentSheet', detail, letterContext()).map((f) => f.key)).not.toContain(
      'summaryForAccused',
    );
    expect(await letterText(detail, 'assignmentSheet', '信交〔2026〕1号')).toContain(`信访人${WHISTLEBLOWER.name}`);
  });
});
