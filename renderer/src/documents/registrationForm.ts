import { shownPhone } from '../domain/idNumber';
import { AlignmentType, LineRuleType, Paragraph, Tab, TabStopType, TextRun, type Document } from 'docx';
import { detailCategoryPath, type PetitionDetail } from '../domain/petitionDetail';
import { formatChineseDate, formatChineseDateTime } from '../domain/dates';
import {
  CHANNEL_LABELS,
  FLAG_LABELS,
  type Channel,
  type Gender,
  type IdentityType,
  type Nature,
  type PetitionFlags,
  type Unit,
} from '../domain/types';
import { formTables, type FormRow } from './formTable';
import { BODY_LINE, FONTS, SIZES, TEXT_WIDTH, createGbDocument, fontOf, run, title } from './gbStyle';

/** One person on the printed form. The visitor signs the form, so it carries the full ID number. */
export interface RegistrationFormPetitioner {
  name: string;
  gender: Gender | null;
  idNumber: string;
  phone: string;
  address: string;
  identityType: IdentityType | null;
  unitName: string;
}

/** Everything the printed 信访登记表 shows, already resolved to text (no ids). */
export interface RegistrationFormData {
  /** 登记单位: the office's organisation name from the settings. */
  orgName: string;
  regNo: string;
  channel: Channel;
  /** 'YYYY-MM-DDTHH:mm' */
  receivedAt: string;
  petitioners: RegistrationFormPetitioner[];
  headcount: number;
  /** Names of the 代表 of a group visit. */
  representatives: string[];
  /** '工资福利 / 拖欠工资' */
  categoryPath: string;
  nature: Nature;
  involvedUnitName: string;
  summary: string;
  demands: string;
  receivingOfficer: string;
  /** Flag labels: 集体访, 越级访, 重复访 ... */
  flags: string[];
  /** 'YYYY-MM-DDTHH:mm' */
  printedAt: string;
}

/** Column widths in twips; each row adds up to TEXT_WIDTH (8845). */
const LABEL = 1300;
const LEFT_VALUE = Math.floor((TEXT_WIDTH - 2 * LABEL) / 2);
const RIGHT_VALUE = TEXT_WIDTH - 2 * LABEL - LEFT_VALUE;
/**
 * Sized so a four-character name, an 18-digit ID number (108 pt in 小四) and a phone never wrap; the address takes
 * the rest.
 */
const PERSON_COLUMNS = [
  { header: '姓名', width: 1160 },
  { header: '性别', width: 660 },
  { header: '身份证号', width: 2400 },
  { header: '联系电话', width: 1600 },
  { header: '住址', width: TEXT_WIDTH - 1160 - 660 - 2400 - 1600 - 1360 },
  { header: '身份', width: 1360 },
] as const;
/** The whole table is 小四: the time, ID numbers and phones fit their cells on one line. */
const TABLE_SIZE = SIZES.xiaosi;
/** Tall rows leave room for the summary and demands: five and three lines of 小四 text. */
const TABLE_LINE = TABLE_SIZE * 15;
const SUMMARY_HEIGHT = 5 * TABLE_LINE + 120;
const DEMANDS_HEIGHT = 3 * TABLE_LINE + 120;

function fullRow(label: string, value: string, extra: Partial<FormRow> = {}): FormRow {
  return {
    cells: [
      { text: label, width: LABEL, label: true },
      { text: value, width: TEXT_WIDTH - LABEL },
    ],
    ...extra,
  };
}

function pairRow(label1: string, value1: string, label2: string, value2: string): FormRow {
  return {
    cells: [
      { text: label1, width: LABEL, label: true },
      { text: value1, width: LEFT_VALUE },
      { text: label2, width: LABEL, label: true },
      { text: value2, width: RIGHT_VALUE },
    ],
  };
}

/** The 信访人 list: its caption and column headings repeat on every page it runs onto. */
function petitionerRows(petitioners: readonly RegistrationFormPetitioner[]): FormRow[] {
  const header: FormRow = {
    cells: PERSON_COLUMNS.map((column) => ({ text: column.header, width: column.width, label: true })),
    header: true,
  };
  const people = petitioners.map<FormRow>((p) => {
    const identity = [p.identityType ?? '', p.unitName].filter(Boolean).join('\n');
    const values = [p.name, p.gender ?? '', p.idNumber, p.phone, p.address, identity];
    return { cells: PERSON_COLUMNS.map((column, i) => ({ text: values[i] ?? '', width: column.width })) };
  });
  return [
    { cells: [{ text: '信访人', width: TEXT_WIDTH, label: true }], header: true, keepWithNext: true },
    { ...header, keepWithNext: true },
    ...people,
  ];
}

/** 登记编号 on the left, 登记日期 flush right, on one line under the title. */
function numberAndDateLine(regNo: string, receivedAt: string): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, after: 120 },
    children: [
      run(`登记编号：${regNo}`, { size: SIZES.sihao }),
      new TextRun({ children: [new Tab()] }),
      run(`登记日期：${formatChineseDate(receivedAt)}`, { size: SIZES.sihao }),
    ],
  });
}

/** 「信访人签字：＿＿＿＿ 日期：   年  月  日」, the blanks underlined for handwriting. */
function signatureLine(who: string, keepWithNext: boolean): Paragraph {
  const blank = (chars: number) =>
    new TextRun({ text: '\u3000'.repeat(chars), underline: {}, font: fontOf(FONTS.body) });
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { line: BODY_LINE * 1.5, lineRule: LineRuleType.EXACT },
    keepNext: keepWithNext,
    children: [run(`${who}签字：`), blank(8), run('\u3000日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日')],
  });
}

/**
 * The 登记表's form in three parts: the facts, the 信访人 list and the 信访事项 (the captions and headings of the last
 * two repeat on a second page); the 案卷 prints the same parts.
 */
export function registrationTableParts(data: RegistrationFormData): FormRow[][] {
  return [
    [
      fullRow('登记单位', data.orgName),
      pairRow('信访方式', CHANNEL_LABELS[data.channel], '信访时间', formatChineseDateTime(data.receivedAt)),
      pairRow('信访人数', `${data.headcount}人`, '代表人', data.representatives.join('、')),
      pairRow('问题类别', data.categoryPath, '信访性质', data.nature),
      {
        ...pairRow('涉及单位', data.involvedUnitName, '标记', data.flags.length > 0 ? data.flags.join('、') : '无'),
        keepWithNext: true,
      },
    ],
    petitionerRows(data.petitioners),
    [
      // A caption like the 信访人 list's: the summary may run onto a second page, and the caption goes with it.
      { cells: [{ text: '信访事项', width: TEXT_WIDTH, label: true }], header: true, keepWithNext: true },
      fullRow('反映问题\n摘要', data.summary, { minHeight: SUMMARY_HEIGHT, canSplit: true }),
      fullRow('诉求', data.demands, { minHeight: DEMANDS_HEIGHT, canSplit: true }),
      {
        ...pairRow('接待人', data.receivingOfficer, '打印时间', formatChineseDateTime(data.printedAt)),
        keepWithNext: true,
      },
    ],
  ];
}

/** The printed 信访登记表 for one registration: the visitor checks and signs it at the desk. */
export function buildRegistrationForm(data: RegistrationFormData): Document {
  return createGbDocument({
    title: `信访登记表 ${data.regNo}`,
    description: `${data.orgName}信访登记表`,
    children: [
      title('信访登记表'),
      numberAndDateLine(data.regNo, data.receivedAt),
      ...formTables(registrationTableParts(data), TABLE_SIZE),
      // The last table row, this spacer and the first signature line keep with what follows, so the signatures
      // never start a page on their own.
      new Paragraph({ spacing: { line: BODY_LINE / 2, lineRule: LineRuleType.EXACT }, keepNext: true, children: [] }),
      signatureLine('信访人', true),
      signatureLine('接待人', false),
    ],
  });
}

/** What the form needs besides the petition itself. */
export interface RegistrationFormLookups {
  orgName: string;
  /** The unit tree, to name each petitioner's unit. */
  units: readonly Unit[];
  /** 'YYYY-MM-DDTHH:mm' of the print, from the app's clock. */
  printedAt: string;
}

/** Maps a stored petition (getPetitionDetail) to the form's data. */
export function registrationFormFromDetail(
  detail: PetitionDetail,
  lookups: RegistrationFormLookups,
): RegistrationFormData {
  const { petition } = detail;
  const unitNames = new Map(lookups.units.map((unit) => [unit.id, unit.name]));
  const names = new Map(detail.petitioners.map((p) => [p.id, p.name]));
  const flags = (Object.keys(FLAG_LABELS) as (keyof PetitionFlags)[])
    .filter((key) => petition.flags[key])
    .map((key) => FLAG_LABELS[key]);
  // 重复访 is a linked reception, not a stored flag (docs/domain.md §4), but the form shows it with the others.
  if (petition.receptionCount > 1) flags.push('重复访');
  return {
    orgName: lookups.orgName,
    regNo: petition.regNo,
    channel: petition.channel,
    receivedAt: petition.receivedAt,
    petitioners: detail.petitioners.map((p) => ({
      name: p.name,
      gender: p.gender,
      idNumber: p.idNumber,
      phone: shownPhone(p),
      address: p.address,
      identityType: p.identityType,
      unitName: p.unitId ? (unitNames.get(p.unitId) ?? '') : '',
    })),
    headcount: petition.headcount,
    representatives: petition.representativeIds.map((id) => names.get(id) ?? '').filter(Boolean),
    categoryPath: detailCategoryPath(detail),
    nature: petition.nature,
    involvedUnitName: detail.unit?.name ?? '',
    summary: petition.summary,
    demands: petition.demands,
    receivingOfficer: petition.receivingOfficer,
    flags,
    printedAt: lookups.printedAt,
  };
}
