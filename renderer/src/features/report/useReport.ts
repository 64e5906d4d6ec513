import { useCallback, useEffect, useRef, useState } from 'react';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { errorText } from '../../db/errors';
import { ReportDraftConflictError, type IssueReportInput, type ReportDraft, type ReportRecord } from '../../db/reports';
import { cachedStatRecords, scopeFromKey } from '../../domain/statistics';
import { toLocalDate, formatDateTime, toTimestamp } from '../../domain/dates';
import { draftParagraphs } from '../../documents/report/draft';
import { reportFigures } from '../../documents/report/figures';
import { comparedPeriods, periodKey, statPeriodOf } from '../../documents/report/period';
import { chooseTypicalCases, describeTypicalCases } from '../../documents/report/typicalCases';
import { type ReportFigures } from '../../documents/report/types';
import {
  DRAFTED_SECTIONS,
  type DraftedParagraphs,
  type DraftedSection,
  type ReportPeriod,
} from '../../domain/reportDraft';
import { useLedgerIndex } from '../../services/ledgerIndex';
import { riskAnalysisDraft } from '../../domain/risk/reportParagraph';
import { outreachMeasuresDraft } from '../../domain/outreach/reportParagraphs';
import type { OutreachComparison } from '../../domain/statistics';
import {
  getReportDraft,
  issueReport,
  loadTypicalCaseTexts,
  outreachCountsForPeriods,
  riskStatisticsForReport,
  saveReportDraft,
} from '../../services/data/reports';

/** Typing pauses this long before the draft is saved. */
const SAVE_DELAY_MS = 600;

export type SaveState =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; message: string };

export interface ReportContent {
  paragraphs: DraftedParagraphs;
  edited: DraftedSection[];
  analysis: string;
  measures: string;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; figures: ReportFigures; drafted: DraftedParagraphs };

const messageOf = errorText;

/** Sections 一–四 as shown: the branch's text where it edited one, the drafted text elsewhere. */
const overlay = (drafted: DraftedParagraphs, edited: readonly DraftedSection[], own: DraftedParagraphs | undefined) =>
  Object.fromEntries(
    DRAFTED_SECTIONS.map((s) => [s, edited.includes(s) && own ? own[s] : drafted[s]]),
  ) as DraftedParagraphs;

/** 走出去's counts of the report's period and its bases, in one read. */
async function outreachComparison(period: ReportPeriod, scopeKey: string): Promise<OutreachComparison> {
  const { current, lastYear, previous } = comparedPeriods(period);
  const read = await outreachCountsForPeriods(
    previous ? [current, lastYear, previous] : [current, lastYear],
    scopeKey,
    now(),
  );
  const [ofPeriod, ofLastYear, ofPrevious] = read;
  if (!ofPeriod || !ofLastYear) throw new Error('走出去统计未能读取');
  return { current: ofPeriod, lastYear: ofLastYear, previous: ofPrevious ?? null };
}

/**
 * The report being written for a period and scope: the figures computed from the ledger's in-memory rows (as the
 * dashboard computes them; only the chosen typical cases' text is read from the stored petitions), sections 一–四
 * drafted from them, the branch's saved draft laid over them (sections it edited keep its text, the others follow
 * the data), and an autosave that stores the draft a moment after each change.
 */
export function useReport(period: ReportPeriod, scopeKey: string, scopeName: string) {
  const { units, categories, settings } = useReferenceData();
  const env = useCaseEnvironment();
  const { rows, error: ledgerError } = useLedgerIndex();
  const key = periodKey(period);
  const id = `${period.kind}|${key}|${scopeKey}`;
  // Keyed by what was loaded, so a new period or scope reads as loading until its own draft arrives.
  const [session, setSession] = useState<{
    id: string;
    loaded: Loaded;
    content: ReportContent | null;
    save: SaveState;
  } | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; run: () => Promise<void> } | null>(null);
  /**
   * The stored draft's revision each report was loaded or last saved at (null: none stored), sent with every save so
   * one typed in another tab is refused rather than overwritten. Keyed by report, set when a report is first shown.
   */
  const revisions = useRef(new Map<string, number | null>());
  const shownId = useRef<string | null>(null);
  /** Saves run one after another, each on the revision the one before returned. */
  const saving = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(async () => {
    const job = pending.current;
    if (job) {
      clearTimeout(job.timer);
      pending.current = null;
      await job.run();
    }
    await saving.current;
  }, []);

  useEffect(() => {
    // Until the rows are in the report reads as loading; an index that failed to load or refresh shows as failed.
    if (!rows || ledgerError) return;
    let cancelled = false;
    (async () => {
      const scope = scopeFromKey(scopeKey);
      const figures = reportFigures(
        { ...cachedStatRecords(rows), units, categories, env },
        period,
        scope,
        toLocalDate(now()),
      );
      const chosen = chooseTypicalCases(rows, {
        period: statPeriodOf(period),
        scope,
        units,
        categories,
        topCategories: figures.current.topCategories,
      });
      const cases = describeTypicalCases(chosen, await loadTypicalCaseTexts(chosen.map((c) => c.candidate.id)), units);
      const outreach = await outreachComparison(period, scopeKey);
      figures.outreach = outreach;
      const drafted = draftParagraphs(figures, cases);
      const saved = await getReportDraft({ kind: period.kind, periodKey: key, scopeKey });
      // Section 五 opens with the screening ledger's figures until the branch has saved its own text.
      const riskDraft = saved
        ? null
        : riskAnalysisDraft(
            await riskStatisticsForReport(statPeriodOf(period), scopeKey, {
              today: toLocalDate(now()),
              calendar: env.calendar,
              rules: settings.riskStalenessRules,
            }),
            period.kind === 'quarter' ? '本季度' : '本年度',
          );
      if (cancelled) return;
      if (shownId.current !== id) {
        shownId.current = id;
        revisions.current.set(id, saved ? (saved.revision ?? 0) : null);
      }
      const loaded: Loaded = { status: 'ready', figures, drafted };
      setSession((shown) => {
        // New rows for the report already open: what the branch has typed stays, the drafted sections follow the data.
        if (shown && shown.id === id && shown.content) {
          const { edited, paragraphs } = shown.content;
          return { ...shown, loaded, content: { ...shown.content, paragraphs: overlay(drafted, edited, paragraphs) } };
        }
        const edited = saved?.edited ?? [];
        return {
          id,
          loaded,
          content: {
            paragraphs: overlay(drafted, edited, saved?.paragraphs),
            edited,
            analysis: saved?.analysis ?? riskDraft ?? '',
            // Section 六 opens with what 走出去 left to follow up, until the branch has saved its own text.
            measures: saved?.measures ?? outreachMeasuresDraft(outreach.current),
          },
          save: saved ? { state: 'saved', at: formatDateTime(saved.updatedAt) } : { state: 'idle' },
        };
      });
    })().catch((reason: unknown) => {
      if (!cancelled)
        setSession({
          id,
          loaded: { status: 'failed', message: `无法生成报告草稿：${messageOf(reason)}` },
          content: null,
          save: { state: 'idle' },
        });
    });
    return () => {
      cancelled = true;
      void flush();
    };
    // The period is keyed by `id`; a new object for the same period must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, rows, ledgerError, units, categories, env, settings.riskStalenessRules, flush]);

  const draftOf = useCallback(
    (c: ReportContent): ReportDraft => ({ kind: period.kind, periodKey: key, scopeKey, scopeName, ...c }),
    [period.kind, key, scopeKey, scopeName],
  );

  const setSave = useCallback((save: SaveState) => setSession((s) => (s && s.id === id ? { ...s, save } : s)), [id]);

  /** Applies a change and saves it once typing pauses. */
  const change = useCallback(
    (next: ReportContent) => {
      setSession((s) => (s && s.id === id ? { ...s, content: next, save: { state: 'saving' } } : s));
      if (pending.current) clearTimeout(pending.current.timer);
      const save = async () => {
        try {
          const at = now();
          const stored = await saveReportDraft(
            { ...draftOf(next), baseRevision: revisions.current.get(id) ?? null },
            at,
          );
          revisions.current.set(id, stored.revision ?? null);
          setSave({ state: 'saved', at: formatDateTime(toTimestamp(at)) });
        } catch (reason) {
          // Refused or failed, the typed text stays in the editor: only the message changes.
          setSave({
            state: 'failed',
            message: reason instanceof ReportDraftConflictError ? reason.message : `草稿保存失败：${messageOf(reason)}`,
          });
        }
      };
      const run = () => (saving.current = saving.current.then(save));
      const timer = setTimeout(() => {
        pending.current = null;
        void run();
      }, SAVE_DELAY_MS);
      pending.current = { timer, run };
    },
    [draftOf, id, setSave],
  );

  /** 出具 the report as shown, on the revision this tab saved last (refused like a save when another tab saved since). */
  const issue = useCallback(
    async (input: Omit<IssueReportInput, 'draft'>, content: ReportContent): Promise<ReportRecord> => {
      await flush();
      const record = await issueReport({
        ...input,
        draft: { ...draftOf(content), baseRevision: revisions.current.get(id) ?? null },
      });
      revisions.current.set(id, record.revision ?? null);
      return record;
    },
    [draftOf, flush, id],
  );

  // A report is an issued document: it is not drafted from rows the index failed to read or bring up to date.
  const current = session && session.id === id && !ledgerError ? session : null;
  const content = current?.content ?? null;
  const loaded: Loaded = ledgerError
    ? { status: 'failed', message: `无法生成报告草稿：${ledgerError}` }
    : (current?.loaded ?? { status: 'loading' });
  return {
    loaded,
    content,
    save: current?.save ?? ({ state: 'idle' } as SaveState),
    change,
    flush,
    issue,
  };
}
