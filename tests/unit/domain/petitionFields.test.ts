import { describe, expect, expectTypeOf, it } from 'vitest';
import { REGISTRATION_FIELD_LABELS, type RegistrationView } from '../../../renderer/src/domain/correction';
import { MATTER_FIELD_LABELS, MATTER_FIELDS, type MatterField } from '../../../renderer/src/domain/petitionFields';
import {
  emptyPetitioner,
  registrationFields,
  validateRegistration,
  type RegistrationInput,
  type ValidRegistration,
} from '../../../renderer/src/domain/registration';
import type { StatPetition } from '../../../renderer/src/domain/statistics/types';
import type { Petition, RegisteredMatter } from '../../../renderer/src/domain/types';
import type { RegistrationFormValues } from '../../../renderer/src/features/reception/formValues';

const NOW = new Date(2026, 4, 25, 9, 30);

function filledForm(): RegistrationInput {
  return {
    channel: '上级转送',
    receivedAt: '2026-05-25T09:00',
    petitioners: [{ ...emptyPetitioner(), name: '王建国' }],
    headcount: 1,
    categoryId: 'cat-wages',
    nature: '申诉求决',
    unitId: 'unit-1',
    summary: '反映2026年4月工资未足额发放。',
    demands: '补发工资',
    receivingOfficer: '李敏',
    flags: { jointLetter: false, anonymous: false, levelSkipping: true, lawRelated: false },
    source: { body: '某市信访局', docNo: '市信转〔2026〕12号', date: '2026-05-20' },
    attachments: [],
    confidential: false,
  };
}

describe('the registered matter’s field catalogue (issue 14, item 2)', () => {
  it('declares one label for every field of RegisteredMatter, and no other', () => {
    expectTypeOf<MatterField>().toEqualTypeOf<keyof RegisteredMatter>();
    const checked = validateRegistration(filledForm(), { collectiveThreshold: 5, attachmentMaxBytes: 1024, now: NOW });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    // What registration stores of the matter is exactly the catalogue's fields.
    expect(Object.keys(registrationFields(checked.value)).sort()).toEqual([...MATTER_FIELDS].sort());
    expect(new Set(Object.values(MATTER_FIELD_LABELS)).size).toBe(MATTER_FIELDS.length);
  });

  it('lists the 修改登记 fields in form order: the matter’s, its people after the headcount', () => {
    expect(REGISTRATION_FIELD_LABELS).toEqual([
      '渠道',
      '接待时间',
      '人数',
      '信访人',
      '联系电话',
      '问题类别',
      '涉及单位',
      '信访性质',
      '主要内容',
      '诉求',
      '接待人',
      '标记',
      '来文',
      '保密',
    ]);
  });

  it('derives the stored, typed, validated, form and statistics shapes from it', () => {
    expectTypeOf<Petition['summary']>().toEqualTypeOf<RegisteredMatter['summary']>();
    expectTypeOf<RegistrationInput['channel']>().toEqualTypeOf<RegisteredMatter['channel'] | null>();
    expectTypeOf<ValidRegistration['categoryId']>().toEqualTypeOf<string>();
    expectTypeOf<RegistrationFormValues['demands']>().toEqualTypeOf<RegisteredMatter['demands']>();
    expectTypeOf<StatPetition['nature']>().toEqualTypeOf<RegisteredMatter['nature']>();
    expectTypeOf<keyof RegistrationView>().toEqualTypeOf<(typeof REGISTRATION_FIELD_LABELS)[number]>();
  });
});
