import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  getReportDraft,
  ReportDraftConflictError,
  saveReportDraft,
  type ReportDraft,
} from '../../../renderer/src/db/reports';
import { DRAFTED_SECTIONS, type DraftedParagraphs } from '../../../renderer/src/domain/reportDraft';
import { adminNamed, freshDb } from './helpers';

const NOW = new Date(2026, 6, 10, 9, 30);
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const paragraphs = Object.fromEntries(DRAFTED_SECTIONS.map((s) => [s, []])) as unknown as DraftedParagraphs;
const Q2 = {
  kind: 'quarter',
  periodKey: '2026-Q2',
  scopeKey: 'all',
  scopeName: '',
  paragraphs,
  edited: [],
  analysis: '',
  measures: '',
} satisfies ReportDraft;

let db: DeskDatabase;
afterEach(() => db.close());

describe('a report draft edited in two tabs', () => {
  it('refuses the save of the tab that loaded an older draft with 「已被他人修改」, keeping the newer one', async () => {
    db = freshDb(adminNamed('王丽'));
    const opened = await saveReportDraft(db, { ...Q2, analysis: '初稿', baseRevision: null }, NOW);
    // Both tabs opened the same draft; the first saves, then the second.
    const first = await saveReportDraft(
      db,
      { ...Q2, analysis: '甲窗口的分析', baseRevision: opened.revision },
      later(1),
    );
    const error = await saveReportDraft(
      db,
      { ...Q2, analysis: '乙窗口的分析', baseRevision: opened.revision },
      later(2),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportDraftConflictError);
    expect((error as Error).message).toContain('已被他人修改');
    expect(await getReportDraft(db, Q2)).toMatchObject({ analysis: '甲窗口的分析', revision: first.revision });
  });

  it('refuses a first save when another tab created the draft meanwhile', async () => {
    db = freshDb(adminNamed('王丽'));
    await saveReportDraft(db, { ...Q2, analysis: '甲窗口', baseRevision: null }, NOW);
    await expect(saveReportDraft(db, { ...Q2, analysis: '乙窗口', baseRevision: null }, later(1))).rejects.toThrow(
      '已被他人修改',
    );
  });

  it('lets one tab save again and again on the revision each save returns', async () => {
    db = freshDb(adminNamed('王丽'));
    let revision: number | null = null;
    for (const [i, text] of ['一', '一二', '一二三'].entries())
      revision =
        (await saveReportDraft(db, { ...Q2, analysis: text, baseRevision: revision }, later(i))).revision ?? null;
    expect(await getReportDraft(db, Q2)).toMatchObject({ analysis: '一二三', revision: 3 });
  });
});
