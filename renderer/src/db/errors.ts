import type { FieldErrors } from '../domain/registration';

/** Thrown by registerPetition/linkReception when the form is invalid; nothing was written. */
export class RegistrationError extends Error {
  readonly errors: FieldErrors;
  constructor(errors: FieldErrors) {
    super(`登记信息有误：${Object.values(errors).join('；')}`);
    this.name = 'RegistrationError';
    this.errors = errors;
  }
}

/** A unit or category cannot be deleted while something still refers to it. */
export class InUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InUseError';
  }
}

/**
 * A record the caller named does not exist (deleted meanwhile, or a stale link). Not called NotFoundError: Dexie
 * converts errors carrying its own error names into DexieError, losing the class.
 */
export class MissingRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingRecordError';
  }
}

/** What the clerk reads when the disk (or the browser's share of it) is full: what happened and what to do. */
export const STORAGE_FULL_MESSAGE =
  '存储空间已满，本次内容未能保存。请先导出备份（设置 → 备份），再释放磁盘空间（删除不需要的文件，或清理回收站），然后重试。';

/**
 * True for IndexedDB's QuotaExceededError however it arrives: the browser's DOMException, Dexie's
 * QuotaExceededError, or an AbortError (Dexie's, or one we wrap) carrying it as `inner` or `cause`.
 */
export function isStorageFull(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    if ((current as { name?: unknown }).name === 'QuotaExceededError') return true;
    const { inner, cause } = current as { inner?: unknown; cause?: unknown };
    current = inner ?? cause;
  }
  return false;
}

/** A write refused because storage is full; its message is STORAGE_FULL_MESSAGE. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
    this.name = 'StorageFullError';
  }
}

/** What the clerk reads for an error the desk did not foresee (a program's own message, in English): never that message. */
export const UNEXPECTED_ERROR_MESSAGE =
  '程序出现意外错误，本次操作未完成。请重试；如仍失败，请记下操作步骤并联系维护人员。';

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * The message a page shows for a failed operation: the Chinese storage-full advice; the error's own message when the
 * desk wrote it (in Chinese); otherwise UNEXPECTED_ERROR_MESSAGE, the original going to the console for whoever
 * maintains the desk (issue 12, item 8: no English on screen).
 */
export function errorText(error: unknown): string {
  if (isStorageFull(error)) return STORAGE_FULL_MESSAGE;
  const text = error instanceof Error ? error.message : String(error);
  if (CHINESE.test(text)) return text;
  console.error('意外错误：', error);
  return UNEXPECTED_ERROR_MESSAGE;
}
