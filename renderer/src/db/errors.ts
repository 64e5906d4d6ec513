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
