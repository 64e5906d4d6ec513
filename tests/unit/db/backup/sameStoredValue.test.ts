import { describe, expect, it } from 'vitest';
import { sameStoredValue } from '../../../../renderer/src/db/backup/restoreChanges';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('a restore keeps a stored record only when writing the backup’s would store the same value', () => {
  it.each<[string, boolean, unknown, unknown]>([
    [
      'equal plain records',
      true,
      { id: 'p1', n: 1, tags: ['a', 'b'], flags: { x: false }, source: null },
      { id: 'p1', n: 1, tags: ['a', 'b'], flags: { x: false }, source: null },
    ],
    ['the same properties in another order', true, { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }],
    ['a property holding undefined and no property', true, { a: 1, note: undefined }, { a: 1 }],
    ['a changed text deep inside', false, { a: { b: ['x', { c: '旧' }] } }, { a: { b: ['x', { c: '新' }] } }],
    ['a property more', false, { a: 1 }, { a: 1, b: null }],
    ['a property fewer', false, { a: 1, b: 2 }, { a: 1 }],
    ['null and undefined in an array', false, [undefined], [null]],
    ['an array and an object with its indexes', false, ['a'], { 0: 'a' }],
    ['a number and its text', false, { n: 1 }, { n: '1' }],
    ['NaN and null (what JSON makes of NaN)', false, { n: Number.NaN }, { n: null }],
    ['-0 and 0', false, { n: -0 }, { n: 0 }],
    ['a Date and its ISO text', false, { at: new Date('2026-05-25T10:00:00Z') }, { at: '2026-05-25T10:00:00.000Z' }],
    ['equal byte arrays', true, { bytes: bytes(1, 2, 3) }, { bytes: bytes(1, 2, 3) }],
    ['byte arrays one byte apart', false, { bytes: bytes(1, 2, 3) }, { bytes: bytes(1, 2, 4) }],
    [
      'a byte array and a view of a larger buffer',
      false,
      { bytes: bytes(0, 1, 2, 3).subarray(1) },
      { bytes: bytes(1, 2, 3) },
    ],
    ['a byte array and an array of its numbers', false, { bytes: bytes(1, 2) }, { bytes: [1, 2] }],
  ])('%s: the same = %s', (_name, same, stored, incoming) => {
    expect(sameStoredValue(stored, incoming)).toBe(same);
  });

  it('two Blobs are never the same, even one and the same (their bytes cannot be read inside a transaction)', () => {
    const blob = new Blob([bytes(1, 2, 3)], { type: 'image/png' });
    expect(sameStoredValue({ data: blob }, { data: blob })).toBe(false);
  });
});
