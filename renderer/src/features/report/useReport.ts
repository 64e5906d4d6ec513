import { useCallback, useEffect, useRef, useState } from 'react';
import { now } from '../../app/clock';
import { useReferenceData } from '../../app/ReferenceData';
import { useCaseEnvironment } from '../../app/useCaseEnvironment';
import { getDb } from '../../db/instance';
import { loadReportRecords, petitionerNamesOf } from '../../db/reportRecords';
import { getReportDraft, saveReportDraft, type ReportDraft } from '../../db/reports';
import { scopeFromKey } from '../../domain/statistics';
import { toLocalDate, formatDateTime, toTimestamp } from '../../domain/dates';
import { draftParagraphs } from '../../documents/report/draft';
import { reportFigures } from '../../documents/report/figures';
import { countedWindow, periodKey, statPeriodOf } from '../../documents/report/period';
import { chooseTypicalCases, describeTypicalCases } from '../../documents/report/typicalCases';
import { DRAFTED_SECTIONS, type DraftedParagraphs, type DraftedSection, type ReportFigures, type ReportPeriod } from '../../documents/report/types';

/** Typing pauses this long before the draft is saved. */
const SAVE_DELAY_MS = 600;

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; message: string };

export interface ReportContent {
  paragraphs: DraftedParagraphs;
  edited: DraftedSection[];
  analysis: string;
  measures: string;
}

type Loaded = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; figures: ReportFigures; drafted: DraftedParagraphs };

const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/**
 * The report being written for a period and scope: the figures and sections 一–四 drafted from the stored records,
 * the branch's saved draft laid over them (sections it edited keep its text, the others follow the data), and an
 * autosave that stores the draft a moment after each change.
 */
export function useReport(period: ReportPeriod, scopeKey: string, scopeName: string) {
  const { units, categories } = useReferenceData();
  const env = useCaseEnvironment();
  const key = periodKey(period);
  const id = `${period.kind}|${key}|${scopeKey}`;
  // Keyed by what was loaded, so a new period or scope reads as loading until its own draft arrives.
  const [session, setSession] = useState<{ id: string; loaded: Loaded; content: ReportContent | null; save: SaveState } | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; run: () => Promise<void> } | null>(null);

  const flush = useCallback(async () => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    await job.run();
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const db = getDb();
      const records = await loadReportRecords(db, countedWindow(period));
      const scope = scopeFromKey(scopeKey);
      const figures = reportFigures({ ...records, units, categories, env }, period, scope, toLocalDate(now()));
      const chosen = chooseTypicalCases(records.candidates, { period: statPeriodOf(period), scope, units, categories, topCategories: figures.current.topCategories });
      const cases = describeTypicalCases(chosen, await petitionerNamesOf(db, chosen), units);
      const drafted = draftParagraphs(figures, cases);
      const saved = await getReportDraft(db, { kind: period.kind, periodKey: key, scopeKey });
      if (cancelled) return;
      const edited = saved?.edited ?? [];
      const paragraphs = Object.fromEntries(DRAFTED_SECTIONS.map((s) => [s, edited.includes(s) && saved ? saved.paragraphs[s] : drafted[s]])) as DraftedParagraphs;
      setSession({
        id,
        loaded: { status: 'ready', figures, drafted },
        content: { paragraphs, edited, analysis: saved?.analysis ?? '', measures: saved?.measures ?? '' },
        save: saved ? { state: 'saved', at: formatDateTime(saved.updatedAt) } : { state: 'idle' },
      });
    })().catch((reason: unknown) => {
      if (!cancelled) setSession({ id, loaded: { status: 'failed', message: `无法生成报告草稿：${messageOf(reason)}` }, content: null, save: { state: 'idle' } });
    });
    return () => {
      cancelled = true;
      void flush();
    };
    // The period is keyed by `id`; a new object for the same period must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, units, categories, env, flush]);

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
      const run = async () => {
        try {
          const at = now();
          await saveReportDraft(getDb(), draftOf(next), at);
          setSave({ state: 'saved', at: formatDateTime(toTimestamp(at)) });
        } catch (reason) {
          setSave({ state: 'failed', message: `草稿保存失败：${messageOf(reason)}` });
        }
      };
      const timer = setTimeout(() => {
        pending.current = null;
        void run();
      }, SAVE_DELAY_MS);
      pending.current = { timer, run };
    },
    [draftOf, id, setSave],
  );

  const current = session && session.id === id ? session : null;
  const content = current?.content ?? null;
  return {
    loaded: current?.loaded ?? ({ status: 'loading' } as Loaded),
    content,
    save: current?.save ?? ({ state: 'idle' } as SaveState),
    change,
    flush,
    draft: content ? draftOf(content) : null,
  };
}
