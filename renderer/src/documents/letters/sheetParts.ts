import type { Document } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { renderTemplate } from '../../domain/letterTemplates';
import { formTable, labelledPairRow, labelledRow, type FormRow } from '../formTable';
import { SIZES } from '../gbStyle';
import {
  disciplineAddresseeProblem,
  REDACTED,
  mustHideIdentity,
  sheetScrubber,
  type Confidentiality,
  type PersonDetails,
} from './confidentiality';
import { addresseeText, buildLetter, matterPhrase, type LetterHead } from './letterParts';

/** The case as the 交办单 and 督办单 describe it to the handling unit. */
export interface SheetCase extends LetterHead, Confidentiality {
  /** 承办单位: the unit the sheet is addressed to (主送). */
  unitName: string;
  /** 登记编号 */
  regNo: string;
  /** 'YYYY-MM-DD' (a longer moment is cut to its day). */
  receivedAt: string;
  /** The petitioners; the first is the contact person whose phone and address are printed. */
  petitioners: PersonDetails[];
  headcount: number;
  /** 反映的问题 as a short noun phrase. */
  matter: string;
  /** 反映问题摘要 */
  summary: string;
  /**
   * For a sheet to the accused unit: the matter told without anything that could identify the complainant,
   * printed in place of the summary. Without it the row reads （保密）.
   */
  summaryForAccused?: string;
  /** 包案领导 */
  leader: string;
  /** 办结期限 'YYYY-MM-DD' */
  dueDate: string;
  /** A 检举控告: the sheet may go to 纪检监察 only, never to the accused (buildSheet refuses). */
  accusation?: boolean;
  /** The units and people a 检举控告 accuses, by name. */
  accused?: readonly string[];
}

/** What a sheet prints about the petitioner, already hidden where Art. 30 requires it. */
export interface SheetView {
  /** The identity must not reach the addressee (confidential 检举控告 sent to the accused unit). */
  hidden: boolean;
  names: string;
  phone: string;
  address: string;
  summary: string;
  /** Hides the petitioner in a text; buildSheet runs every value on the sheet through it. */
  scrub: (text: string) => string;
}

function sheetView(data: SheetCase): SheetView {
  const hidden = mustHideIdentity(data);
  const contact = data.petitioners[0];
  return {
    hidden,
    names: hidden ? REDACTED : addresseeText({ names: data.petitioners.map((p) => p.name), headcount: data.headcount }),
    phone: hidden ? REDACTED : (contact?.phone ?? ''),
    address: hidden ? REDACTED : (contact?.address ?? ''),
    summary: hidden ? data.summaryForAccused?.trim() || REDACTED : data.summary,
    scrub: hidden ? sheetScrubber(data.petitioners) : (text) => text,
  };
}

/** Sheets are set in 小四 like the 登记表, so a whole sheet fits one page. */
const SHEET_SIZE = SIZES.xiaosi;
/** Label column: four 小四 characters and the cell margins. */
const LABEL = 1200;
/** Row height for text written at length, or by hand: lines of 小四 at the 1.5 spacing formTable sets. */
const LINES = (n: number) => n * SHEET_SIZE * 15 + 120;

/** A label and its value across the sheet; `minLines` makes room for long or handwritten text. */
export function fullRow(label: string, value: string, minLines?: number): FormRow {
  return labelledRow(label, value, LABEL, minLines ? { minHeight: LINES(minLines), canSplit: true } : {});
}

export function pairRow(label1: string, value1: string, label2: string, value2: string): FormRow {
  return labelledPairRow(label1, value1, label2, value2, LABEL);
}

export interface SheetLayout<T extends SheetCase> {
  data: T;
  template: { title: string; body: string; feedback: string };
  /** Placeholder values of this kind, beside the case's own. */
  values: Record<string, string>;
  /** The rows above 反馈要求, which buildSheet adds last. */
  rows: (view: SheetView) => FormRow[];
}

/**
 * A sheet: 文号, title, the unit as 主送, the template's lead-in, the form table ending in 反馈要求, then issuer and
 * date. The lead-in and every value cell pass through the view's scrubber, so no text typed anywhere can carry a
 * hidden identity to the accused unit.
 */
export function buildSheet<T extends SheetCase>({ data, template, values, rows }: SheetLayout<T>): Document {
  if (data.accusation) {
    const problem = disciplineAddresseeProblem(data.unitName, data.accused ?? [], data.addresseeIsAccused);
    if (problem) throw new Error(problem);
  }
  const view = sheetView(data);
  const allValues = {
    信访人: view.names,
    登记编号: data.regNo,
    收到日期: formatChineseDate(data.receivedAt),
    反映问题: matterPhrase(data.matter),
    承办单位: data.unitName,
    包案领导: data.leader,
    办理期限: formatChineseDate(data.dueDate),
    ...values,
  };
  // The last row keeps with the signature, so the seal never stands alone on a page.
  const feedback = { ...fullRow('反馈要求', renderTemplate(template.feedback, allValues)), keepWithNext: true };
  const sheetRows = [...rows(view), feedback].map((row) => ({
    ...row,
    cells: row.cells.map((cell) => (cell.label ? cell : { ...cell, text: view.scrub(cell.text) })),
  }));
  return buildLetter({
    head: data,
    title: template.title,
    addressee: data.unitName,
    text: view.scrub(renderTemplate(template.body, allValues)),
    after: [formTable(sheetRows, SHEET_SIZE)],
  });
}
