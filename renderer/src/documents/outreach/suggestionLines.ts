import { removeIdentities } from '../../domain/access/scrubIdentity';
import { outreachCounts, suggestionSentence } from '../../domain/outreach/counts';
import { suggestionOverdue, suggestionStatusOn } from '../../domain/outreach/suggestion';
import type { Activity, FeedbackWay, SuggestionRow, SuggestionStatus } from '../../domain/outreach/types';
import { maskedName, maskNames } from '../../domain/statistics/retell';

/**
 * The 建议答复情况表 (docs/domain.md §10) as lines both the .docx and the .xlsx print, so the two files cannot disagree:
 * each suggestion as it stood on the table's day, and seed 000's sentence over the same suggestions. The table
 * circulates (it is read out or posted for the workers): a proposer is 张某, anonymous is 匿名, and for a 党支部, which
 * may not read who proposed, there is no proposer column at all; no ID number or phone number is printed.
 */
export interface SuggestionTableInput {
  /** What the table covers, before 「征集建议答复情况表」: a forum (选煤厂退休职工座谈会) or a period (2026年第四季度). */
  subject: string;
  /** The suggestions as the reader's repository gave them (db/outreachScope.ts suggestionAsRead). */
  suggestions: readonly SuggestionRow[];
  /** The forums they were collected at (counted in the sentence): the activities of kind 座谈会 among them. */
  activities: readonly Activity[];
  /** 制表单位 and 制表日期 'YYYY-MM-DD': every status is read as of this day. */
  issuer: string;
  date: string;
}

/** One suggestion as the table prints it; days stay 'YYYY-MM-DD' (the workbook stores them as dates). */
export interface SuggestionLine {
  suggestionNo: string;
  topic: string;
  /** 张某, 匿名; null when the reader may not see it (the column is left out). */
  proposer: string | null;
  department: string;
  measure: string;
  deadline: string | null;
  status: SuggestionStatus;
  /** Still unanswered past its 完成时限 on the table's day. */
  overdue: boolean;
  answer: string;
  answeredOn: string | null;
  feedbackWay: FeedbackWay | null;
}

export const ANONYMOUS = '匿名';

/** 张某; 匿名 for an anonymous suggestion; a name that does not start with a Chinese character is 某 (never 匿名). */
const proposerText = (proposer: SuggestionRow['proposer']): string =>
  proposer ? (maskedName(proposer.name) ?? '某') : ANONYMOUS;

/** 「选煤厂退休职工座谈会征集建议答复情况表」 */
export const suggestionTableTitle = (input: Pick<SuggestionTableInput, 'subject'>): string =>
  `${input.subject}征集建议答复情况表`;

export interface SuggestionColumn {
  /** Two-line headings keep the .docx's narrow columns narrow; the workbook joins the lines. */
  header: string;
  key: Exclude<keyof SuggestionLine, 'overdue'>;
  excelWidth: number;
  /** Running text that may wrap in the .docx, with its share of the width left once the rest fit. */
  weight?: number;
}

/** The columns both files print, in order: what each prints of a line, its width in the workbook (characters). */
export const SUGGESTION_COLUMNS: readonly SuggestionColumn[] = [
  { header: '编号', key: 'suggestionNo', excelWidth: 14 },
  { header: '建议主题', key: 'topic', excelWidth: 20, weight: 2 },
  { header: '建议人', key: 'proposer', excelWidth: 8 },
  { header: '责任部门', key: 'department', excelWidth: 16, weight: 1.5 },
  { header: '落实措施', key: 'measure', excelWidth: 36, weight: 3 },
  { header: '完成时限', key: 'deadline', excelWidth: 12 },
  { header: '办理\n状态', key: 'status', excelWidth: 14 },
  { header: '答复内容', key: 'answer', excelWidth: 44, weight: 4 },
  { header: '答复日期', key: 'answeredOn', excelWidth: 12 },
  { header: '反馈\n方式', key: 'feedbackWay', excelWidth: 12 },
];

/** The columns a table prints: no 建议人 when the reader may not see who proposed (every line's proposer null). */
export const columnsFor = (lines: readonly SuggestionLine[]) =>
  SUGGESTION_COLUMNS.filter((c) => c.key !== 'proposer' || lines.every((l) => l.proposer !== null));

/** Whether the table has a proposer column: not when any proposer was withheld from the reader (a 党支部). */
const showsProposer = (suggestions: readonly SuggestionRow[]): boolean => !suggestions.some((s) => s.proposerWithheld);

/** The suggestions collected by the table's day, in number order, each as it stood that day. */
export function suggestionLines({
  suggestions,
  date,
}: Pick<SuggestionTableInput, 'suggestions' | 'date'>): SuggestionLine[] {
  const withProposer = showsProposer(suggestions);
  return [...suggestions]
    .sort((a, b) => a.year - b.year || a.seq - b.seq)
    .flatMap((s): SuggestionLine[] => {
      const status = suggestionStatusOn(s, date);
      if (status === null) return [];
      const names = s.proposer ? [s.proposer.name] : [];
      // The proposer's name typed into a text becomes 张某 too; numbers go with their label (docs/domain.md §11).
      const clean = (text: string) => removeIdentities(maskNames(text.trim(), names).text);
      const answered = status === '已答复';
      return [
        {
          suggestionNo: s.suggestionNo,
          topic: clean(s.topic),
          proposer: withProposer ? proposerText(s.proposer) : null,
          department: clean(s.department),
          measure: clean(s.measure),
          deadline: s.deadline,
          status,
          overdue: suggestionOverdue({ status, deadline: s.deadline }, date),
          answer: answered ? clean(s.answer) : '',
          answeredOn: answered ? s.answeredOn : null,
          feedbackWay: answered ? s.feedbackWay : null,
        },
      ];
    });
}

/**
 * Seed 000's sentence over the table's suggestions as they stood on its day: 「累计召开座谈会1次，征集建议5条，已向职工
 * 反馈答复3条，2条正在跟进落实中」 (domain/outreach/counts.ts), the forums those of `activities` held by then.
 */
export function suggestionTableSentence(
  input: Pick<SuggestionTableInput, 'suggestions' | 'activities' | 'date'>,
): string {
  // Every day up to the table's: the counts read each suggestion as it stood then.
  const period = { from: '0001-01-01', to: input.date };
  const records = { activities: input.activities, suggestions: input.suggestions, helps: [] };
  return `${suggestionSentence(outreachCounts(records, period, null, []))}。`;
}
