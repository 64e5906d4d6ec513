import { resolveDeadlineRules, type DeadlineRules } from './deadlines';
import type { Settings } from './defaults';
import { DOC_KINDS, type DocKind } from './docNo';
import { DEFAULT_LETTER_TEMPLATES, type LetterKind, type LetterTemplates } from './letterTemplates';
import { createWorkCalendar, type WorkCalendar } from './workCalendar';

/**
 * What case handling reads from the office's settings, resolved once: the periods, the working calendar, the 文号
 * 代字 and the letter wording. Every page and repository call that computes a deadline or builds a letter uses this,
 * so the case page, the 督办 board and the letters never disagree.
 */
export interface CaseEnvironment {
  rules: DeadlineRules;
  calendar: WorkCalendar;
  dueSoonDays: number;
  prefixOf(kind: DocKind): string;
  templateOf<K extends LetterKind>(kind: K): LetterTemplates[K];
}

export function caseEnvironment(settings: Settings): CaseEnvironment {
  return {
    rules: resolveDeadlineRules(settings.deadlineOverrides),
    calendar: createWorkCalendar(settings.holidayArrangements),
    dueSoonDays: settings.dueSoonDays,
    prefixOf: (kind) => settings.docNoPrefixes[kind]?.trim() || DOC_KINDS[kind].defaultPrefix,
    templateOf: <K extends LetterKind>(kind: K) =>
      (settings.letterTemplates[kind] ?? DEFAULT_LETTER_TEMPLATES[kind]) as LetterTemplates[K],
  };
}
