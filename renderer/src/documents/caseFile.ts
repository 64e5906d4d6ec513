import { AlignmentType, LineRuleType, Paragraph, type Document, type FileChild } from 'docx';
import type { PetitionDetail } from '../domain/petitionDetail';
import { formatChineseDate, formatChineseDateTime } from '../domain/dates';
import { CONFIDENTIAL_PLACEHOLDER } from '../domain/access/confidential';
import { DOC_KINDS } from '../domain/docNo';
import { maskIdNumber, maskPhone, normalizePhone } from '../domain/idNumber';
import {
  CHANNEL_LABELS,
  FLAG_LABELS,
  PETITION_STATUSES,
  type IssuedDocument,
  type PetitionFlags,
  type Unit,
} from '../domain/types';
import { formTables, listTable, type ListColumn } from './formTable';
import { BODY_LINE, FONTS, SIZES, body, createGbDocument, heading1, run, title } from './gbStyle';
import { registrationFormFromDetail, registrationTableParts, type RegistrationFormData } from './registrationForm';

/**
 * 案卷: the whole case in one file for the archive — a cover, the registration (the 登记表's rows), every reception,
 * the timeline and the register of issued letters. It stays in the office and is not signed, so ID numbers and
 * phones are masked as the lists show them (docs/domain.md §11); the signed 登记表 and the letters carry the full data.
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
const masked = (value: string, mask: (s: string) => string) =>
  !value || value === CONFIDENTIAL_PLACEHOLDER ? value : mask(value);

function flagText(flags: PetitionFlags): string[] {
  return (Object.keys(FLAG_LABELS) as (keyof PetitionFlags)[])
    .filter((key) => flags[key])
    .map((key) => FLAG_LABELS[key]);
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
    petitioners:
      everyone.slice(0, NAMES_ON_COVER).join('、') +
      (total > Math.min(everyone.length, NAMES_ON_COVER) ? `等${total}人` : ''),
    summary: petition.summary,
    registration: {
      ...registration,
      petitioners: registration.petitioners.map((p) => ({
        ...p,
        idNumber: masked(p.idNumber, maskIdNumber),
        phone: masked(normalizePhone(p.phone), maskPhone),
      })),
    },
    receptions: detail.receptions.map((r) => ({
      receivedAt: r.receivedAt,
      channel: CHANNEL_LABELS[r.channel],
      headcount: r.headcount,
      names: r.petitionerIds
        .map((id) => names.get(id) ?? '')
        .filter(Boolean)
        .join('、'),
      receivingOfficer: r.receivingOfficer,
      remarks: [r.isRepeat ? '重复访' : '', ...flagText(r.flags), r.note.trim()].filter(Boolean).join('；'),
    })),
    events: detail.events.map((e) => ({ at: e.at, actor: e.actor, text: e.text })),
    // 「处理意见书」 beside 「复查意见书」: the register names kinds short, so each stays on one line.
    documents: lookups.documents.map((d) => ({
      label: DOC_KINDS[d.kind].label.replace(/^信访事项/u, ''),
      docNo: d.docNo ?? '—',
      version: d.version,
      issuedAt: d.issuedAt,
      issuedBy: d.issuedBy,
    })),
    printedAt: lookups.printedAt,
  };
}

/** The lists are set in 小四, like the 登记表. */
const TABLE_SIZE = SIZES.xiaosi;

/** A column of the 案卷's lists: running text (it wraps, or is a name like a letter's kind) runs from the left. */
type CaseListColumn = ListColumn & { left?: boolean };

/** A list of the 案卷, or 「无。」 when it has no entry. */
function list(columns: readonly CaseListColumn[], rows: readonly (readonly string[])[]): FileChild {
  if (rows.length === 0) return body('无。');
  return listTable(columns, rows, TABLE_SIZE, (i) => (columns[i]?.wraps || columns[i]?.left ? 'left' : 'center'));
}

function coverLine(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { line: BODY_LINE * 1.5, lineRule: LineRuleType.EXACT },
    indent: { left: 1280 },
    children: [run(`${label}：`, { font: FONTS.heading1 }), run(value)],
  });
}

function cover(data: CaseFileData): FileChild[] {
  return [
    new Paragraph({ spacing: { before: BODY_LINE * 4 }, children: [] }),
    title('信访事项案卷'),
    new Paragraph({
      spacing: { after: BODY_LINE * 2 },
      alignment: AlignmentType.CENTER,
      children: [run(data.orgName)],
    }),
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
    cover: cover(data),
    children: [
      heading1('一、登记信息'),
      ...formTables(registrationTableParts(data.registration), TABLE_SIZE),
      heading1('二、接待记录'),
      list(
        [
          { header: '序号', weight: 0 },
          { header: '接待时间', weight: 0 },
          { header: '方式', weight: 0 },
          { header: '人数', weight: 0 },
          { header: '信访人', weight: 2, wraps: true },
          { header: '接待人', weight: 1, wraps: true },
          { header: '备注', weight: 3, wraps: true },
        ],
        data.receptions.map((r, i) => [
          String(i + 1),
          formatChineseDateTime(r.receivedAt),
          r.channel,
          String(r.headcount),
          r.names,
          r.receivingOfficer,
          r.remarks,
        ]),
      ),
      heading1('三、办理记录'),
      list(
        [
          { header: '时间', weight: 0 },
          { header: '办理人', weight: 1, wraps: true },
          { header: '办理情况', weight: 6, wraps: true },
        ],
        data.events.map((e) => [formatChineseDateTime(e.at), e.actor, e.text]),
      ),
      heading1('四、文书目录'),
      list(
        [
          // A letter's kind stays on one line: 「信访事项处理意见书」, not 「信访事项处理/意见书」.
          { header: '文书', weight: 2, left: true },
          { header: '文号', weight: 1 },
          { header: '版本', weight: 0 },
          { header: '出具日期', weight: 0 },
          { header: '出具人', weight: 1, wraps: true },
        ],
        data.documents.map((d) => [d.label, d.docNo, `第${d.version}版`, formatChineseDate(d.issuedAt), d.issuedBy]),
      ),
    ],
  });
}
