import { errorText } from '../../db/errors';
import type { ImportResult } from '../../domain/import/importPlan';

/**
 * What 「确认导入」 did: the import (all rows or none) and, after it, whether what the clerk taught it (column
 * mappings, category and unit words) was kept. The two are told apart: once the rows are written the dialog must
 * show them as imported, with 撤销本次导入, even when keeping the words failed — saying 「没有写入任何数据」 then would
 * invite a second click that imports every row again.
 */
export type ConfirmOutcome =
  { imported: false; failure: string } | { imported: true; result: ImportResult; memoryFailure: string | null };

export async function importThenRemember(
  write: () => Promise<ImportResult>,
  remember: () => Promise<void>,
): Promise<ConfirmOutcome> {
  let result: ImportResult;
  try {
    result = await write();
  } catch (error) {
    return { imported: false, failure: `导入失败，没有写入任何数据：${errorText(error)}` };
  }
  try {
    await remember();
    return { imported: true, result, memoryFailure: null };
  } catch (error) {
    return { imported: true, result, memoryFailure: `已导入，但列对应关系和词语对应未能保存：${errorText(error)}` };
  }
}
