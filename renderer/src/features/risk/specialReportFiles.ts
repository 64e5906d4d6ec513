import { toBytes } from '../../documents/gbStyle';
import { buildSpecialReport } from '../../documents/risk/specialReport';
import type { Emergency } from '../../domain/emergency/types';
import {
  recordedLetter,
  specialReportTitle,
  type SpecialReportLetter,
  type SpecialReportTexts,
} from '../../domain/risk/specialReport';
import { riskCategoryName } from '../../domain/risk/summary';
import type { RiskMatter, SpecialReportRecord } from '../../domain/risk/types';
import type { SaveFileResult } from '../../platform';
import { now } from '../../services/clock';
import { issueEmergencySpecialReport, issueMatterSpecialReport } from '../../services/data/risks';
import { nameIn, save, type LedgerNames } from './riskDocuments';

/**
 * 重大风险专报 as files (docs/domain.md §10): issued (numbered and recorded on what it reports, db/specialReports.ts)
 * then handed to the save dialog; a recorded 专报 exported again with its own 文号 when the first file was not kept.
 */

export interface SpecialReportRequest {
  /** 文号代字 of the 专报 series. */
  prefix: string;
  texts: SpecialReportTexts;
  /** 发文机关署名. */
  issuer: string;
}

/** A 专报 issued (numbered and recorded), and what became of its file: saved, cancelled, or why it failed. */
export interface IssuedFile {
  docNo: string;
  result: SaveFileResult | null;
  /** Why the file could not be written (e.g. the old copy is open in Word); the 专报 stays issued, 重新导出 saves it. */
  saveError: unknown;
}

/** Saves an issued 专报's file; a failure is handed back with the 文号, never lost, so the clerk cannot issue twice. */
async function saveIssued(docNo: string, saving: () => Promise<SaveFileResult>): Promise<IssuedFile> {
  try {
    return { docNo, result: await saving(), saveError: null };
  } catch (failed) {
    return { docNo, result: null, saveError: failed };
  }
}

const render = (letter: SpecialReportLetter) => toBytes(buildSpecialReport(letter));

type Reported = 'riskMatters' | 'emergencies';

function saveReport(record: SpecialReportRecord, subject: string, bytes: Uint8Array<ArrayBuffer>, entity: Reported) {
  return save(
    `${specialReportTitle(subject)}（${record.docNo}）.docx`,
    bytes,
    'docx',
    `导出重大风险专报：${record.docNo}`,
    entity,
  );
}

/** The unit and category names a matter's 专报 is drafted with. */
export const matterNames = (matter: RiskMatter, names: LedgerNames) => ({
  unit: nameIn(names.units)(matter.unitId) ?? '',
  category: riskCategoryName(matter, (id) => nameIn(names.categories)(id)),
});

/** 报送重大风险专报 of a 重大 matter. A 专报 recorded but not saved (cancelled, or failed) can be exported again. */
export async function issueAndSaveMatterReport(
  matter: RiskMatter,
  names: LedgerNames,
  request: SpecialReportRequest,
): Promise<IssuedFile> {
  const issued = await issueMatterSpecialReport(matter.id, matterNames(matter, names), {
    ...request,
    render,
    now: now(),
  });
  return saveIssued(issued.record.docNo, () =>
    saveReport(issued.record, request.texts.subject, issued.bytes, 'riskMatters'),
  );
}

/** 报送重大风险专报 of an emergency in 处置. */
export async function issueAndSaveEmergencyReport(
  emergency: Emergency,
  unitNames: readonly string[],
  request: SpecialReportRequest,
): Promise<IssuedFile> {
  const issued = await issueEmergencySpecialReport(emergency.id, unitNames, { ...request, render, now: now() });
  return saveIssued(issued.record.docNo, () =>
    saveReport(issued.record, request.texts.subject, issued.bytes, 'emergencies'),
  );
}

/** 重新导出: the recorded 专报 built again exactly as printed, with its 文号 and day. */
export async function saveRecordedReport(record: SpecialReportRecord, entity: Reported): Promise<SaveFileResult> {
  const letter = recordedLetter(record);
  if (!letter) throw new Error(`专报 ${record.docNo} 出具时未保存正文，无法重新导出`);
  return saveReport(record, letter.subject, await render(letter), entity);
}
