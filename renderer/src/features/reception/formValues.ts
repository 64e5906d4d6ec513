import dayjs, { type Dayjs } from 'dayjs';
import type { UploadFile } from 'antd';
import type { RcFile } from 'antd/es/upload';
import { DATE_FORMAT, DATE_TIME_FORMAT } from '../../domain/dates';
import type { AttachmentInput, PetitionerInput, RegistrationInput } from '../../domain/registration';
import type { Category } from '../../domain/types';
import { pathTo } from '../../ui/tree';

/**
 * The registration form's antd values and their conversion to and from the domain's RegistrationInput.
 * RegistrationInput doubles as the draft: plain strings and Blobs, so IndexedDB stores it as is.
 */

export type PetitionerFormValues = PetitionerInput;

/**
 * The form's antd values: the registration input (domain/registration.ts) with dates as Dayjs, the category as the
 * cascader's path, files as antd's upload list and 保密 always a box (shown checked and fixed for a 检举控告).
 */
export type RegistrationFormValues = Omit<
  RegistrationInput,
  'receivedAt' | 'categoryId' | 'source' | 'attachments' | 'confidential'
> & {
  receivedAt: Dayjs | null;
  /** Cascader value: [first-level id] or [first-level id, second-level id]. */
  categoryPath: string[];
  source: { body: string; docNo: string; date: Dayjs | null };
  attachments: UploadFile[];
  confidential: boolean;
};

/** Form field names as the domain's error paths name them, where the two differ. */
const ERROR_PATH_TO_FIELD: Record<string, (string | number)[]> = {
  categoryId: ['categoryPath'],
};

/** 'petitioners.1.idNumber' → ['petitioners', 1, 'idNumber']; 'attachments.0' → ['attachments']. */
export function fieldNameForErrorPath(path: string): (string | number)[] {
  const mapped = ERROR_PATH_TO_FIELD[path];
  if (mapped) return mapped;
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (parts[0] === 'attachments') return ['attachments'];
  return parts;
}

function attachmentFromUpload(file: UploadFile): AttachmentInput | null {
  const blob = file.originFileObj;
  if (!blob) return null;
  return {
    name: file.name,
    mimeType: file.type || blob.type || 'application/octet-stream',
    size: file.size ?? blob.size,
    data: blob,
  };
}

function uploadFromAttachment(attachment: AttachmentInput, index: number): UploadFile {
  const file =
    attachment.data instanceof File
      ? attachment.data
      : new File([attachment.data], attachment.name, { type: attachment.mimeType });
  return {
    uid: `draft-${index}-${attachment.name}`,
    name: attachment.name,
    size: attachment.size,
    type: attachment.mimeType,
    status: 'done',
    // Chromium's File already has a read-only lastModifiedDate; only the uid antd keys its list by is added.
    originFileObj: Object.assign(file, { uid: `draft-${index}-${attachment.name}` }) as RcFile,
  };
}

function text(value: string | undefined | null): string {
  return value ?? '';
}

/** antd values (any field may still be undefined while the form mounts) → what the domain validates and drafts keep. */
export function toRegistrationInput(values: Partial<RegistrationFormValues>): RegistrationInput {
  const source = values.source;
  return {
    channel: values.channel ?? null,
    receivedAt: values.receivedAt ? values.receivedAt.format(DATE_TIME_FORMAT) : '',
    petitioners: (values.petitioners ?? []).map((p) => ({
      existingId: p?.existingId ?? null,
      name: text(p?.name),
      gender: p?.gender ?? null,
      idNumber: text(p?.idNumber),
      phone: text(p?.phone),
      address: text(p?.address),
      identityType: p?.identityType ?? null,
      unitId: p?.unitId ?? null,
      isRepresentative: p?.isRepresentative ?? false,
    })),
    headcount: typeof values.headcount === 'number' ? values.headcount : null,
    categoryId: values.categoryPath?.at(-1) ?? null,
    nature: values.nature ?? null,
    unitId: values.unitId ?? null,
    summary: text(values.summary),
    demands: text(values.demands),
    receivingOfficer: text(values.receivingOfficer),
    flags: {
      jointLetter: values.flags?.jointLetter ?? false,
      anonymous: values.flags?.anonymous ?? false,
      levelSkipping: values.flags?.levelSkipping ?? false,
      lawRelated: values.flags?.lawRelated ?? false,
    },
    source:
      values.channel === '上级转送'
        ? {
            body: text(source?.body),
            docNo: text(source?.docNo),
            date: source?.date ? source.date.format(DATE_FORMAT) : '',
          }
        : null,
    attachments: (values.attachments ?? []).map(attachmentFromUpload).filter((a): a is AttachmentInput => a !== null),
    confidential: values.confidential ?? false,
  };
}

/** A registration input (a fresh form or a restored draft) → antd values. */
export function toFormValues(input: RegistrationInput, categories: readonly Category[]): RegistrationFormValues {
  const receivedAt = input.receivedAt ? dayjs(input.receivedAt) : null;
  const sourceDate = input.source?.date ? dayjs(input.source.date) : null;
  return {
    channel: input.channel,
    receivedAt: receivedAt?.isValid() ? receivedAt : null,
    petitioners: input.petitioners.map((p) => ({ ...p })),
    headcount: input.headcount,
    categoryPath: pathTo(categories, input.categoryId),
    nature: input.nature,
    unitId: input.unitId,
    summary: input.summary,
    demands: input.demands,
    receivingOfficer: input.receivingOfficer,
    flags: { ...input.flags },
    source: {
      body: input.source?.body ?? '',
      docNo: input.source?.docNo ?? '',
      date: sourceDate?.isValid() ? sourceDate : null,
    },
    attachments: input.attachments.map(uploadFromAttachment),
    confidential: input.confidential ?? false,
  };
}
