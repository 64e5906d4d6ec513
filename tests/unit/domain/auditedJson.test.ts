import { describe, expect, it } from 'vitest';
import { auditSnapshot, canonicalJson, snapshotJson } from '../../../renderer/src/domain/audit/chain';
import { auditedJson, auditedValue } from '../../../renderer/src/domain/audit/entities';

/** The definition the bulk digest keeps (docs/security.md): a copy as the trail would keep it, in canonical JSON. */
const asDefined = (table: string, value: unknown) => canonicalJson(auditedValue(table, auditSnapshot(value)));

const sparse: unknown[] = ['a'];
sparse[3] = 'd';

const RECORDS: unknown[] = [
  null,
  undefined,
  7,
  '文本',
  true,
  new Date(Date.UTC(2019, 2, 5, 8, 30)),
  new Uint8Array([1, 2, 3]),
  new Blob(['信访'], { type: 'text/plain' }),
  ['x', undefined, null, 3],
  sparse,
  {
    id: 'p-1',
    regNo: '2019-0001',
    searchText: '张三 13800001111',
    summary: '反映"工资"\n未发',
    zeta: undefined,
    nested: { b: 2, a: [1, { d: undefined, c: new Date(Date.UTC(2020, 0, 1)) }], bytes: new ArrayBuffer(4) },
    flags: { collective: false, anonymous: true },
    caseFacts: { nature: '申诉求决', followUp: { date: '2019-03-05', satisfaction: '满意' } },
  },
  { username: 'clerk', password: 'hash', sessionTokens: ['t'], displayName: '王丽' },
  { '': 'empty key', Z: 1, a: 2, 中: 3, '10': 4, '9': 5 },
];

describe('a record as the bulk digest hashes it, built in one pass', () => {
  for (const table of ['petitions', 'users', 'receptions', 'caseEvents']) {
    it(`is exactly the canonical JSON of the trail's copy, for ${table}`, () => {
      for (const record of RECORDS) expect(auditedJson(table, record)).toBe(asDefined(table, record));
    });
  }

  it('keeps an undefined field as null, as the snapshot does, and drops the derived and secret fields', () => {
    expect(snapshotJson({ b: undefined, a: 1 })).toBe('{"a":1,"b":null}');
    expect(auditedJson('petitions', { searchText: 's', id: 'p' })).toBe('{"id":"p"}');
    expect(auditedJson('users', { password: 'h', sessionTokens: [], id: 'u' })).toBe(
      '{"id":"u","password":"（已隐去）"}',
    );
  });

  it('falls back to the copy for a record that is not a plain object (an array stored as a petition)', () => {
    expect(auditedJson('petitions', ['a', 'b'])).toBe(asDefined('petitions', ['a', 'b']));
    class Odd {
      searchText = 's';
      id = 'p';
    }
    expect(auditedJson('petitions', new Odd())).toBe('{"id":"p"}');
  });
});
