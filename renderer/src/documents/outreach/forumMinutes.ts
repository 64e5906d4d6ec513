import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type Document,
  type FileChild,
} from 'docx';
import { removeIdentities } from '../../domain/access/scrubIdentity';
import { formatChineseDate } from '../../domain/dates';
import { suggestionStatusOn } from '../../domain/outreach/suggestion';
import type { Activity, FeedbackWay, ProblemOutcome, SuggestionRow } from '../../domain/outreach/types';
import { clause, sentence } from '../../domain/phrases';
import { maskNames } from '../../domain/statistics/retell';
import { stripXmlIllegal } from '../../domain/xmlSafeText';
import { widthInChars } from '../titleLines';
import {
  BODY_LINE,
  body,
  charsToTwips,
  createGbDocument,
  FONTS,
  fontOf,
  heading1,
  mmToTwips,
  run,
  TEXT_WIDTH,
} from '../gbStyle';

/**
 * 座谈会纪要 (docs/domain.md §10) in the 纪要 form of GB/T 9704-2012 §10.3, read as follows:
 * - the 纪要标志 「×××纪要」 is the 版头: centred, its top edge 35 mm below the text block's (§10.3.1, like the 发文机关标志
 *   of §7.2.4), 方正小标宋简体 in red as the standard recommends, sized to stay on one line (小初 at most, 二号 at least);
 * - under it, as the office's own 纪要 practice has it (§10.3.4 leaves the form to the issuer), the 期号 when there is
 *   one, then 编印单位 one character in from the left and 印发日期 one character in from the right, on one line above a
 *   red 版头 separator as wide as the text block (§7.2.7);
 * - no 主送 and no title: the body opens with the meeting (when, where, who led it, 人次), then 座谈情况, the suggestions
 *   collected with where each stood on the 纪要's day, and the problems found with what became of each;
 * - one blank line under the body, 「出席」 in 黑体 two characters in, a full-width colon, the names in 仿宋 with
 *   continuation lines under the first name (§10.3.2); 「列席」 and 「请假」 on their own lines the same way (§10.3.3);
 * - no 发文机关署名, seal or 成文日期 at the end: the 版头 carries who compiled it and when.
 * The 纪要 circulates: no proposer is named, and no ID number or phone number is printed.
 */
export interface ForumMinutesInput {
  activity: Activity;
  /** The suggestions collected at the forum, as the reader's repository gave them. */
  suggestions: readonly SuggestionRow[];
  /** The unit the forum was held at (activity.unitId's name). */
  unitName: string;
  /** What the forum is called, before 「纪要」: the unit and kind (选煤厂座谈会) unless the office names it. */
  meetingName?: string;
  /** 第3期, when the office numbers its 纪要. */
  issueNo?: string;
  /** What a problem became, by its number: a petition's 登记编号, a ledger matter's 排〔year〕n号. */
  petitionNo(id: string): string | undefined;
  riskNo(id: string): string | undefined;
  /**
   * A petition a problem became that is 保密 or a 检举控告 (docs/domain.md §3), or one the reader could not read: a
   * circulated 纪要 names neither its problem nor its number. Absent: none is.
   */
  confidentialPetition?(id: string): boolean;
  /** 出席, 列席 and 请假 as the office writes them (units and names); 出席 is the leader and the group unless given. */
  attendance?: { present?: string; attending?: string; absent?: string };
  /** 编印单位 and 印发日期 'YYYY-MM-DD': suggestions and problems are told as they stood that day. */
  issuer: string;
  date: string;
}

const NUMERALS = ['一', '二', '三', '四', '五'] as const;
const RED = 'C00000';

export const forumMeetingName = (input: Pick<ForumMinutesInput, 'activity' | 'unitName' | 'meetingName'>): string =>
  input.meetingName?.trim() || `${input.unitName}${input.activity.kind}`;

/** 「选煤厂退休职工座谈会纪要」: the 纪要标志, the file's name and properties. */
export const forumMinutesTitle = (input: Pick<ForumMinutesInput, 'activity' | 'unitName' | 'meetingName'>): string =>
  `${forumMeetingName(input)}纪要`;

/** The 纪要标志: 小初 (36 pt) when it fits the line, smaller down to 二号 for a long name. */
function minutesMark(text: string): Paragraph {
  const points = Math.max(22, Math.min(36, Math.floor((TEXT_WIDTH / 20 - 2) / widthInChars(text))));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: mmToTwips(35), line: points * 24, lineRule: LineRuleType.EXACT, after: BODY_LINE / 2 },
    children: [
      new TextRun({
        text: stripXmlIllegal(text),
        font: fontOf(FONTS.title, FONTS.title),
        size: points * 2,
        color: RED,
      }),
    ],
  });
}

/** 编印单位 and 印发日期 on one line over the red separator (4 mm under it). */
function issuerLine(issuer: string, date: string): Paragraph {
  return new Paragraph({
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, after: BODY_LINE },
    indent: { left: charsToTwips(1) },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - charsToTwips(1) }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
    children: [run(issuer), new TextRun({ children: [new Tab()] }), run(formatChineseDate(date))],
  });
}

/** 「出席：」 in 黑体 two characters in, the names in 仿宋 hanging under the first name (GB/T 9704 §10.3.2). */
function attendanceLine(label: string, names: string, options: { first: boolean; last: boolean }): Paragraph {
  return new Paragraph({
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: options.first ? BODY_LINE : 0 },
    indent: { left: charsToTwips(5), hanging: charsToTwips(3) },
    keepNext: !options.last,
    keepLines: true,
    children: [run(`${label}：`, { font: FONTS.heading1 }), run(clause(names))],
  });
}

const dayOf = (day: string) => formatChineseDate(day);

/** A problem and what became of it; one that became a confidential petition is told only as having become one. */
function problemLine(
  p: ForumMinutesInput['activity']['problems'][number],
  day: string,
  input: Pick<ForumMinutesInput, 'petitionNo' | 'riskNo' | 'confidentialPetition'>,
): string {
  const { outcome } = p;
  if (outcome.kind === 'petition' && outcome.on <= day && input.confidentialPetition?.(outcome.petitionId))
    return `反映的一项问题已于${dayOf(outcome.on)}转为信访事项办理。`;
  return `${sentence(removeIdentities(p.text))}${outcomeSentence(outcome, day, input)}`;
}

/** What became of a problem, as it stood on the 纪要's day. */
function outcomeSentence(
  outcome: ProblemOutcome,
  day: string,
  refs: Pick<ForumMinutesInput, 'petitionNo' | 'riskNo'>,
): string {
  if (outcome.kind === 'open' || outcome.on > day) return '正在研究处理。';
  if (outcome.kind === 'petition') {
    const no = refs.petitionNo(outcome.petitionId);
    return `已于${dayOf(outcome.on)}转为信访事项${no ? `（登记编号${no}）` : ''}办理。`;
  }
  if (outcome.kind === 'risk') {
    const no = refs.riskNo(outcome.riskMatterId);
    return `已于${dayOf(outcome.on)}纳入矛盾纠纷排查台账${no ? `（${no}）` : ''}跟踪化解。`;
  }
  return `已于${dayOf(outcome.on)}解决：${sentence(removeIdentities(outcome.note))}`;
}

/** How an answer reached the workers, as a 纪要 says it: 「已于……当面答复：」. */
const ANSWERED_BY: Record<FeedbackWay, string> = {
  座谈会反馈: '在座谈会上答复',
  书面答复: '书面答复',
  当面答复: '当面答复',
  电话答复: '电话答复',
  公示栏公示: '在公示栏公示答复',
};

/** A suggestion as the 纪要 tells it, its status on the 纪要's day. */
function suggestionParagraph(s: SuggestionRow, i: number, day: string): Paragraph {
  const clean = (text: string) => clause(removeIdentities(maskNames(text, s.proposer ? [s.proposer.name] : []).text));
  const status = suggestionStatusOn(s, day);
  const where =
    status === '已答复' && s.answeredOn
      ? `已于${dayOf(s.answeredOn)}${s.feedbackWay ? ANSWERED_BY[s.feedbackWay] : '答复'}：${clean(s.answer)}。`
      : status === '跟进中'
        ? `由${clean(s.department) || '责任部门'}跟进落实${s.measure ? `，${clean(s.measure)}` : ''}${s.deadline ? `，完成时限${dayOf(s.deadline)}` : ''}。`
        : `尚未答复${s.department ? `，责任部门${clean(s.department)}` : ''}${s.deadline ? `，完成时限${dayOf(s.deadline)}` : ''}。`;
  return body(`${i + 1}.${clean(s.topic)}（${s.suggestionNo}）。${sentence(clean(s.text))}${where}`);
}

/** 座谈会纪要 as a GB/T 9704 纪要 (the reading above). */
export function buildForumMinutes(input: ForumMinutesInput): Document {
  const { activity: a, date } = input;
  const name = forumMeetingName(input);
  const collected = input.suggestions
    .filter((s) => suggestionStatusOn(s, date) !== null)
    .sort((x, y) => x.year - y.year || x.seq - y.seq);
  const statuses = collected.map((s) => suggestionStatusOn(s, date));
  const count = (status: string) => statuses.filter((s) => s === status).length;
  const place = clause(a.place) || input.unitName;
  const agenda = a.checked.length > 0 ? `，${a.checked.join('、')}` : '';
  const questionnaires = a.questionnaires > 0 ? `，发放调查问卷${a.questionnaires}份` : '';

  // A sentence introducing a list, and the body's last paragraph (before the 出席 lines), keep with what follows.
  const kept = { keepWithNext: true };
  const sections: [string, Paragraph[]][] = [];
  const notes = a.notes
    .split('\n')
    .map((line) => removeIdentities(line.trim()))
    .filter(Boolean);
  if (notes.length > 0) sections.push(['座谈情况', notes.map((line) => body(sentence(line)))]);
  const tally = [
    count('已答复') > 0 ? `已答复${count('已答复')}条` : '',
    count('跟进中') > 0 ? `${count('跟进中')}条正在跟进落实中` : '',
    count('未答复') > 0 ? `${count('未答复')}条尚未答复` : '',
  ].filter(Boolean);
  sections.push([
    '征集的意见建议',
    collected.length === 0
      ? [body('会上未征集到意见建议。')]
      : [
          body(`会上共征集意见建议${collected.length}条，截至纪要印发，${tally.join('，')}。`, kept),
          ...collected.map((s, i) => suggestionParagraph(s, i, date)),
        ],
  ]);
  // The last section's last paragraph keeps with the 出席 lines: no page holds the names alone.
  sections.push([
    '发现的问题及处理情况',
    a.problems.length === 0
      ? [body('会上未发现需要处理的问题。', kept)]
      : [
          body(`会上发现问题${a.problems.length}个：`, kept),
          ...a.problems.map((p, i) =>
            body(`${i + 1}.${problemLine(p, date, input)}`, i === a.problems.length - 1 ? kept : {}),
          ),
        ],
  ]);

  // 出席 is never empty: an activity always has its leader.
  const present = input.attendance?.present?.trim() || [a.leader, a.group].map(clause).filter(Boolean).join('，');
  const attendance = (
    [
      ['出席', present],
      ['列席', input.attendance?.attending?.trim() ?? ''],
      ['请假', input.attendance?.absent?.trim() ?? ''],
    ] as const
  ).filter(([, names]) => names !== '');

  const bodyParagraphs: Paragraph[] = [
    body(
      `${dayOf(a.date)}，${clause(a.leader)}在${place}主持召开${name}${agenda}，参加座谈${a.headcount}人次${questionnaires}。现将会议主要情况纪要如下：`,
    ),
    ...sections.flatMap(([heading, paragraphs], i) => [heading1(`${NUMERALS[i]}、${heading}`), ...paragraphs]),
  ];

  const children: FileChild[] = [
    minutesMark(forumMinutesTitle(input)),
    ...(input.issueNo ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(input.issueNo)] })] : []),
    issuerLine(input.issuer, date),
    ...bodyParagraphs,
    ...attendance.map(([label, names], i) =>
      attendanceLine(label, names, { first: i === 0, last: i === attendance.length - 1 }),
    ),
  ];
  return createGbDocument({ title: forumMinutesTitle(input), children });
}
