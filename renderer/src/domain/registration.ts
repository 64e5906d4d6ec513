import { isConfidential } from './access/confidential';
import { channelWording } from './channelWording';
import { parseLocalDate, parseLocalDateTime, toLocalDateTime } from './dates';
import { checkIdNumber, checkPhone, normalizeIdNumber, normalizePhone } from './idNumber';
import { HEADCOUNT_MAX, HEADCOUNT_MIN, TEXT_LIMITS, tooLongMessage, type TextLimitKey } from './textLimits';
import type {
  Channel,
  ContactField,
  Nature,
  Petitioner,
  PetitionFlags,
  PetitionSource,
  RegisteredMatter,
} from './types';
import { CHANNELS, NATURES } from './types';
import { cleanText, hasVisibleCharacter } from './xmlSafeText';

/** One person on the registration form (信访人): the stored person's fields, as typed. */
export type PetitionerInput = Pick<
  Petitioner,
  'name' | 'gender' | 'idNumber' | 'phone' | 'phoneAsTyped' | 'address' | 'identityType' | 'unitId'
> & {
  /** Set when the clerk picked a known person: that record is reused and updated with these fields. */
  existingId: string | null;
  /** 代表 of a group visit; at most 5. */
  isRepresentative: boolean;
};

/** A scan or photo chosen on the form, kept in the database on save. */
export interface AttachmentInput {
  name: string;
  mimeType: string;
  size: number;
  data: Blob;
}

/** The flags a clerk sets; 集体访 is derived from the channel and the headcount (isCollective). */
export type RegistrationFlags = Omit<PetitionFlags, 'collective'>;

/** The choices a clerk has not made yet while typing: null until chosen. */
type ChosenLater = 'channel' | 'headcount' | 'nature';

/**
 * What the registration form (信访登记) holds, exactly as typed: the registered matter (types.ts, RegisteredMatter)
 * with its choices still open, the flags a clerk sets, and the people and files of the form.
 */
export type RegistrationInput = Omit<RegisteredMatter, ChosenLater | 'flags' | 'confidential' | 'source'> & {
  [K in ChosenLater]: RegisteredMatter[K] | null;
} & {
  flags: RegistrationFlags;
  /** Required when channel is 上级转送; ignored otherwise. */
  source: PetitionSource | null;
  /** 保密, as checked; a 检举控告 is confidential whatever this says. Absent in older drafts. */
  confidential?: boolean;
  petitioners: PetitionerInput[];
  attachments: AttachmentInput[];
};

/**
 * A registration that passed validation: the registered matter with its category chosen, strings stripped of what XML
 * cannot carry (xmlSafeText) and trimmed, ID numbers upper-cased, phones compacted (the typed form kept beside:
 * phoneAsTyped), blank rows dropped, 保密 set for every 检举控告 (isConfidential).
 */
export type ValidRegistration = Omit<RegisteredMatter, 'categoryId'> & {
  categoryId: string;
  petitioners: PetitionerInput[];
  attachments: AttachmentInput[];
};

export interface RegistrationRules {
  /** 集体访 from this headcount up (default 5). */
  collectiveThreshold: number;
  attachmentMaxBytes: number;
  now: Date;
}

/** Field path ('summary', 'petitioners.1.idNumber', 'attachments.0') → Chinese message. */
export type FieldErrors = Record<string, string>;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const MAX_REPRESENTATIVES = 5;

/** The channels a 集体访 can come by: people who came in person, to the office or to a 领导接待日 (docs/domain.md §8). */
export const COLLECTIVE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['来访', '领导接待日']);

/**
 * 集体访: a 来访 or 领导接待日 contact of the configured threshold or more people (default 5). A 下访发现, a 座谈会, a
 * letter, a call or an online message is never one, however many it concerns.
 */
export function isCollective(channel: Channel | null, headcount: number, threshold: number): boolean {
  return channel !== null && COLLECTIVE_CHANNELS.has(channel) && headcount >= threshold;
}

/**
 * Whether a stored contact or petition counts as 集体访: its flag (set from the headcount and the threshold in force
 * when it was saved) on a channel that can be one. Records saved before the channel rule may carry the flag on a
 * 下访发现 or a letter; they are read by the rule, not by the flag.
 */
export function isCollectiveContact(record: { channel: Channel; flags: Pick<PetitionFlags, 'collective'> }): boolean {
  return record.flags.collective && COLLECTIVE_CHANNELS.has(record.channel);
}

export function emptyPetitioner(): PetitionerInput {
  return {
    existingId: null,
    name: '',
    gender: null,
    idNumber: '',
    phone: '',
    address: '',
    identityType: null,
    unitId: null,
    isRepresentative: false,
  };
}

/** A fresh form: a visit received now, one blank petitioner, headcount 1. */
export function emptyRegistration(now: Date): RegistrationInput {
  return {
    channel: '来访',
    receivedAt: toLocalDateTime(now),
    petitioners: [emptyPetitioner()],
    headcount: 1,
    categoryId: null,
    nature: null,
    unitId: null,
    summary: '',
    demands: '',
    receivingOfficer: '',
    flags: { jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false },
    source: null,
    attachments: [],
    confidential: false,
  };
}

function isBlankPetitioner(p: PetitionerInput): boolean {
  return (
    p.existingId === null &&
    !p.name.trim() &&
    !p.idNumber.trim() &&
    !p.phone.trim() &&
    !p.address.trim() &&
    p.gender === null &&
    p.identityType === null &&
    p.unitId === null
  );
}

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

/** Puts the over-limit message on `path` when the cleaned text is longer than its limit. */
function checkLength(text: string, key: TextLimitKey, label: string, path: string, errors: FieldErrors): void {
  if (text.length > TEXT_LIMITS[key] && !errors[path]) errors[path] = tooLongMessage(label, key, text.length);
}

/** Checks the petitioners; returns the cleaned, non-blank ones. Error paths use the row's index on the form. */
function validatePetitioners(
  input: RegistrationInput,
  rules: RegistrationRules,
  errors: FieldErrors,
): PetitionerInput[] {
  const kept: PetitionerInput[] = [];
  input.petitioners.forEach((p, i) => {
    if (isBlankPetitioner(p)) return;
    const name = cleanText(p.name);
    const idNumber = normalizeIdNumber(cleanText(p.idNumber));
    const phone = cleanText(p.phone);
    const address = cleanText(p.address);
    if (!name && !input.flags.anonymous) errors[`petitioners.${i}.name`] = '请填写信访人姓名';
    else if (name && !hasVisibleCharacter(name)) errors[`petitioners.${i}.name`] = '信访人姓名须含有可见的文字';
    checkLength(name, 'personName', '姓名', `petitioners.${i}.name`, errors);
    checkLength(address, 'address', '住址', `petitioners.${i}.address`, errors);
    if (idNumber) {
      const idError = checkIdNumber(idNumber, rules.now);
      if (idError) errors[`petitioners.${i}.idNumber`] = idError;
    }
    if (phone) {
      const phoneError = checkPhone(phone);
      if (phoneError) errors[`petitioners.${i}.phone`] = phoneError;
    }
    kept.push({ ...p, name, idNumber, phone: normalizePhone(phone), phoneAsTyped: phone, address });
  });
  const firstNamePath = input.petitioners.length > 0 ? 'petitioners.0.name' : 'petitioners';
  if (!input.flags.anonymous && !kept.some((p) => hasVisibleCharacter(p.name)) && !errors[firstNamePath]) {
    errors[firstNamePath] = '请至少填写一名信访人姓名（匿名信访请勾选“匿名”）';
  }
  // Two rows with one ID number would be saved as one person, silently losing the first row's details.
  const firstRowOfId = new Map<string, number>();
  input.petitioners.forEach((p, i) => {
    if (isBlankPetitioner(p)) return;
    const idNumber = normalizeIdNumber(cleanText(p.idNumber));
    if (!idNumber || errors[`petitioners.${i}.idNumber`]) return;
    const first = firstRowOfId.get(idNumber);
    if (first === undefined) firstRowOfId.set(idNumber, i);
    else errors[`petitioners.${i}.idNumber`] = `与信访人${first + 1}的身份证号重复`;
  });
  if (kept.filter((p) => p.isRepresentative).length > MAX_REPRESENTATIVES) {
    errors['petitioners'] = `代表最多${MAX_REPRESENTATIVES}人`;
  }
  return kept;
}

/** `label`: 接待时间, or 收信日期 for a letter (channelWording). */
function validateReceivedAt(receivedAt: string, now: Date, label: string, errors: FieldErrors): void {
  if (!receivedAt.trim()) {
    errors['receivedAt'] = `请填写${label}`;
    return;
  }
  const at = parseLocalDateTime(receivedAt.trim());
  if (!at) errors['receivedAt'] = `${label}格式不正确`;
  else if (at.getTime() > now.getTime()) errors['receivedAt'] = `${label}不能晚于当前时间`;
}

function validateHeadcount(headcount: number | null, petitionerCount: number, errors: FieldErrors): void {
  if (headcount === null || Number.isNaN(headcount)) errors['headcount'] = '请填写人数';
  else if (!Number.isInteger(headcount) || headcount < HEADCOUNT_MIN)
    errors['headcount'] = `人数应为不小于${HEADCOUNT_MIN}的整数`;
  else if (headcount > HEADCOUNT_MAX) errors['headcount'] = `人数不能超过${HEADCOUNT_MAX}人`;
  else if (headcount < petitionerCount) errors['headcount'] = `人数不能少于已填写的信访人数（${petitionerCount}人）`;
}

function validateSource(input: RegistrationInput, now: Date, errors: FieldErrors): PetitionSource | null {
  if (input.channel !== '上级转送') return null;
  const source = {
    body: cleanText(input.source?.body ?? ''),
    docNo: cleanText(input.source?.docNo ?? ''),
    date: cleanText(input.source?.date ?? ''),
  };
  if (!hasVisibleCharacter(source.body)) errors['source.body'] = '请填写转送/交办机关';
  checkLength(source.body, 'sourceBody', '转送/交办机关', 'source.body', errors);
  checkLength(source.docNo, 'sourceDocNo', '转送/交办文号', 'source.docNo', errors);
  if (!source.date) errors['source.date'] = '请填写转送/交办日期';
  else {
    const day = parseLocalDate(source.date);
    if (!day) errors['source.date'] = '转送/交办日期格式不正确';
    else if (day.getTime() > now.getTime()) errors['source.date'] = '转送/交办日期不能晚于今天';
  }
  return source;
}

/** The attachments with their file names cleaned; a name over its limit or a file over the size limit is refused. */
function validateAttachments(attachments: AttachmentInput[], maxBytes: number, errors: FieldErrors): AttachmentInput[] {
  return attachments.map((a, i) => {
    const name = cleanText(a.name);
    if (a.size > maxBytes) {
      errors[`attachments.${i}`] = `附件“${name}”为${formatMb(a.size)}MB，超过${formatMb(maxBytes)}MB的上限`;
    }
    checkLength(name, 'attachmentName', '附件文件名', `attachments.${i}`, errors);
    return name === a.name ? a : { ...a, name };
  });
}

/**
 * The contact part shared by a new registration and a linked repeat visit: channel, time, people, headcount,
 * receiving officer, attachments.
 */
function validateContact(input: RegistrationInput, rules: RegistrationRules, errors: FieldErrors) {
  const known = input.channel !== null && CHANNELS.includes(input.channel);
  if (!known) errors['channel'] = '请选择来源渠道';
  const wording = channelWording(known ? input.channel : null);
  validateReceivedAt(input.receivedAt, rules.now, wording.receivedAt, errors);
  const petitioners = validatePetitioners(input, rules, errors);
  validateHeadcount(input.headcount, petitioners.length, errors);
  const receivingOfficer = cleanText(input.receivingOfficer);
  if (!hasVisibleCharacter(receivingOfficer)) errors['receivingOfficer'] = `请填写${wording.officer}`;
  checkLength(receivingOfficer, 'receivingOfficer', wording.officer, 'receivingOfficer', errors);
  const attachments = validateAttachments(input.attachments, rules.attachmentMaxBytes, errors);
  return { petitioners, receivingOfficer, attachments };
}

/** Validates the whole form; every error is collected at once so the clerk sees them all beside their fields. */
export function validateRegistration(
  input: RegistrationInput,
  rules: RegistrationRules,
): ValidationResult<ValidRegistration> {
  const errors: FieldErrors = {};
  const { petitioners, receivingOfficer, attachments } = validateContact(input, rules, errors);
  if (!input.categoryId) errors['categoryId'] = '请选择问题类别';
  if (input.nature === null || !NATURES.includes(input.nature)) errors['nature'] = '请选择信访性质';
  const summary = cleanText(input.summary);
  if (!hasVisibleCharacter(summary)) errors['summary'] = '请填写反映问题摘要';
  checkLength(summary, 'summary', '反映问题摘要', 'summary', errors);
  const demands = cleanText(input.demands);
  checkLength(demands, 'demands', '主要诉求', 'demands', errors);
  const source = validateSource(input, rules.now, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const headcount = input.headcount as number;
  return {
    ok: true,
    value: {
      channel: input.channel as Channel,
      receivedAt: input.receivedAt.trim(),
      petitioners,
      headcount,
      categoryId: input.categoryId as string,
      nature: input.nature as Nature,
      unitId: input.unitId,
      summary,
      demands,
      receivingOfficer,
      flags: { ...input.flags, collective: isCollective(input.channel, headcount, rules.collectiveThreshold) },
      source,
      attachments,
      confidential: isConfidential({ nature: input.nature as Nature, confidential: input.confidential }),
    },
  };
}

/** A later contact (重复访) linked to an existing petition: only the contact fields of the form count. */
export type ValidReception = Pick<RegisteredMatter, ContactField> & {
  petitioners: PetitionerInput[];
  /** What the person said this time (the form's summary), kept as the reception's note. */
  note: string;
  attachments: AttachmentInput[];
};

/** Validates the form for linking to an earlier petition: category, nature and summary are not required. */
export function validateReception(
  input: RegistrationInput,
  rules: RegistrationRules,
): ValidationResult<ValidReception> {
  const errors: FieldErrors = {};
  const { petitioners, receivingOfficer, attachments } = validateContact(input, rules, errors);
  const note = cleanText(input.summary);
  checkLength(note, 'summary', '反映问题摘要', 'summary', errors);
  const source = validateSource(input, rules.now, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      channel: input.channel as Channel,
      receivedAt: input.receivedAt.trim(),
      petitioners,
      headcount: input.headcount as number,
      receivingOfficer,
      flags: {
        ...input.flags,
        collective: isCollective(input.channel, input.headcount as number, rules.collectiveThreshold),
      },
      source,
      note,
      attachments,
    },
  };
}

/** The petition's registration fields from a valid form (its people, numbers and case state are the caller's). */
export function registrationFields(v: ValidRegistration): RegisteredMatter {
  const { petitioners: _people, attachments: _files, ...matter } = v;
  return matter;
}
