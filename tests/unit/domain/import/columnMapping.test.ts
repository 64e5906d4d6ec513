import { describe, expect, it } from 'vitest';
import {
  mappingFor,
  mappingPresetKey,
  presetOf,
  suggestMapping,
} from '../../../../renderer/src/domain/import/columnMapping';
import { matchHeader } from '../../../../renderer/src/domain/import/importFields';

describe('a column’s field from its header words', () => {
  it.each([
    ['序号', 'serialNo'],
    ['来访日期', 'receivedDate'],
    ['日期（年月日）', 'receivedDate'],
    ['来访\n形式', 'channel'],
    ['来访人姓名', 'names'],
    ['身份证号码', 'idNumber'],
    ['联系电话', 'phone'],
    ['所在单位', 'unit'],
    ['来访人数', 'headcount'],
    ['反映问题及诉求', 'matter'],
    ['问题类别', 'category'],
    ['主要诉求', 'demands'],
    ['承办单位', 'handlingUnit'],
    ['包案领导', 'leader'],
    ['办理期限', 'dueDate'],
    ['办理情况', 'handling'],
    ['是否办结', 'closed'],
    ['办结日期', 'closedDate'],
    ['满意度', 'satisfaction'],
    ['备  注', 'remarks'],
    ['信访编号', 'originalNo'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each(['受理日期', '受理日期（年月日）', '受理时间', '交办单位'])(
    'suggests no field for %s: not the day received, not the unit handling the matter',
    (header) => {
      expect(matchHeader(header)).toBeNull();
    },
  );

  it('knows nothing of an empty header or words it has no field for', () => {
    expect(matchHeader('')).toBeNull();
    expect(matchHeader('性别')).toBeNull();
  });
});

describe('the suggested mapping', () => {
  it('maps each field to one column at most, the surest header first', () => {
    expect(
      suggestMapping(['序号', '时间', '来访日期', '姓名', '性别', '反映问题', '办结时间', '电话', '联系电话']),
    ).toEqual(['serialNo', null, 'receivedDate', 'names', null, 'matter', 'closedDate', null, 'phone']);
  });

  it('takes the first of two columns with the same header', () => {
    expect(suggestMapping(['备注', '备注'])).toEqual(['remarks', null]);
  });
});

describe('mapping presets', () => {
  const headers = ['序号', '日期', '姓名', '反映问题', '其它'];
  const confirmed = ['serialNo', 'receivedDate', 'names', 'matter', 'remarks'] as const;

  it('keys a preset by the header words in order, whatever their spacing or trailing empty columns', () => {
    expect(mappingPresetKey(headers)).toBe('序号|日期|姓名|反映问题|其它');
    expect(mappingPresetKey(['序 号', '日期\n', '姓名', '反映问题', '其它', '', ''])).toBe(mappingPresetKey(headers));
  });

  it('reuses a saved mapping when the headers match, else suggests one', () => {
    const presets = [presetOf(headers, [...confirmed])];
    expect(mappingFor(['序号', '日期', '姓名', '反映问题', '其它', ''], presets)).toEqual([...confirmed]);
    expect(mappingFor(['日期', '姓名', '反映问题', '其它'], presets)).toEqual([
      'receivedDate',
      'names',
      'matter',
      null,
    ]);
  });
});
