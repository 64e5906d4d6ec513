import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { readBackup } from '../../../renderer/src/db/backup/readBackup';
import { addAdministrator, testBackupKey, WITH_PASSWORD } from './backup/backupKey';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import {
  getReportDraft,
  issueReport,
  listIssuedReports,
  listReportVersions,
  reportCounterKey,
  saveReportDraft,
  type IssueReportInput,
  type ReportDraft,
} from '../../../renderer/src/db/reports';
import { scopeFromKey, scopeKey } from '../../../renderer/src/domain/statistics';
import { adminNamed, freshDb } from './helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

const NOW = new Date(2026, 6, 10, 9, 30);
const Q2: ReportDraft = {
  kind: 'quarter',
  periodKey: '2026-Q2',
  scopeKey: 'branch:一矿党支部',
  scopeName: '一矿党支部',
  paragraphs: {
    basic: ['本季度共接待来访7批次16人次。'],
    features: ['集体访1批次6人次。'],
    problems: [],
    handling: ['受理信访事项4件。'],
  },
  edited: ['features'],
  analysis: '工资分配问题集中。',
  measures: '加强排查化解。',
};

function issueInput(over: Partial<IssueReportInput> = {}): IssueReportInput {
  return {
    draft: Q2,
    prefix: null,
    year: 2026,
    build: async (docNo) => new TextEncoder().encode(`docx ${docNo ?? '无文号'}`),
    fileName: (docNo) => `报告${docNo ?? ''}.docx`,
    now: NOW,
    ...over,
  };
}

describe('report drafts', () => {
  it('one draft per kind, period and scope: saving again replaces it, and it reads back as typed', async () => {
    db = freshDb(adminNamed('王丽'));
    await saveReportDraft(db, { ...Q2, analysis: '工资' }, NOW);
    await saveReportDraft(db, Q2, new Date(2026, 6, 10, 9, 31));
    expect(await db.reports.count()).toBe(1);
    const draft = await getReportDraft(db, Q2);
    expect(draft).toMatchObject({
      status: 'draft',
      analysis: '工资分配问题集中。',
      measures: '加强排查化解。',
      edited: ['features'],
      updatedAt: '2026-07-10T09:31:00.000',
    });
    expect(draft?.paragraphs.basic).toEqual(['本季度共接待来访7批次16人次。']);
    expect(await getReportDraft(db, { ...Q2, scopeKey: 'all' })).toBeNull();
  });

  it('scope keys round-trip', () => {
    for (const scope of [
      { kind: 'all' },
      { kind: 'unitSubtree', unitId: 'k1' },
      { kind: 'branch', branch: '一矿党支部' },
    ] as const) {
      expect(scopeFromKey(scopeKey(scope))).toEqual(scope);
    }
  });
});

describe('issuing a report', () => {
  it('keeps the .docx with its date and issuer; without a prefix there is no 文号 and no counter moves', async () => {
    db = freshDb(adminNamed('王丽'));
    const record = await issueReport(db, issueInput());
    expect(record).toMatchObject({
      status: 'issued',
      version: 1,
      docNo: null,
      n: null,
      issuedAt: '2026-07-10T09:30:00.000',
      issuedBy: '王丽',
      fileName: '报告.docx',
    });
    expect(new TextDecoder().decode(record.bytes ?? new Uint8Array())).toBe('docx 无文号');
    expect(await db.settings.get(reportCounterKey(2026))).toBeUndefined();
    // The draft is stored as issued, so it reopens with the issued text.
    expect((await getReportDraft(db, Q2))?.analysis).toBe('工资分配问题集中。');
  });

  it('a later issue of the same quarter and scope is a new version; the earlier one stays as it was', async () => {
    db = freshDb(adminNamed('王丽'));
    const first = await issueReport(db, issueInput());
    const second = await issueReport(
      db,
      issueInput({ draft: { ...Q2, measures: '修改后的措施。' }, now: new Date(2026, 6, 11, 8, 0) }),
    );
    expect(second.version).toBe(2);
    expect(second.id).not.toBe(first.id);
    expect(await db.reports.get(first.id)).toEqual(first);
    expect((await listReportVersions(db, Q2)).map((r) => [r.version, r.measures])).toEqual([
      [2, '修改后的措施。'],
      [1, '加强排查化解。'],
    ]);
    await issueReport(db, issueInput({ draft: { ...Q2, periodKey: '2026-Q1' }, now: new Date(2026, 3, 8, 9, 0) }));
    await issueReport(db, issueInput({ draft: { ...Q2, scopeKey: 'all', scopeName: '' } }));
    expect((await listIssuedReports(db, Q2.scopeKey)).map((r) => `${r.periodKey} v${r.version}`)).toEqual([
      '2026-Q2 v2',
      '2026-Q2 v1',
      '2026-Q1 v1',
    ]);
  });

  it('with a prefix takes the next 文号 of the year, built into the file, with no gaps or repeats', async () => {
    db = freshDb(adminNamed('王丽'));
    const a = await issueReport(db, issueInput({ prefix: '信研' }));
    const b = await issueReport(db, issueInput({ prefix: '信研', draft: { ...Q2, scopeKey: 'all' } }));
    expect([a.docNo, b.docNo]).toEqual(['信研〔2026〕1号', '信研〔2026〕2号']);
    expect(new TextDecoder().decode(b.bytes ?? new Uint8Array())).toBe('docx 信研〔2026〕2号');
    expect(b.fileName).toBe('报告信研〔2026〕2号.docx');
    expect((await db.settings.get(reportCounterKey(2026)))?.value).toBe(2);
  });

  it('when another issue takes the number meanwhile, the report is rebuilt with the following one', async () => {
    db = freshDb(adminNamed('王丽'));
    let builds = 0;
    const record = await issueReport(
      db,
      issueInput({
        prefix: '信研',
        build: async (docNo) => {
          builds += 1;
          if (builds === 1) await db.settings.put({ key: reportCounterKey(2026), value: 1 });
          return new TextEncoder().encode(String(docNo));
        },
      }),
    );
    expect(builds).toBe(2);
    expect(record.docNo).toBe('信研〔2026〕2号');
  });

  it('refuses while 五 or 六 is empty, and a failed build writes nothing', async () => {
    db = freshDb(adminNamed('王丽'));
    await expect(issueReport(db, issueInput({ draft: { ...Q2, measures: '  ' } }))).rejects.toThrow(
      '请先填写六、下步工作措施',
    );
    await expect(
      issueReport(
        db,
        issueInput({
          prefix: '信研',
          build: async () => {
            throw new Error('打包失败');
          },
        }),
      ),
    ).rejects.toThrow('打包失败');
    expect(await db.reports.count()).toBe(0);
    expect(await db.settings.get(reportCounterKey(2026))).toBeUndefined();
  });

  it('an issued report and its draft survive a backup and restore', async () => {
    db = freshDb(adminNamed('王丽'));
    const issued = await issueReport(db, issueInput({ prefix: '信研' }));
    await addAdministrator(db);
    const file = (
      await exportBackup(db, { appVersion: '0.1.0', createdAt: '2026-07-10T10:00:00', key: await testBackupKey() })
    ).blob;
    await db.reports.clear();
    await restoreBackup(db, await readBackup(file, WITH_PASSWORD));
    expect(await db.reports.get(issued.id)).toEqual(issued);
    expect((await getReportDraft(db, Q2))?.measures).toBe('加强排查化解。');
  });
});
