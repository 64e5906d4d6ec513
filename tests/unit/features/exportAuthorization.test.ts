import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LedgerExportArgs } from '../../../renderer/src/features/export/exportLedger';
import type { StatisticsExportInput } from '../../../renderer/src/documents/excel/statisticsWorkbook';
import { actorAs } from '../db/helpers';

// The export modules reach the machine through the platform API, which reads window.api when it loads.
vi.stubGlobal('window', {});
const { exportLedger } = await import('../../../renderer/src/features/export/exportLedger');
const { exportStatistics } = await import('../../../renderer/src/features/export/exportStatistics');
const { getDb } = await import('../../../renderer/src/db/instance');
const { setActor } = await import('../../../renderer/src/db/session');

beforeAll(async () => {
  await getDb().open();
});
afterEach(() => setActor(getDb(), null));

const ledgerArgs = {
  rows: [],
  categories: [],
  units: [],
  includePersonalInfo: false,
  onProgress: () => undefined,
} as unknown as LedgerExportArgs;

describe('exporting to Excel is refused below the UI to a role without 导出Excel台账和统计', () => {
  it('a 接待员 cannot export the ledger or the statistics', async () => {
    setActor(getDb(), actorAs('receptionist'));
    await expect(exportLedger(ledgerArgs)).rejects.toMatchObject({ name: 'AccessDeniedError' });
    await expect(exportStatistics({} as StatisticsExportInput)).rejects.toMatchObject({ name: 'AccessDeniedError' });
  });

  it('nobody signed in cannot either', async () => {
    await expect(exportLedger(ledgerArgs)).rejects.toMatchObject({ name: 'AccessDeniedError' });
  });
});
