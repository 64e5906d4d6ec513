import { describe, expect, it } from 'vitest';
import { CHANNEL_WORDING, channelWording } from '../../../renderer/src/domain/channelWording';
import { contactPatch, fillableContact } from '../../../renderer/src/domain/knownContact';
import { anyLabelMatches, optionMatches, singleMatch } from '../../../renderer/src/domain/optionSearch';
import { emptyPetitioner, validateRegistration } from '../../../renderer/src/domain/registration';
import { newRegistration, nextPetitioner } from '../../../renderer/src/domain/registrationDefaults';
import { CHANNELS } from '../../../renderer/src/domain/types';

const NOW = new Date(2026, 4, 25, 9, 30);

describe('channel wording', () => {
  it('names a letter 来信信息, 收信日期 and 登记人, taken by the day', () => {
    expect(channelWording('来信')).toEqual({
      section: '来信信息',
      receivedAt: '收信日期',
      officer: '登记人',
      withTime: false,
    });
  });

  it.each(CHANNELS.filter((c) => c !== '来信'))('keeps 来访信息, 接待时间 and 接待人 for %s', (channel) => {
    expect(CHANNEL_WORDING[channel]).toEqual({
      section: '来访信息',
      receivedAt: '接待时间',
      officer: '接待人',
      withTime: true,
    });
  });

  it('reads a form with no channel yet as a visit', () => {
    expect(channelWording(null).officer).toBe('接待人');
  });

  it('words the validation messages of a letter as its form does', () => {
    const letter = { ...newRegistration(NOW, ''), channel: '来信' as const, receivedAt: '' };
    const checked = validateRegistration(letter, { collectiveThreshold: 5, attachmentMaxBytes: 1024, now: NOW });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors['receivedAt']).toBe('请填写收信日期');
    expect(checked.errors['receivingOfficer']).toBe('请填写登记人');
  });
});

describe('registration defaults', () => {
  it('opens with the signed-in account as 接待人', () => {
    expect(newRegistration(NOW, ' 王丽 ').receivingOfficer).toBe('王丽');
    expect(newRegistration(NOW, '王丽')).toMatchObject({
      channel: '来访',
      headcount: 1,
      receivedAt: '2026-05-25T09:30',
    });
  });

  it('gives a second petitioner the first one’s 身份 and 所在单位, and nothing else', () => {
    const first = {
      ...emptyPetitioner(),
      name: '张三',
      phone: '13800001111',
      identityType: '在职职工' as const,
      unitId: 'u-1',
      isRepresentative: true,
    };
    expect(nextPetitioner(first)).toEqual({ ...emptyPetitioner(), identityType: '在职职工', unitId: 'u-1' });
  });

  it('gives a blank row when the first petitioner has neither', () => {
    expect(nextPetitioner(undefined)).toEqual(emptyPetitioner());
    expect(nextPetitioner(emptyPetitioner())).toEqual(emptyPetitioner());
  });
});

describe('select search', () => {
  it.each([
    ['工资', '工资福利'],
    ['gz', '工资福利'],
    ['GZFL', '工资福利'],
    ['gongzi', '工资福利'],
    ['lx', '来信'],
    ['zzzg', '在职职工'],
    ['一 矿', '一矿'],
  ])('%s finds %s', (typed, label) => {
    expect(optionMatches(typed, label)).toBe(true);
  });

  it.each([
    ['住房', '工资福利'],
    ['xz', '来信'],
  ])('%s does not find %s', (typed, label) => {
    expect(optionMatches(typed, label)).toBe(false);
  });

  it('finds everything with nothing typed, and a path by any of its steps', () => {
    expect(optionMatches('', '来信')).toBe(true);
    expect(anyLabelMatches('拖欠', ['工资福利', '拖欠工资'])).toBe(true);
  });

  const paths = [
    { value: ['c1', 'c11'], labels: ['工资福利', '拖欠工资'] },
    { value: ['c1', 'c12'], labels: ['工资福利', '社会保险'] },
    { value: ['c2', 'c21'], labels: ['劳动关系', '岗位调整'] },
  ];
  const labelsOf = (p: (typeof paths)[number]) => p.labels;

  it('takes the single match for Enter', () => {
    expect(singleMatch(paths, '拖欠', labelsOf)?.value).toEqual(['c1', 'c11']);
    expect(singleMatch(paths, 'gwtz', labelsOf)?.value).toEqual(['c2', 'c21']);
  });

  it('takes nothing when several match, none matches or nothing is typed', () => {
    expect(singleMatch(paths, '工资', labelsOf)).toBeNull();
    expect(singleMatch(paths, '住房', labelsOf)).toBeNull();
    expect(singleMatch(paths, ' ', labelsOf)).toBeNull();
  });
});

describe('known contact of a recognised person', () => {
  const known = { phone: '13800001111', address: '鹤壁市山城区红旗街1号', unitId: 'u-1' };

  it('offers what the row leaves blank', () => {
    expect(fillableContact({ phone: '', address: '', unitId: null }, known)).toEqual(['phone', 'address', 'unitId']);
    expect(contactPatch({ phone: ' ', address: '', unitId: null }, known)).toEqual(known);
  });

  it('never overwrites what the clerk typed', () => {
    const row = { phone: '13900002222', address: '', unitId: 'u-2' };
    expect(fillableContact(row, known)).toEqual(['address']);
    expect(contactPatch(row, known)).toEqual({ address: known.address });
  });

  it('offers nothing the person has no record of', () => {
    expect(fillableContact({ phone: '', address: '', unitId: null }, { phone: '', address: '', unitId: null })).toEqual(
      [],
    );
  });
});
