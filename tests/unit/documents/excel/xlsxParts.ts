import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** The written file read back as Excel would: a fresh exceljs workbook loaded from the bytes. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** Every XML part of the .xlsx concatenated: what "no ID number anywhere in the file" is checked against. */
export async function allXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.async('string')),
  );
  return parts.join('\n');
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`sheet ${name} missing; have ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

/** A row's values from column 1, as plain values (exceljs rows are 1-based sparse arrays). */
export function rowValues(worksheet: ExcelJS.Worksheet, row: number): unknown[] {
  const values = worksheet.getRow(row).values as unknown[];
  return values.slice(1);
}

/** The data rows below the header as objects keyed by the header texts. */
export function records(worksheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = rowValues(worksheet, 1) as string[];
  const result: Record<string, unknown>[] = [];
  for (let r = 2; r <= worksheet.rowCount; r++) {
    const values = rowValues(worksheet, r);
    result.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  }
  return result;
}
