import { CONFIDENTIAL_PLACEHOLDER } from '../access/confidential';
import { confidentialScrubber, maskIdentityNumbers } from '../access/scrubIdentity';
import { maskIdNumber, maskPhone, maskTypedPhone } from '../idNumber';
import { changeSummary } from './entities';
import type { AuditRecord } from './record';
import { replacedTrailOf, type ReplacedTrail } from './replacedTrail';

/**
 * The 审计日志 as the 审计员 reads it (issue 11, finding 5). The 审计员 audits actions, not people (三员分立; the role
 * sees no petition), so the trail tells who did what, when and to which record (its kind, id and 登记编号), never
 * whose matter it was, with or without the 保密 grant:
 * - every ID number and phone masked as the lists show them (docs/domain.md §11): 4106**********123X, 139****0000,
 *   in the fields that hold them and wherever free text quotes them, however written;
 * - a petitioner's name and address （保密）;
 * - a record about a confidential matter (保密, 检举控告: the petition, its receptions, notes, attachments, letters, its
 *   people): every text but the structural fields （保密）, and its summary rebuilt from the kind and number only.
 * Only what is returned is changed: the stored records, which the hash chain covers, keep what was written, and
 * 核验审计链 reads those.
 */

/** The matter a record concerns, as the repository found it; null when it could not be found (then it is hidden). */
export interface AuditedMatter {
  regNo: string;
  confidential: boolean;
}

/** Fields that say which record, when, what kind or how many: never who. Kept in a confidential matter's records. */
const STRUCTURAL = new Set([
  'at',
  'regNo',
  'docNo',
  'year',
  'seq',
  'n',
  'version',
  'channel',
  'nature',
  'status',
  'type',
  'kind',
  'mimeType',
  'size',
  'confidential',
  'flags',
  'headcount',
  'isRepeat',
  'receptionCount',
  'actor',
  'receivingOfficer',
  'identityType',
  'order',
]);
const isStructural = (key: string) => STRUCTURAL.has(key) || /^id$|Ids?$|At$|Date$/.test(key);
/** Ids are random; masking what looks like a number in them would only garble them. */
const isId = (key: string) => /^id$|Ids?$/.test(key);

/**
 * Per table, the fields that name a person: a petitioner's name and address, a proposer's name, a help's recipient;
 * in an import batch, the ID numbers and phones it filled into people (filledPeople), whose matters the batch record
 * does not know — the person's id and which fields were filled stay.
 */
const PERSON_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  petitioners: new Set(['name', 'address']),
  suggestions: new Set(['name']),
  helps: new Set(['recipient']),
  importBatches: new Set(['idNumber', 'phone', 'phoneAsTyped', 'phoneAsTypedBefore']),
};
const NO_PERSON: ReadonlySet<string> = new Set();
const FIELD_MASKS: Readonly<Record<string, (s: string) => string>> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  phoneAsTyped: maskTypedPhone,
};

/** A snapshot with numbers masked and people's names and addresses hidden; the rest as written. */
function maskedValue(value: unknown, key: string, person: ReadonlySet<string>): unknown {
  if (typeof value === 'string') {
    if (value === '' || isId(key)) return value;
    if (person.has(key)) return CONFIDENTIAL_PLACEHOLDER;
    const mask = FIELD_MASKS[key];
    return mask ? mask(value) : maskIdentityNumbers(value);
  }
  if (Array.isArray(value)) return value.map((v) => maskedValue(v, key, person));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskedValue(v, k, person)]));
  }
  return value;
}

/** A confidential matter's snapshot: the structural fields kept, every other text （保密）. */
function hiddenValue(value: unknown, key: string): unknown {
  if (typeof value === 'string') return value === '' || isStructural(key) ? value : CONFIDENTIAL_PLACEHOLDER;
  if (Array.isArray(value)) return value.map((v) => hiddenValue(v, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hiddenValue(v, k)]));
  return value;
}

const CHANGES = new Set<AuditRecord['action']>(['create', 'update', 'delete']);
/** Every ID number and phone, whoever's, as （保密）. */
const hideNumbers = confidentialScrubber([]);

/** 「新增 附件 （保密）（信访事项 2026-0001）」: what a change to a confidential matter was, by kind and number. */
function hiddenSummary(record: AuditRecord, matter: AuditedMatter | null): string {
  const scrubbed = hideNumbers(record.summary);
  if (!CHANGES.has(record.action) || record.entity === null) return scrubbed;
  const action = record.action as 'create' | 'update' | 'delete';
  if (record.entity === 'petitions')
    return changeSummary(action, record.entity, matter?.regNo ?? CONFIDENTIAL_PLACEHOLDER);
  const of = matter ? `（信访事项 ${matter.regNo}）` : '';
  return `${changeSummary(action, record.entity, CONFIDENTIAL_PLACEHOLDER)}${record.entity === 'petitioners' ? '' : of}`;
}

/**
 * One record as the 审计员 reads it. `matterOf` names the matter a record concerns: undefined when it concerns none
 * (a unit, a setting, a sign-in), null when it concerns one that could not be found (hidden, to be safe).
 */
export function auditorView(
  record: AuditRecord,
  matterOf: (record: AuditRecord) => AuditedMatter | null | undefined,
): AuditRecord {
  const carried = replacedTrailOf(record);
  if (carried) {
    return {
      ...record,
      summary: maskIdentityNumbers(record.summary),
      before: { replacedTrail: carried.map((r) => auditorView(r, matterOf)) } satisfies ReplacedTrail,
    };
  }
  const matter = matterOf(record);
  const hidden = matter === null || matter?.confidential === true;
  const view = (value: unknown) =>
    value === undefined
      ? undefined
      : hidden
        ? hiddenValue(value, '')
        : maskedValue(value, '', PERSON_FIELDS[record.entity ?? ''] ?? NO_PERSON);
  const result: AuditRecord = {
    ...record,
    summary: hidden ? hiddenSummary(record, matter ?? null) : maskIdentityNumbers(record.summary),
  };
  if ('before' in record) result.before = view(record.before);
  if ('after' in record) result.after = view(record.after);
  return result;
}
