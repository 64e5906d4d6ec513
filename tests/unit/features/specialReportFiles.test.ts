import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SpecialReportRecord } from '../../../renderer/src/domain/risk/types';
import { TEST_ADMIN } from '../db/helpers';

// The file reaches the machine through the platform API, which reads window.api when it loads: a saved file.
const saveFile = vi.fn(async (_request: { suggestedName: string; bytes: Uint8Array }) => ({
  saved: true,
  path: '/home/clerk/专报.docx',
}));
vi.stubGlobal('window', { api: { saveFile } });
const { saveRecordedReport } = await import('../../../renderer/src/features/risk/specialReportFiles');
const { getDb } = await import('../../../renderer/src/db/instance');
const { setActor } = await import('../../../renderer/src/db/session');

beforeAll(async () => {
  await getDb().open();
});
afterEach(() => setActor(getDb(), null));

const RECORD: SpecialReportRecord = {
  docNo: '曹矿信专报〔2026〕3号',
  sentOn: '2026-06-01',
  to: '公司办公室',
  issuedBy: '测试管理员',
  letter: {
    subject: '一号矿井36人赴京上访',
    sections: [{ heading: '基本情况', paragraphs: ['36人赴京上访。'] }],
    signer: '王志刚',
    issuer: '一号矿井信访办公室',
  },
};

describe('重新导出 a recorded 专报', () => {
  it('builds the file as printed, with its 文号 and day, and records the export on the trail', async () => {
    setActor(getDb(), TEST_ADMIN);
    const result = await saveRecordedReport(RECORD, 'emergencies');
    expect(result).toMatchObject({ saved: true });
    const request = saveFile.mock.calls.at(-1)?.[0];
    expect(request?.suggestedName).toBe('关于一号矿井36人赴京上访的重大风险专报（曹矿信专报〔2026〕3号）.docx');
    const xml = (await (await JSZip.loadAsync(request!.bytes)).file('word/document.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toBe(
      '曹矿信专报〔2026〕3号签发人：王志刚关于一号矿井36人赴京上访的重大风险专报公司办公室：一、基本情况36人赴京上访。特此报告。一号矿井信访办公室2026年6月1日',
    );
    const trail = await getDb().audit.toArray();
    expect(trail.at(-1)).toMatchObject({ action: 'export', entity: 'emergencies' });
    expect(trail.at(-1)?.summary).toBe('导出重大风险专报：曹矿信专报〔2026〕3号（/home/clerk/专报.docx）');
  });

  it('is refused for a 专报 recorded without what it printed', async () => {
    const { letter: _printed, ...bare } = RECORD;
    await expect(saveRecordedReport(bare, 'riskMatters')).rejects.toThrow('出具时未保存正文，无法重新导出');
  });
});

describe('issuing a 专报 whose file cannot be saved', () => {
  it('keeps the 专报 issued and hands the failure back with its 文号, so the dialog closes instead of issuing again', async () => {
    setActor(getDb(), TEST_ADMIN);
    const { registerRiskMatter } = await import('../../../renderer/src/db/riskLedger');
    const { issueAndSaveMatterReport } = await import('../../../renderer/src/features/risk/specialReportFiles');
    const { riskMatterInput } = await import('../domain/risk/fixtures');
    const matter = await registerRiskMatter(getDb(), riskMatterInput({ level: '重大' }), new Date(2026, 5, 1, 9));
    saveFile.mockRejectedValueOnce(new Error('文件正被另一个程序使用'));
    const texts = {
      subject: '供暖问题',
      to: '公司办公室',
      signer: '王志刚',
      assessment: '研判为重大风险',
      supplement: '',
    };
    const issued = await issueAndSaveMatterReport(
      matter,
      { units: [], categories: [] },
      {
        prefix: '信专报',
        texts,
        issuer: '信访办公室',
      },
    );
    expect(issued.result).toBeNull();
    expect(String(issued.saveError)).toContain('文件正被另一个程序使用');
    const stored = await getDb().riskMatters.get(matter.id);
    expect(stored?.specialReports?.map((r) => r.docNo)).toEqual([issued.docNo]);
  });
});
