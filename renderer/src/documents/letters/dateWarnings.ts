import { formatChineseDate } from '../../domain/dates';
import type { LetterKind } from '../../domain/letterTemplates';
import type { CaseLetterData } from './fromCase';

/** The deadlines a letter announces as still to come, by name: '办理期限' → 'YYYY-MM-DD'. */
function announcedDeadlines<K extends LetterKind>(kind: K, data: CaseLetterData[K]): Array<[string, string]> {
  switch (kind) {
    case 'acceptanceNotice':
      return [['办理期限', (data as CaseLetterData['acceptanceNotice']).dueDate]];
    case 'extensionNotice':
      return [['延期后的办理期限', (data as CaseLetterData['extensionNotice']).newDueDate]];
    case 'assignmentSheet':
      return [['办理期限', (data as CaseLetterData['assignmentSheet']).dueDate]];
    case 'supervisionSheet': {
      const sheet = data as CaseLetterData['supervisionSheet'];
      return [
        ['办理期限', sheet.dueDate],
        ['反馈期限', sheet.feedbackDue],
      ];
    }
    default:
      return [];
  }
}

const PROMISE = /(\d{4})年(\d{1,2})月(\d{1,2})日前/g;

/** Days the letter's own words promise something by (「于2026年6月30日前补发」), as 'YYYY-MM-DD'. */
function promisedDays(data: unknown): Array<[string, string]> {
  const text = JSON.stringify(data);
  return [...text.matchAll(PROMISE)].map((m) => [
    `${m[1]}年${m[2]}月${m[3]}日前`,
    `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
  ]);
}

/**
 * Why a letter's 成文日期 reads false (issue 13): dated after a deadline it announces as still to come (a 受理告知书
 * dated after the 办理期限 it sets, a 督办单 after its 反馈期限), or after a day its own words promise something by
 * (a 处理意见书 of 7月10日 promising payment 「于2026年6月30日前」). The preview shows these; issuing is not refused,
 * since a late letter may still have to go out, but the clerk sees what the reader will see.
 */
export function letterDateWarnings<K extends LetterKind>(kind: K, data: CaseLetterData[K]): string[] {
  const issued = data.date;
  const warnings: string[] = [];
  for (const [name, due] of announcedDeadlines(kind, data)) {
    if (due && due < issued)
      warnings.push(
        `成文日期${formatChineseDate(issued)}晚于文中告知的${name}${formatChineseDate(due)}：请核对成文日期和期限`,
      );
  }
  for (const [words, day] of new Map(promisedDays(data))) {
    if (day < issued) warnings.push(`成文日期${formatChineseDate(issued)}晚于文中“${words}”的承诺日期：请核对`);
  }
  return warnings;
}
