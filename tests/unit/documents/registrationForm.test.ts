import { describe, expect, it } from 'vitest';
import type { PetitionDetail } from '../../../renderer/src/domain/petitionDetail';
import {
  buildRegistrationForm,
  registrationFormFromDetail,
  type RegistrationFormData,
} from '../../../renderer/src/documents/registrationForm';
import { TEXT_WIDTH } from '../../../renderer/src/documents/gbStyle';
import type { Petition, Petitioner } from '../../../renderer/src/domain/types';
import { paragraphsWith, textOf, unpack } from './docxParts';
import { rowsOf, tablesOf } from './tableChecks';

function formData(overrides: Partial<RegistrationFormData> = {}): RegistrationFormData {
  return {
    orgName: '某煤业集团有限公司信访办公室',
    regNo: '2026-0137',
    channel: '来访',
    receivedAt: '2026-05-25T09:30',
    petitioners: [
      {
        name: '王建国',
        gender: '男',
        idNumber: '140203195603123514',
        phone: '13934561287',
        address: '一号矿井南山生活区12号楼',
        identityType: '离退休人员',
        unitName: '一号矿井',
      },
      {
        name: '李桂兰',
        gender: '女',
        idNumber: '140203195809172426',
        phone: '13803527719',
        address: '一号矿井南山生活区9号楼',
        identityType: '离退休人员',
        unitName: '',
      },
    ],
    headcount: 6,
    representatives: ['王建国', '李桂兰'],
    categoryPath: '住房与三供一业 / 供热',
    nature: '申诉求决',
    involvedUnitName: '一号矿井',
    summary: '三供一业移交后供暖费补贴未发放。',
    demands: '补发2025—2026年采暖季补贴。',
    receivingOfficer: '孙丽娟',
    flags: ['集体访'],
    printedAt: '2026-05-26T10:05',
    ...overrides,
  };
}

describe('信访登记表', () => {
  it('is laid out on the GB/T 9704 page: A4 with margins 37/35/28/26 mm', async () => {
    const { document } = await unpack(buildRegistrationForm(formData()));
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('is titled 信访登记表 in 方正小标宋简体 二号', async () => {
    const { document } = await unpack(buildRegistrationForm(formData()));
    const [heading] = paragraphsWith(document, '信访登记表');
    expect(textOf(heading ?? '')).toBe('信访登记表');
    expect(heading).toContain('w:eastAsia="方正小标宋简体"');
    expect(heading).toContain('<w:sz w:val="44"/>');
  });

  it('shows the registration number and the registration date written 2026年5月25日', async () => {
    const { document } = await unpack(buildRegistrationForm(formData()));
    const [line] = paragraphsWith(document, '登记编号');
    expect(textOf(line ?? '')).toBe('登记编号：2026-0137登记日期：2026年5月25日');
  });

  it("names a superior body's referral 上级转送/交办, as the form and the ledger do", async () => {
    const text = textOf((await unpack(buildRegistrationForm(formData({ channel: '上级转送' })))).document);
    expect(text).toContain('信访方式上级转送/交办');
  });

  it('writes the received time and the print time with Chinese dates', async () => {
    const text = textOf((await unpack(buildRegistrationForm(formData()))).document);
    expect(text).toContain('信访时间2026年5月25日 09:30');
    expect(text).toContain('打印时间2026年5月26日 10:05');
  });

  it('names 仿宋_GB2312 and sets the signature lines in 三号 (w:sz 32)', async () => {
    const { document } = await unpack(buildRegistrationForm(formData()));
    const [signature] = paragraphsWith(document, '信访人签字');
    expect(signature).toContain('w:eastAsia="仿宋_GB2312"');
    expect(signature).toContain('<w:sz w:val="32"/>');
    expect(signature).toContain('<w:u w:val="single"/>');
    expect(paragraphsWith(document, '接待人签字')).toHaveLength(1);
  });

  it('lists every petitioner with the full ID number, because the visitor signs the form', async () => {
    const text = textOf((await unpack(buildRegistrationForm(formData()))).document);
    for (const heading of ['姓名', '性别', '身份证号', '联系电话', '住址', '身份']) expect(text).toContain(heading);
    expect(text).toContain('王建国男14020319560312351413934561287');
    expect(text).toContain('李桂兰女140203195809172426');
    expect(text).not.toContain('*');
  });

  it('has a row for every registered field', async () => {
    const text = textOf((await unpack(buildRegistrationForm(formData()))).document);
    expect(text).toContain('登记单位某煤业集团有限公司信访办公室');
    expect(text).toContain('信访方式来访');
    expect(text).toContain('信访人数6人代表人王建国、李桂兰');
    expect(text).toContain('问题类别住房与三供一业 / 供热信访性质申诉求决');
    expect(text).toContain('涉及单位一号矿井标记集体访');
    expect(text).toContain('摘要三供一业移交后供暖费补贴未发放。');
    expect(text).toContain('诉求补发2025—2026年采暖季补贴。');
    expect(text).toContain('接待人孙丽娟');
  });

  it('prints 无 when no flag is set', async () => {
    const text = textOf((await unpack(buildRegistrationForm(formData({ flags: [] })))).document);
    expect(text).toContain('标记无');
  });

  it('gives the summary and the demands tall rows for long text', async () => {
    const { document } = await unpack(buildRegistrationForm(formData()));
    expect(document.match(/<w:trHeight w:val="\d+" w:hRule="atLeast"\/>/g)).toHaveLength(2);
  });

  it('spans exactly the text width, so the table lines up with the margins', async () => {
    const { document } = await unpack(buildRegistrationForm(formData()));
    const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(document)?.[1] ?? '';
    const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });

  it('sets the table in 小四 (w:sz 24)', async () => {
    const { document } = await unpack(buildRegistrationForm(formData()));
    const table = /<w:tbl>.*<\/w:tbl>/s.exec(document)?.[0] ?? '';
    const sizes = new Set([...table.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect([...sizes]).toEqual(['24']);
  });

  it('repeats each part’s heading rows on the page it runs onto (登记单位; the 信访人 caption and headings; the 信访事项 caption); rows never split but 摘要 and 诉求', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...formData().petitioners[0]!, name: `职工${i + 1}` }));
    const { document } = await unpack(buildRegistrationForm({ ...formData(), petitioners: many, headcount: 12 }));
    const [facts, people, matter] = tablesOf(document);
    expect(tablesOf(document)).toHaveLength(3);
    const [caption, headings, ...persons] = rowsOf(people ?? '');
    expect(textOf(caption ?? '')).toBe('信访人');
    expect(textOf(headings ?? '')).toBe('姓名性别身份证号联系电话住址身份');
    for (const row of [caption, headings]) expect(row).toContain('<w:tblHeader/>');
    expect(persons).toHaveLength(12);
    const [unit, ...facts2] = rowsOf(facts ?? '');
    const [matterCaption, summary, demands, ...matterRest] = rowsOf(matter ?? '');
    expect(textOf(unit ?? '')).toMatch(/^登记单位/);
    expect(textOf(matterCaption ?? '')).toBe('信访事项');
    for (const row of [unit, matterCaption]) expect(row).toContain('<w:tblHeader/>');
    for (const row of [...facts2, ...persons, ...matterRest]) {
      expect(row).toContain('<w:cantSplit/>');
      expect(row).not.toContain('<w:tblHeader/>');
    }
    for (const row of [summary, demands]) {
      expect(row).not.toContain('<w:cantSplit/>');
      expect(row).not.toContain('<w:tblHeader/>');
    }
    // The parts read as one form: a paragraph a tenth of a point high between them, every part bordered all round.
    expect(document).toMatch(
      /<\/w:tbl><w:p><w:pPr><w:keepNext\/><w:spacing w:line="2" w:lineRule="exact"\/><\/w:pPr><\/w:p><w:tbl>/,
    );
    for (const part of [facts, people, matter]) expect(part).toMatch(/<w:tblBorders><w:top w:val="single"/);
  });
});

function person(id: string, name: string, unitId: string | null): Petitioner {
  return {
    id,
    name,
    gender: '男',
    idNumber: '',
    phone: '',
    address: '',
    identityType: '离退休人员',
    unitId,
    createdAt: '',
    updatedAt: '',
  };
}

function detail(petition: Partial<Petition>): PetitionDetail {
  return {
    petition: {
      id: 'p1',
      regNo: '2026-0137',
      year: 2026,
      seq: 137,
      channel: '来访',
      receivedAt: '2026-05-25T09:30',
      petitionerIds: ['a', 'b'],
      representativeIds: ['b'],
      headcount: 6,
      categoryId: 'cat-09-04',
      nature: '申诉求决',
      unitId: 'unit-1-1',
      summary: '摘要',
      demands: '诉求',
      receivingOfficer: '孙丽娟',
      flags: { collective: true, jointLetter: false, anonymous: false, levelSkipping: true, lawRelated: false },
      source: null,
      status: 'registered',
      receptionCount: 1,
      searchText: '',
      createdAt: '',
      updatedAt: '',
      ...petition,
    },
    receptions: [],
    petitioners: [person('a', '王建国', 'unit-1-1'), person('b', '李桂兰', null)],
    attachments: [],
    events: [],
    category: { id: 'cat-09-04', parentId: 'cat-09', name: '供热', order: 4 },
    parentCategory: { id: 'cat-09', parentId: null, name: '住房与三供一业', order: 9 },
    unit: { id: 'unit-1-1', parentId: 'unit-1', name: '一号矿井', partyBranch: '', order: 1 },
    identityHidden: false,
  };
}

describe('registrationFormFromDetail', () => {
  const lookups = {
    orgName: '某煤业集团有限公司信访办公室',
    units: [{ id: 'unit-1-1', parentId: 'unit-1', name: '一号矿井', partyBranch: '', order: 1 }],
    printedAt: '2026-05-26T10:05',
  };

  it('resolves ids to names: category path, involved unit, petitioner units and representatives', () => {
    const data = registrationFormFromDetail(detail({}), lookups);
    expect(data.categoryPath).toBe('住房与三供一业 / 供热');
    expect(data.involvedUnitName).toBe('一号矿井');
    expect(data.petitioners.map((p) => [p.name, p.unitName])).toEqual([
      ['王建国', '一号矿井'],
      ['李桂兰', ''],
    ]);
    expect(data.representatives).toEqual(['李桂兰']);
    expect(data.printedAt).toBe('2026-05-26T10:05');
  });

  it('labels the flags that are set, in the order the app lists them', () => {
    expect(registrationFormFromDetail(detail({}), lookups).flags).toEqual(['集体访', '越级访']);
  });

  it('adds 重复访 when the petition has more than one reception', () => {
    expect(registrationFormFromDetail(detail({ receptionCount: 2 }), lookups).flags).toContain('重复访');
  });

  it('prints a phone as the clerk typed it (0912-3456789), and an older record without the typed form as stored', async () => {
    const typed = { ...person('a', '王建国', 'unit-1-1'), phone: '09123456789', phoneAsTyped: '0912-3456789' };
    const older = { ...person('b', '李桂兰', null), phone: '13803527719' };
    const data = registrationFormFromDetail({ ...detail({}), petitioners: [typed, older] }, lookups);
    const { document } = await unpack(buildRegistrationForm(data));
    expect(document).toContain('>0912-3456789<');
    expect(document).not.toContain('09123456789');
    expect(document).toContain('>13803527719<');
  });
});
