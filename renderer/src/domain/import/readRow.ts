import { today } from '../dates';
import type { Channel } from '../types';
import { cellText, type CellValue } from './cells';
import { maskIdNumber, maskPhone } from '../idNumber';
import { columnName, columnOf, type ColumnMapping } from './columnMapping';
import { IMPORT_FIELDS, type ImportField } from './importFields';
import type { ImportProblem } from './problems';
import { readChannel, readSatisfaction, readYesNo, type Satisfaction } from './readChoices';
import { readCount, readPeople, type PeopleReading } from './readPeople';
import { readDate, type DateContext } from './readDate';
import { readIdNumber, type IdNumberReading } from './readIdNumber';
import { readPhones } from './readPhones';

/**
 * One data row of an old ledger read through the clerk's column mapping (issue 17): the values the desk will store
 * and what is wrong with them. Errors (no date, no matter) keep the row out until fixed or skipped; warnings may be
 * accepted. Several IDs or phones in a cell go to the named people in order; phones that do not pair up one to one
 * all go to the first person.
 */
export interface ImportedPerson {
  name: string;
  idNumber: IdNumberReading | null;
  phones: string[];
}

export interface ImportedRow {
  originalNo: string;
  receivedDate: string | null;
  channel: Channel | null;
  people: ImportedPerson[];
  /** 匿名: the names cell says no name was given. */
  anonymous: boolean;
  headcount: number;
  unit: string;
  matter: string;
  category: string;
  demands: string;
  handlingUnit: string;
  leader: string;
  dueDate: string | null;
  handling: string;
  closed: boolean | null;
  closedDate: string | null;
  satisfaction: Satisfaction | null;
  remarks: string;
  /**
   * What the ledger wrote that no record keeps (docs/domain.md §11: personal data, so never in a list): an ID number
   * not taken as the person's (failing its check, or rounded by Excel), IDs beyond the names, a person's phones after
   * the first (a person record holds one phone). The imported case's handling note keeps them (handlingNote).
   */
  setAside: string[];
}

export interface RowReading {
  row: ImportedRow;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

/** One separator a place, with the spaces and line break around it: 「、、」 holds an empty place between two IDs. */
const ID_SEPARATORS = /\s*(?:[、，,;；/]|\n)\s*/;

type Warn = (field: ImportField, message: string) => void;

/**
 * An ID or phone the import does not take goes to the case's note masked as lists mask them: a note is shown as typed
 * to whoever opens the case, so a whole number there would bypass the audited unmasking (docs/security.md). The clerk
 * fixes the row in the preview to keep the number, or reads it in the old ledger the note's row points to.
 */
const KEPT_IN_NOTE = '遮挡后记入办理记录';

/**
 * The named people with the IDs and phones of their cells, in order. An ID or a phone without a name still belongs
 * to someone: it is kept on an unnamed person, not dropped. An ID not taken as the person's is warned of by its
 * column and person, masked (the preview is a list), and set aside whole for the note with the phones after a
 * person's first and the IDs beyond the names.
 */
function readPersons(
  namesCell: CellValue,
  idCell: CellValue,
  phoneCell: CellValue,
  idColumn: string,
  now: Date,
  warn: Warn,
) {
  const people = readPeople(namesCell);
  if (people.names.length === 0 && !people.anonymous) warn('names', '姓名：未填写');
  // An empty place in a list (「、4101…」) is kept, null, so that the IDs after it go to their own people.
  const idValues = typeof idCell === 'string' ? idCell.split(ID_SEPARATORS) : [idCell];
  const idSlots = idValues.map((v) => readIdNumber(v, now));
  const phones = readPhones(phoneCell);
  const allPhones = phones.phones.filter((phone) => phone !== '');
  const names =
    people.names.length > 0 || (idSlots.every((id) => id === null) && allPhones.length === 0) ? people.names : [''];
  const pairPhones = phones.phones.length === names.length;
  const setAside: string[] = [];
  const persons: ImportedPerson[] = names.map((name, i) => {
    const phone = phones.phones[i] ?? '';
    const person: ImportedPerson = {
      name,
      idNumber: idSlots[i] ?? null,
      phones: pairPhones ? (phone === '' ? [] : [phone]) : i === 0 ? allPhones : [],
    };
    const who = name || `第${i + 1}人`;
    const id = person.idNumber;
    const written = cellText(idValues[i]);
    if (id !== null && id.state !== 'valid') {
      const dropped = id.state !== 'old';
      warn(
        'idNumber',
        `${idColumn}身份证号（${who}）「${maskIdNumber(written)}」：${id.warning}${dropped ? `；未存为身份证号，${KEPT_IN_NOTE}` : ''}`,
      );
      if (dropped) setAside.push(`${who}的身份证号（${idColumn}，未通过核验）：${maskIdNumber(written)}`);
    }
    if (person.phones.length > 1)
      setAside.push(`${who}的其他电话：${person.phones.slice(1).map(maskPhone).join('、')}`);
    return person;
  });
  const extraIds = idValues
    .slice(persons.length)
    .map(cellText)
    .filter((text) => text !== '');
  if (extraIds.length > 0) {
    warn('idNumber', `身份证号比姓名多，多出的未存入，${KEPT_IN_NOTE}`);
    setAside.push(`多出的身份证号（${idColumn}）：${extraIds.map(maskIdNumber).join('、')}`);
  }
  for (const message of phones.warnings) warn('phone', message);
  return { people, persons, setAside };
}

/** The larger of the named, the count after 等 and the 人数 column (「12」, 「12人」, 「20人次」, 「十二」); at least 1. */
function readHeadcount(people: PeopleReading, written: string, warn: Warn): number {
  const stated = written === '' ? null : readCount(written.replace(/(人次|人|名|位)$/, ''));
  if (written !== '' && stated === null) warn('headcount', `人数「${written}」无法识别`);
  if (stated !== null && stated < people.names.length) warn('headcount', '人数少于所列姓名数，按姓名数计');
  if (people.moreUnstated && stated === null) warn('headcount', '姓名后写「等」但未写人数，请核对人数');
  return Math.max(people.headcount, stated ?? 0, 1);
}

export function readImportRow(
  cells: readonly CellValue[],
  mapping: ColumnMapping,
  context: DateContext,
  now: Date,
): RowReading {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const warn: Warn = (field, message) => warnings.push({ level: 'warning', field, message });
  const cell = (field: ImportField): CellValue => {
    const column = columnOf(mapping, field);
    return column < 0 ? null : (cells[column] ?? null);
  };
  const text = (field: ImportField) => cellText(cell(field));
  const optionalDate = (field: ImportField): string | null => {
    if (text(field) === '') return null;
    const day = readDate(cell(field), context);
    if (!day.ok) warn(field, `${IMPORT_FIELDS[field].label}：${day.message}`);
    return day.ok ? day.value : null;
  };

  const received = readDate(cell('receivedDate'), context);
  if (!received.ok) errors.push({ level: 'error', field: 'receivedDate', message: `日期：${received.message}` });
  // As registration refuses a contact in the future: a typed 2052 for 2025 would number and count it in 2052.
  const todayIs = today(now);
  if (received.ok && received.value > todayIs)
    errors.push({ level: 'error', field: 'receivedDate', message: '日期：晚于今天' });
  const matter = text('matter');
  if (matter === '') errors.push({ level: 'error', field: 'matter', message: '反映问题：未填写' });

  const channel = readChannel(cell('channel'));
  if (channel === null) warn('channel', '来访形式：未填写');
  else if (!channel.ok) warn('channel', channel.message);

  const idColumn = `${columnName(columnOf(mapping, 'idNumber'))}列`;
  const { people, persons, setAside } = readPersons(
    cell('names'),
    cell('idNumber'),
    cell('phone'),
    idColumn,
    now,
    warn,
  );
  const headcount = readHeadcount(people, text('headcount'), warn);

  const closed = readYesNo(cell('closed'));
  if (closed && !closed.ok) warn('closed', closed.message);
  const closedDate = optionalDate('closedDate');
  const satisfaction = readSatisfaction(cell('satisfaction'));
  if (satisfaction && !satisfaction.ok) warn('satisfaction', satisfaction.message);
  const isClosed = closed?.ok ? closed.value : closedDate !== null ? true : null;
  if (isClosed && text('closedDate') === '') warn('closedDate', '已办结但未填办结日期');
  if (isClosed === false && closedDate !== null) warn('closed', '填有办结日期但未办结，请核对');
  if (received.ok && closedDate !== null && closedDate < received.value) warn('closedDate', '办结日期早于信访日期');
  if (closedDate !== null && closedDate > todayIs) warn('closedDate', '办结日期晚于今天');

  const row: ImportedRow = {
    originalNo: text('originalNo'),
    receivedDate: received.ok ? received.value : null,
    channel: channel?.ok ? channel.value : null,
    people: persons,
    anonymous: people.anonymous,
    headcount,
    unit: text('unit'),
    matter,
    category: text('category'),
    demands: text('demands'),
    handlingUnit: text('handlingUnit'),
    leader: text('leader'),
    dueDate: optionalDate('dueDate'),
    handling: text('handling'),
    closed: isClosed,
    closedDate,
    satisfaction: satisfaction?.ok ? satisfaction.value : null,
    remarks: text('remarks'),
    setAside,
  };
  return { row, errors, warnings };
}
