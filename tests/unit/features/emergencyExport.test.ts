import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_ADMIN } from '../db/helpers';
import { readyToClose } from '../domain/emergency/fixtures';

// The export reaches the machine through the platform API, which reads window.api when it loads: a saved file.
vi.stubGlobal('window', {
  api: { saveFile: vi.fn(async () => ({ saved: true, path: '/home/clerk/处置情况报告.docx' })) },
});
const { exportEmergencyReport } = await import('../../../renderer/src/features/emergency/exportReport');
const { getDb } = await import('../../../renderer/src/db/instance');
const { setActor } = await import('../../../renderer/src/db/session');

beforeAll(async () => {
  await getDb().open();
});
afterEach(() => setActor(getDb(), null));

describe('导出处置情况报告', () => {
  it('records the export on the audit trail once the file is saved', async () => {
    setActor(getDb(), TEST_ADMIN);
    const result = await exportEmergencyReport(readyToClose({ status: '已结束', closedAt: '2026-06-01T18:40' }), [], {
      orgName: '某煤业集团有限公司信访办公室',
      reportAddressee: '公司党委',
    });
    expect(result).toMatchObject({ saved: true });
    const records = await getDb().audit.toArray();
    expect(records.at(-1)).toMatchObject({ action: 'export', entity: 'emergencies' });
    expect(records.at(-1)?.summary).toContain('处置情况的报告（/home/clerk/处置情况报告.docx）');
  });
});
