import { AlignmentType, LineRuleType, PageBreak, Paragraph, type Document, type FileChild } from 'docx';
import type { PetitionDetail } from '../db/petitions';
import { formatChineseDate, formatDateTime } from '../domain/dates';
import { CONFIDENTIAL_PLACEHOLDER } from '../domain/access/confidential';
import { DOC_KINDS } from '../domain/docNo';
import { maskIdNumber, maskPhone } from '../domain/idNumber';
import { CHANNEL_LABELS, FLAG_LABELS, PETITION_STATUSES, type IssuedDocument, type PetitionFlags, type Unit } from '../domain/types';
import { formTable, type FormRow } from './formTable';
import { BODY_LINE, SIZES, TEXT_WIDTH, body, createGbDocument, heading1, run, title } from './gbStyle';
import { registrationFormFromDetail, registrationTableRows, type RegistrationFormData } from './registrationForm';

/**
 * 案卷: the whole case in one file for the archive — a cover, the registration (the 登记表's rows), every reception,
 * the timeline and the register of issued letters. It stays in the office and is not signed, so ID numbers and
 * phones are masked as the lists show them (DOMAIN.md §11); the signed 登记表 and the letters carry the full data.
 */

export interface CaseFileReception {
  receivedAt: string;
  channel: string;
  headcount: number;
  names: string;
  receivingOfficer: string;
  /** 重复访, flags and the clerk's note. */
  remarks: string;
}

export interface CaseFileEvent {
  at: string;
  actor: string;
  text: string;
}

export interface CaseFileDocument {
  label: string;
  docNo: string;
  version: number;
  issuedAt: string;
  issuedBy: string;
}

export interface CaseFileData {
  orgName: string;
  regNo: string;
  status: string;
  /** The people as the cover names them: 「王建国、李桂兰等6人」. */
  petitioners: string;
  summary: string;
  registration: RegistrationFormData;
  receptions: CaseFileReception[];
  events: CaseFileEvent[];
  documents: CaseFileDocument[];
  /** 'YYYY-MM-DDTHH:mm' */
  printedAt: string;
}

export interface CaseFileLookups {
  orgName: string;
  units: readonly Unit[];
  documents: readonly IssuedDocument[];
  /** 'YYYY-MM-DDTHH:mm' from the app clock. */
  printedAt: string;
}

const NAMES_ON_COVER = 3;

/** Masked as the lists show it; empty, or （保密） for a person hidden from the account (保密), as it is. */
const masked = (value: string, mask: (s: string) => string) => (!value || value === CONFIDENTIAL_PLACEHOLDER ? value : mask(value));

function flagText(flags: PetitionFlags): string[] {
  return (Object.keys(FLAG_LABELS) as (keyof PetitionFlags)[]).filter((key) => flags[key]).map((key) => FLAG_LABELS[key]);
}

/** The stored case (getPetitionDetail) and its letters as the 案卷 prints them. */
export function caseFileFromDetail(detail: PetitionDetail, lookups: CaseFileLookups): CaseFileData {
  const { petition } = detail;
  const registration = registrationFormFromDetail(detail, lookups);
  const names = new Map(detail.petitioners.map((p) => [p.id, p.name]));
  const everyone = detail.petitioners.map((p) => p.name);
  const total = Math.max(petition.headcount, everyone.length);
  return {
    orgName: lookups.orgName,
    regNo: petition.regNo,
    status: PETITION_STATUSES[petition.status],
    petitioners: everyone.slice(0, NAMES_ON_COVER).join('、') + (total > Math.min(everyone.length, NAMES_ON_COVER) ? `等${total}人` : ''),
    summary: petition.summary,
    registration: {
      ...registration,
      petitioners: registration.petitioners.map((p) => ({ ...p, idNumber: masked(p.idNumber, maskIdNumber), phone: masked(p.phone, maskPhone) })),
    },
    receptions: detail.receptions.map((r) => ({
      receivedAt: r.receivedAt,
      channel: CHANNEL_LABELS[r.channel],
      headcount: r.headcount,
      names: r.petitionerIds.map((id) => names.get(id) ?? '').filter(Boolean).join('、'),
      receivingOfficer: r.receivingOfficer,
      remarks: [r.isRepeat ? '重复访' : '', ...flagText(r.flags), r.note.trim()].filter(Boolean).join('；'),
    })),
    events: detail.events.map((e) => ({ at: e.at, actor: e.actor, text: e.text })),
    documents: lookups.documents.map((d) => ({ label: DOC_KINDS[d.kind].label, docNo: d.docNo ?? '—', version: d.version, issuedAt: d.issuedAt, issuedBy: d.issuedBy })),
    printedAt: lookups.printedAt,
  };
}

/** The lists are set in 小四, like the 登记表. */
const TABLE_SIZE = SIZES.xiaosi;
/** '2026-05-25 09:30' on one line of 小四: 16 half-width characters and the cell margins. */
const TIME_COLUMN = 2100;

/** A table with a header row; `widths` are the columns in twips and add up to TEXT_WIDTH. */
function listTable(headers: readonly string[], widths: readonly number[], rows: readonly (readonly string[])[]): FileChild {
  const line = (texts: readonly string[], label: boolean): FormRow => ({
    cells: texts.map((text, i) => ({ text, width: widths[i] ?? 0, label })),
    canSplit: true,
  });
  if (rows.length === 0) return body('无。');
  return formTable([line(headers, true), ...rows.map((r) => line(r, false))], TABLE_SIZE);
}

/** Column widths that fill the text block, the last column taking what the others leave. */
function columns(...fixed: number[]): number[] {
  return [...fixed, TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0)];
}

function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

function coverLine(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { line: BODY_LINE * 1.5, lineRule: LineRuleType.EXACT },
    indent: { left: 1280 },
    children: [run(`${label}：`, { font: '黑体' }), run(value)],
  });
}

function cover(data: CaseFileData): FileChild[] {
  return [
    new Paragraph({ spacing: { before: BODY_LINE * 4 }, children: [] }),
    title('信访事项案卷'),
    new Paragraph({ spacing: { after: BODY_LINE * 2 }, alignment: AlignmentType.CENTER, children: [run(data.orgName)] }),
    coverLine('登记编号', data.regNo),
    coverLine('信 访 人', data.petitioners),
    coverLine('办理状态', data.status),
    coverLine('接待次数', `${data.receptions.length}次`),
    coverLine('办理记录', `${data.events.length}条`),
    coverLine('出具文书', `${data.documents.length}份`),
    coverLine('打印日期', formatChineseDate(data.printedAt)),
  ];
}

export function buildCaseFile(data: CaseFileData): Document {
  return createGbDocument({
    title: `信访事项案卷 ${data.regNo}`,
    description: `${data.orgName}信访事项案卷`,
    children: [
      ...cover(data),
      pageBreak(),
      heading1('一、登记信息'),
      formTable(registrationTableRows(data.registration), TABLE_SIZE),
      heading1('二、接待记录'),
      listTable(
        ['序号', '接待时间', '方式', '人数', '信访人', '接待人', '备注'],
        columns(600, TIME_COLUMN, 1000, 600, 1700, 1000),
        data.receptions.map((r, i) => [String(i + 1), formatDateTime(r.receivedAt), r.channel, String(r.headcount), r.names, r.receivingOfficer, r.remarks]),
      ),
      heading1('三、办理记录'),
      listTable(['时间', '办理人', '办理情况'], columns(TIME_COLUMN, 1100), data.events.map((e) => [formatDateTime(e.at), e.actor, e.text])),
      heading1('四、文书目录'),
      listTable(
        ['文书', '文号', '版本', '出具日期', '出具人'],
        columns(2400, 2600, 700, 1800),
        data.documents.map((d) => [d.label, d.docNo, `第${d.version}版`, formatChineseDate(d.issuedAt), d.issuedBy]),
      ),
    ],
  });
}
