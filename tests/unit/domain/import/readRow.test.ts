import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../renderer/src/domain/import/columnMapping';
import { readImportRow } from '../../../../renderer/src/domain/import/readRow';

const NOW = new Date(2026, 4, 25);
const IN_2025 = { year: 2025 };
const MAPPING: ColumnMapping = [
  'serialNo',
  'receivedDate',
  'channel',
  'names',
  'idNumber',
  'phone',
  'headcount',
  'matter',
  'closed',
  'closedDate',
  'satisfaction',
];

describe('a data row read through the mapping', () => {
  it('reads a complete row into the desk’s values with no problem', () => {
    const reading = readImportRow(
      [
        1,
        '3月5日',
        '走访',
        '张三',
        '410602199001011231',
        '138 0000 1111',
        1,
        '拖欠工资',
        '已办结',
        '2025.3.20',
        '满意',
      ],
      MAPPING,
      IN_2025,
      NOW,
    );
    expect(reading.errors).toEqual([]);
    expect(reading.warnings).toEqual([]);
    expect(reading.row).toMatchObject({
      receivedDate: '2025-03-05',
      channel: '来访',
      people: [
        { name: '张三', idNumber: { state: 'valid', idNumber: '410602199001011231' }, phones: ['138 0000 1111'] },
      ],
      headcount: 1,
      matter: '拖欠工资',
      closed: true,
      closedDate: '2025-03-20',
      satisfaction: '满意',
    });
  });

  it('errs on a row without a day or a matter', () => {
    const reading = readImportRow([2, '', '来访', '张三'], MAPPING, IN_2025, NOW);
    expect(reading.errors).toEqual([
      { level: 'error', field: 'receivedDate', message: '日期：未填写' },
      { level: 'error', field: 'matter', message: '反映问题：未填写' },
    ]);
  });

  it('warns of an ID Excel rounded, an unknown channel and a bad phone, and still reads the row', () => {
    const reading = readImportRow(
      [3, 45721, '其他', '李四', Number('410602199001011231'), '1380000', null, '社保欠缴'],
      MAPPING,
      IN_2025,
      NOW,
    );
    expect(reading.errors).toEqual([]);
    expect(reading.warnings.map((w) => w.field)).toEqual(['channel', 'idNumber', 'phone']);
    expect(reading.row.people[0]?.idNumber).toMatchObject({ state: 'incomplete', knownDigits: '410602199001011' });
    expect(reading.row.channel).toBeNull();
  });

  it('takes the headcount as the larger of the named, the stated and the 人数 column', () => {
    const cells = (names: string, headcount: unknown) => [4, '2025-3-5', '来访', names, null, null, headcount, '工资'];
    expect(readImportRow(cells('张三、李四等12人', null), MAPPING, IN_2025, NOW).row.headcount).toBe(12);
    expect(readImportRow(cells('张三、李四', '15人'), MAPPING, IN_2025, NOW).row.headcount).toBe(15);
    expect(readImportRow(cells('张三', '20人次'), MAPPING, IN_2025, NOW).row.headcount).toBe(20);
    expect(readImportRow(cells('张三', '很多'), MAPPING, IN_2025, NOW).warnings.map((w) => w.message)).toEqual([
      '人数「很多」无法识别',
    ]);
    const fewer = readImportRow(cells('张三、李四、王五', 2), MAPPING, IN_2025, NOW);
    expect(fewer.row.headcount).toBe(3);
    expect(fewer.warnings.map((w) => w.message)).toEqual(['人数少于所列姓名数，按姓名数计']);
    const unstated = readImportRow(cells('王五等', null), MAPPING, IN_2025, NOW);
    expect(unstated.row.headcount).toBe(2);
    expect(unstated.warnings.map((w) => w.message)).toEqual(['姓名后写「等」但未写人数，请核对人数']);
  });

  it('gives several IDs and phones to the named people in order, unpaired phones to the first', () => {
    const paired = readImportRow(
      [
        5,
        '2025-3-5',
        '来访',
        '张三、李四',
        '410602199001011231、11010519491231002X',
        '13800001111 13900002222',
        null,
        '工资',
      ],
      MAPPING,
      IN_2025,
      NOW,
    ).row.people;
    expect(paired.map((p) => [p.name, p.idNumber?.state === 'valid' && p.idNumber.idNumber, p.phones])).toEqual([
      ['张三', '410602199001011231', ['13800001111']],
      ['李四', '11010519491231002X', ['13900002222']],
    ]);
    const unpaired = readImportRow([6, '2025-3-5', '来访', '张三、李四', null, '13800001111'], MAPPING, IN_2025, NOW);
    expect(unpaired.row.people.map((p) => p.phones)).toEqual([['13800001111'], []]);
  });

  it('keeps an empty slot in a list of IDs or phones in its place: the second ID and phone are the second person’s', () => {
    const people = readImportRow(
      [5, '2025-3-5', '来访', '张三、李四', '、410602199001011231', '无、13900002222', null, '工资'],
      MAPPING,
      IN_2025,
      NOW,
    ).row.people;
    expect(people.map((p) => [p.name, p.idNumber?.state === 'valid' && p.idNumber.idNumber, p.phones])).toEqual([
      ['张三', false, []],
      ['李四', '410602199001011231', ['13900002222']],
    ]);
    expect(people[0]?.idNumber).toBeNull();
    const onLines = readImportRow(
      [5, '2025-3-5', '来访', '张三、李四', '410602199001011231、\n11010519491231002X', null, null, '工资'],
      MAPPING,
      IN_2025,
      NOW,
    ).row.people;
    expect(onLines.map((p) => p.idNumber?.state === 'valid' && p.idNumber.idNumber)).toEqual([
      '410602199001011231',
      '11010519491231002X',
    ]);
  });

  it('warns of an ID failing its check, naming the column and the person, and sets its text aside for the note', () => {
    const reading = readImportRow(
      [5, '2025-3-5', '来访', '张三', '410602199001011232', null, null, '工资'],
      MAPPING,
      IN_2025,
      NOW,
    );
    expect(reading.row.people[0]?.idNumber).toMatchObject({ state: 'invalid' });
    expect(reading.warnings).toEqual([
      {
        level: 'warning',
        field: 'idNumber',
        message:
          'E列身份证号（张三）「4106**********1232」：身份证号校验位不正确，请核对；未存为身份证号，遮挡后记入办理记录',
      },
    ]);
    expect(reading.row.setAside).toEqual(['张三的身份证号（E列，未通过核验）：4106**********1232']);
  });

  it('sets aside an ID Excel rounded and IDs beyond the names with a warning, and a person’s phones after the first', () => {
    const reading = readImportRow(
      [
        5,
        '2025-3-5',
        '来访',
        '张三',
        '4.10602199001011E+17、11010519491231002X',
        '13800001111、13900002222',
        null,
        '工资',
      ],
      MAPPING,
      IN_2025,
      NOW,
    );
    expect(reading.row.people[0]?.phones).toEqual(['13800001111', '13900002222']);
    expect(reading.row.setAside).toEqual([
      '张三的身份证号（E列，未通过核验）：4.10************E+17',
      '张三的其他电话：139****2222',
      '多出的身份证号（E列）：1101**********002X',
    ]);
    expect(reading.warnings.map((w) => w.message)).toEqual([
      'E列身份证号（张三）「4.10************E+17」：身份证号被Excel存为数字，末几位已丢失，请按原件补全；未存为身份证号，遮挡后记入办理记录',
      '身份证号比姓名多，多出的未存入，遮挡后记入办理记录',
    ]);
  });

  it('reads （匿名） as an anonymous row, with no warning for its missing name', () => {
    const reading = readImportRow([9, '2025-3-5', '来信', '（匿名）', null, null, null, '工资'], MAPPING, IN_2025, NOW);
    expect(reading.row).toMatchObject({ people: [], anonymous: true, headcount: 1 });
    expect(reading.warnings).toEqual([]);
  });

  it('keeps an ID without a name on an unnamed person, with a warning', () => {
    const reading = readImportRow(
      [7, '2025-3-5', '来信', '', '410602199001011231', null, null, '工资'],
      MAPPING,
      IN_2025,
      NOW,
    );
    expect(reading.row.people).toEqual([
      { name: '', idNumber: { state: 'valid', idNumber: '410602199001011231' }, phones: [] },
    ]);
    expect(reading.warnings.map((w) => w.message)).toEqual(['姓名：未填写']);
  });

  it('reads a 办结日期 without 是否办结 as closed, and warns of a closed row without its day or with one before the visit', () => {
    const cells = (closed: unknown, closedDate: unknown) => [
      8,
      '2025-3-5',
      '来访',
      '张三',
      null,
      null,
      null,
      '工资',
      closed,
      closedDate,
    ];
    expect(readImportRow(cells(null, '2025-3-9'), MAPPING, IN_2025, NOW).row.closed).toBe(true);
    expect(readImportRow(cells('是', null), MAPPING, IN_2025, NOW).warnings.map((w) => w.message)).toEqual([
      '已办结但未填办结日期',
    ]);
    expect(readImportRow(cells('是', '2025-3-1'), MAPPING, IN_2025, NOW).warnings.map((w) => w.message)).toEqual([
      '办结日期早于信访日期',
    ]);
    expect(readImportRow(cells('是', '2025-2-30'), MAPPING, IN_2025, NOW).warnings.map((w) => w.message)).toEqual([
      '办结日期：「2025-2-30」不是真实存在的日期',
    ]);
    expect(readImportRow(cells('否', '2025-3-9'), MAPPING, IN_2025, NOW).warnings.map((w) => w.message)).toEqual([
      '填有办结日期但未办结，请核对',
    ]);
  });
});

describe('days after today', () => {
  it('refuses a received day after today (a typed 2052 for 2025) and warns of a 办结日期 after today', () => {
    const reading = readImportRow(
      [1, '2052.3.5', '来访', '张三', '', '', 1, '拖欠工资', '已办结', '2026.6.1', ''],
      MAPPING,
      IN_2025,
      NOW,
    );
    expect(reading.errors).toContainEqual({ level: 'error', field: 'receivedDate', message: '日期：晚于今天' });
    expect(reading.warnings).toContainEqual({ level: 'warning', field: 'closedDate', message: '办结日期晚于今天' });
    const today = readImportRow([1, '2026.5.25', '来访', '张三', '', '', 1, '拖欠工资'], MAPPING, IN_2025, NOW);
    expect(today.errors).toEqual([]);
  });
});
