import { resolveDeadlineRules, type DeadlineRules } from './deadlines';
import type { Settings } from './defaults';
import { DOC_KINDS, type DocKind, type DocSeries } from './docNo';
import { reviewDocSeries } from './reviewRouting';
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
  /**
   * The 代字 and counter a letter of this kind takes: the desk's for its kind, but a 复查意见书 takes its 复查机关's
   * own when a route sets one (`signer`: the body it is issued in the name of).
   */
  seriesOf(kind: DocKind, signer?: string): DocSeries;
  templateOf<K extends LetterKind>(kind: K): LetterTemplates[K];
}

export function caseEnvironment(settings: Settings): CaseEnvironment {
  return {
    rules: resolveDeadlineRules(settings.deadlineOverrides),
    calendar: createWorkCalendar(settings.holidayArrangements),
    dueSoonDays: settings.dueSoonDays,
    seriesOf: (kind, signer) => {
      const prefix = settings.docNoPrefixes[kind]?.trim() || DOC_KINDS[kind].defaultPrefix;
      return kind === 'reviewOpinion' && signer ? reviewDocSeries(settings.organisation, signer, prefix) : { prefix };
    },
    templateOf: <K extends LetterKind>(kind: K) =>
      (settings.letterTemplates[kind] ?? DEFAULT_LETTER_TEMPLATES[kind]) as LetterTemplates[K],
  };
}
