import { OUTREACH_TEXT_LIMITS as LIMITS, textProblem } from './text';
import type { OutreachKind } from './types';

export const MAX_OUTREACH_KINDS = 50;
export const MAX_CHECKLIST_ITEMS = 30;

/**
 * Why the office's list of activity kinds (设置) cannot be saved, in its words: at least one kind, each named once,
 * each checklist item once per kind. A kind taken off the list stays on the activities recorded under it.
 */
export function outreachKindsProblems(kinds: readonly OutreachKind[]): string[] {
  const problems: string[] = [];
  if (kinds.length === 0) problems.push('请至少保留一种活动类型');
  if (kinds.length > MAX_OUTREACH_KINDS) problems.push(`活动类型不能超过${MAX_OUTREACH_KINDS}种`);
  const seen = new Set<string>();
  for (const { kind, checklist } of kinds) {
    const named = textProblem(kind, '活动类型名称', LIMITS.kind, true);
    if (named) problems.push(named);
    if (seen.has(kind)) problems.push(`活动类型“${kind}”重复`);
    seen.add(kind);
    if (checklist.length > MAX_CHECKLIST_ITEMS) problems.push(`“${kind}”的检查内容不能超过${MAX_CHECKLIST_ITEMS}项`);
    for (const item of checklist) {
      const itemProblem = textProblem(item, `“${kind}”的检查内容`, LIMITS.checkItem, true);
      if (itemProblem) problems.push(itemProblem);
    }
    if (new Set(checklist).size !== checklist.length) problems.push(`“${kind}”的检查内容有重复`);
  }
  return [...new Set(problems)];
}
