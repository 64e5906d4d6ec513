import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { getSettings, saveSettings } from '../../../renderer/src/db/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/src/domain/defaults';
import { DEFAULT_LETTER_TEMPLATES } from '../../../renderer/src/domain/letterTemplates';
import { freshDb } from './helpers';

/**
 * What case handling reads from settings (issue 3, items 2, 5 and 7): 本机使用人, 文号代字, letter wording, the
 * office's own periods and holiday arrangements for years chinese-days does not cover (it carries 2004–2026).
 */
let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** The raw row, to prove a refused save left nothing behind (not even a first row). */
const storedRow = async () => (await db.settings.get('app'))?.value;

const ARRANGEMENT_2027 = {
  holidays: [
    '2027-01-01',
    '2027-02-05',
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11',
  ],
  makeUpWorkdays: ['2027-02-13'],
};

const acceptanceWithoutDue = {
  ...DEFAULT_LETTER_TEMPLATES.acceptanceNotice,
  body: DEFAULT_LETTER_TEMPLATES.acceptanceNotice.body.replace('（办理期限至{办理期限}）', ''),
};

describe('settings refuse what case handling cannot use, in Chinese, and save nothing', () => {
  const refusals: [string, Partial<Settings>, string][] = [
    [
      'a 文号代字 holding a bracket or digit',
      { docNoPrefixes: { handlingOpinion: '曹矿〔信复' } },
      '信访事项处理意见书：文号代字不能含括号、数字、空格或“号”字',
    ],
    ['an empty 文号代字', { docNoPrefixes: { acceptanceNotice: '  ' } }, '受理告知书：请填写文号代字'],
    [
      'a 代字 for the 登记表, which has no 文号',
      { docNoPrefixes: { registrationForm: '登' } },
      '未知的文书种类：registrationForm',
    ],
    [
      'a template without a required placeholder',
      { letterTemplates: { acceptanceNotice: acceptanceWithoutDue } },
      '受理告知书模板：正文：缺少占位符{办理期限}',
    ],
    [
      'a template with a placeholder the part cannot fill',
      {
        letterTemplates: {
          rejectionNotice: { ...DEFAULT_LETTER_TEMPLATES.rejectionNotice, title: '{信访人}不予受理告知书' },
        },
      },
      '不予受理告知书模板：标题：此处不能使用占位符{信访人}',
    ],
    [
      'an office period longer than the statute',
      { deadlineOverrides: { handling: { length: 61 } } },
      '办理期限不得超过60日（法定期限）',
    ],
    [
      'a working-day period longer than 5 per statutory week',
      { deadlineOverrides: { acceptanceNotice: { length: 11, unit: 'workingDays' } } },
      '受理告知期限不得超过10个工作日（法定期限）',
    ],
    ['a zero-day period', { deadlineOverrides: { reviewDecision: { length: 0 } } }, '复查办理期限应为正整数'],
    [
      "a change to the petitioner's period",
      { deadlineOverrides: { reviewRequest: { length: 15 } } },
      '申请复查期限是信访人的法定权利，不能修改',
    ],
    [
      'a make-up working day on a weekday',
      { holidayArrangements: { 2027: { holidays: ['2027-10-01'], makeUpWorkdays: ['2027-10-08'] } } },
      '2027年节假日安排：调休上班日2027-10-08不是周末',
    ],
    [
      'a badly written date',
      { holidayArrangements: { 2027: { holidays: ['2027-2-30'], makeUpWorkdays: [] } } },
      '2027年节假日安排：日期“2027-2-30”格式应为“年-月-日”，如2026-05-01',
    ],
    [
      'an arrangement for a year the State Council has published',
      { holidayArrangements: { 2026: { holidays: ['2026-10-09'], makeUpWorkdays: [] } } },
      '2026年节假日安排：2026年已有国务院公布的节假日安排，无需录入',
    ],
    ['an over-long 本机使用人', { operatorName: '张'.repeat(21) }, '使用人姓名不能超过20个字'],
  ];

  it.each(refusals)('%s', async (_, patch, message) => {
    await expect(saveSettings(db, patch)).rejects.toThrow(message);
    expect(await storedRow()).toBeUndefined();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it.each<[string, Partial<Settings>, string]>([
    [
      'two kinds given the same 代字',
      { docNoPrefixes: { handlingOpinion: '曹矿信复', reviewOpinion: '曹矿信复' } },
      '信访事项处理意见书与复查意见书的文号代字都是“曹矿信复”',
    ],
    [
      "a 代字 equal to another kind's default",
      { docNoPrefixes: { handlingOpinion: '信复查' } },
      '信访事项处理意见书与复查意见书的文号代字都是“信复查”',
    ],
    [
      'the same 代字 apart from spaces',
      { docNoPrefixes: { acceptanceNotice: ' 曹矿信 ', rejectionNotice: '曹矿信' } },
      '受理告知书与不予受理告知书的文号代字都是“曹矿信”',
    ],
  ])('refuses %s: both would number 〔year〕1号 alike', async (_rule, patch, message) => {
    await expect(saveSettings(db, patch)).rejects.toThrow(message);
    expect(await storedRow()).toBeUndefined();
  });

  it('saves distinct 代字, one kind set back to its default among them', async () => {
    const docNoPrefixes = { handlingOpinion: '曹矿信复', reviewOpinion: '曹矿信复查', acceptanceNotice: '曹矿信受' };
    await saveSettings(db, { docNoPrefixes });
    expect((await getSettings(db)).docNoPrefixes).toEqual(docNoPrefixes);
  });

  it('a refused change leaves the earlier saved values as they were', async () => {
    await saveSettings(db, {
      docNoPrefixes: { handlingOpinion: '曹矿信复' },
      deadlineOverrides: { handling: { length: 30 } },
    });
    await expect(
      saveSettings(db, {
        docNoPrefixes: { handlingOpinion: '曹矿信复' },
        deadlineOverrides: { handling: { length: 90 } },
      }),
    ).rejects.toThrow('办理期限不得超过60日');
    expect(await getSettings(db)).toMatchObject({
      docNoPrefixes: { handlingOpinion: '曹矿信复' },
      deadlineOverrides: { handling: { length: 30 } },
    });
  });

  it('a template that leaves out a part of its kind is refused, so a letter never prints without it', async () => {
    const { title } = DEFAULT_LETTER_TEMPLATES.handlingOpinion;
    await expect(saveSettings(db, { letterTemplates: { handlingOpinion: { title } as never } })).rejects.toThrow(
      '信访事项处理意见书模板：缺少“正文”',
    );
    expect(await storedRow()).toBeUndefined();
  });

  it('a template part the kind does not have is refused in Chinese', async () => {
    const template = { ...DEFAULT_LETTER_TEMPLATES.acceptanceNotice, footer: '此致' };
    await expect(saveSettings(db, { letterTemplates: { acceptanceNotice: template as never } })).rejects.toThrow(
      '受理告知书模板：没有“footer”这一部分',
    );
  });
});

describe('good values are kept exactly', () => {
  it('round-trips the operator, prefixes, wording, periods and a 2027 arrangement', async () => {
    const patch: Partial<Settings> = {
      operatorName: '李明',
      docNoPrefixes: { handlingOpinion: '曹矿信复', acceptanceNotice: '曹矿信受' },
      letterTemplates: {
        acceptanceNotice: { ...DEFAULT_LETTER_TEMPLATES.acceptanceNotice, title: '信访事项受理通知书' },
        handlingOpinion: {
          ...DEFAULT_LETTER_TEMPLATES.handlingOpinion,
          claim: '（{序号}）“{诉求}”：{处理结果}。{处理意见}',
        },
      },
      deadlineOverrides: {
        acceptanceNotice: { length: 3, unit: 'workingDays' },
        handling: { length: 10, unit: 'workingDays' },
        extension: { length: 15 },
      },
      holidayArrangements: { 2027: ARRANGEMENT_2027 },
    };
    const saved = await saveSettings(db, patch);
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, ...patch });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, ...patch });
  });

  it('trims the operator name and the 代字', async () => {
    const saved = await saveSettings(db, { operatorName: ' 李明 ', docNoPrefixes: { supervisionSheet: ' 曹矿信督 ' } });
    expect(saved).toMatchObject({ operatorName: '李明', docNoPrefixes: { supervisionSheet: '曹矿信督' } });
  });

  it('saving one section keeps the others', async () => {
    await saveSettings(db, { holidayArrangements: { 2027: ARRANGEMENT_2027 } });
    await saveSettings(db, { operatorName: '王芳' });
    expect(await getSettings(db)).toMatchObject({
      operatorName: '王芳',
      holidayArrangements: { 2027: ARRANGEMENT_2027 },
    });
  });
});

describe('settings stored by an older version', () => {
  it('read the new fields as their defaults', async () => {
    const old = {
      orgName: '某某能源集团公司信访办公室',
      collectiveThreshold: 3,
      attachmentMaxBytes: 5 * 1024 * 1024,
      dueSoonDays: 5,
    };
    await db.settings.put({ key: 'app', value: old });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, ...old });
    const saved = await saveSettings(db, { operatorName: '李明' });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, ...old, operatorName: '李明' });
  });

  it('keep every other value when one can no longer be read (an arrangement for a year chinese-days now covers)', async () => {
    // A newer chinese-days that publishes 2027 makes a saved 2027 arrangement invalid; here 2026 stands in for it.
    const stored = {
      ...DEFAULT_SETTINGS,
      orgName: '某某能源集团公司信访办公室',
      docNoPrefixes: { handlingOpinion: '曹矿信复' },
      holidayArrangements: { 2026: { holidays: ['2026-10-09'], makeUpWorkdays: [] }, 2027: ARRANGEMENT_2027 },
    };
    await db.settings.put({ key: 'app', value: stored });
    const read = await getSettings(db);
    expect(read).toEqual({ ...stored, holidayArrangements: { 2027: ARRANGEMENT_2027 } });
    // The next save must not turn the office's values back into the defaults.
    await saveSettings(db, { operatorName: '李明' });
    expect(await getSettings(db)).toEqual({
      ...stored,
      operatorName: '李明',
      holidayArrangements: { 2027: ARRANGEMENT_2027 },
    });
  });
});
