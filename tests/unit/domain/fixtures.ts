import {
  emptyPetitioner,
  type PetitionerInput,
  type RegistrationInput,
} from '../../../renderer/src/domain/registration';

/** 2026-05-25 10:00 local: the clock most tests read. */
export const NOW = new Date(2026, 4, 25, 10, 0);

export const RULES = { collectiveThreshold: 5, attachmentMaxBytes: 10 * 1024 * 1024, now: NOW };

export function person(overrides: Partial<PetitionerInput> = {}): PetitionerInput {
  return {
    ...emptyPetitioner(),
    name: '张三',
    gender: '男',
    idNumber: '140102197805203317',
    phone: '13800001111',
    address: '山西省太原市万柏林区矿区街12号',
    identityType: '在职职工',
    unitId: 'unit-1-1-1',
    ...overrides,
  };
}

/** A complete, valid visit by 张三 about unpaid performance pay at 一号矿井综采一队. */
export function visit(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    channel: '来访',
    receivedAt: '2026-05-25T09:30',
    petitioners: [person()],
    headcount: 1,
    categoryId: 'cat-01-02',
    nature: '申诉求决',
    unitId: 'unit-1-1-1',
    summary: '反映一号矿井综采一队2025年第四季度精益奖金分配不公开，本人所得明显低于同岗位职工。',
    demands: '要求公开分配明细并补发差额。',
    receivingOfficer: '王丽',
    flags: { jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false },
    source: null,
    attachments: [],
    ...overrides,
  };
}
