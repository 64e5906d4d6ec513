import type { Settings } from '../../domain/defaults';
import { toLocalDate, toLocalDateTime } from '../../domain/dates';
import type { Emergency } from '../../domain/emergency/types';
import type { Unit } from '../../domain/types';
import { platform, type SaveFileResult } from '../../platform';
import { now } from '../../services/clock';
import { recordSavedFile } from '../../services/data/audit';
import { safeFileName } from '../../ui/fileName';

/** The names of the units an event involves, in its order; a unit deleted since is named as such. */
export const emergencyUnitNames = (emergency: Pick<Emergency, 'unitIds'>, units: readonly Unit[]): string[] =>
  emergency.unitIds.map((id) => units.find((u) => u.id === id)?.name ?? '（已删除的单位）');

/**
 * 导出处置情况报告: built in the renderer from the event as recorded, sent up to the office's 主送机关 (the same one the
 * 研判分析报告 goes to, settings) under the office's name, dated today; saved where the clerk chooses (a download in
 * the browser), and the export recorded on the audit trail.
 */
export async function exportEmergencyReport(
  emergency: Emergency,
  units: readonly Unit[],
  settings: Pick<Settings, 'orgName' | 'reportAddressee'>,
): Promise<SaveFileResult> {
  const unitNames = emergencyUnitNames(emergency, units);
  const data = {
    emergency,
    unitNames,
    addressee: settings.reportAddressee,
    issuer: settings.orgName,
    date: toLocalDate(now()),
    at: toLocalDateTime(now()),
  };
  // Loaded on first export, as the letters are: docx stays out of the app's start-up bundle.
  const [{ buildEmergencyReport, emergencyReportTitle }, { toBytes }] = await Promise.all([
    import('../../documents/emergency/emergencyReport'),
    import('../../documents/gbStyle'),
  ]);
  const bytes = await toBytes(buildEmergencyReport(data));
  const title = emergencyReportTitle(data);
  const result = await platform.saveFile({
    suggestedName: safeFileName(`${title}（${emergency.reportedAt.slice(0, 10)}）.docx`),
    bytes,
    filters: [{ name: 'Word 文档', extensions: ['docx'] }],
  });
  // Every file that leaves the desk is on the audit trail (docs/security.md), as the screening ledger's documents are.
  if (result.saved)
    await recordSavedFile(
      { action: 'export', entity: 'emergencies', summary: `导出${title}（${result.path}）` },
      now(),
    );
  return result;
}
