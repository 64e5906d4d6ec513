import { describe, expect, it } from 'vitest';
import { duplicateMarks, recheckAfterFix } from '../../../../renderer/src/domain/import/previewRecheck';
import { importedRow } from './importFixtures';

const WAGES = importedRow();
const HOUSING = importedRow({ matter: '反映住房漏雨' });
const START = { skipped: false, accepted: false };

describe('the duplicate status of the preview’s rows', () => {
  it('starts an exact duplicate, within the file or on the desk, skipped', () => {
    const marks = duplicateMarks([WAGES, HOUSING, WAGES], [false, true, false]);
    expect(marks).toEqual([
      { repeats: null, onDesk: false, decision: START },
      { repeats: null, onDesk: true, decision: { skipped: true, accepted: false } },
      { repeats: 0, onDesk: false, decision: { skipped: true, accepted: false } },
    ]);
  });

  it('keeps a fixed row skipped when it is still on the desk', () => {
    const before = duplicateMarks([WAGES, HOUSING], [false, true]);
    const fixed = importedRow({ matter: '反映住房漏雨', remarks: '已电话联系' });
    const after = recheckAfterFix([WAGES, fixed], before, 1, true);
    expect(after[1]).toEqual({ repeats: null, onDesk: true, decision: { skipped: true, accepted: false } });
  });

  it('skips a row fixed into a copy of an earlier row of the file, and un-skips one fixed out of it', () => {
    const before = duplicateMarks([WAGES, HOUSING, WAGES], [false, false, false]);
    const intoCopy = recheckAfterFix([WAGES, WAGES, WAGES], before, 1, false);
    expect(intoCopy.map((m) => [m.repeats, m.decision.skipped])).toEqual([
      [null, false],
      [0, true],
      [0, true],
    ]);
    const outOfCopy = recheckAfterFix([WAGES, HOUSING, importedRow({ matter: '反映工伤' })], before, 2, false);
    expect(outOfCopy[2]).toEqual({ repeats: null, onDesk: false, decision: START });
  });

  it('un-skips the later copy when the row it repeated is fixed into another, and leaves the clerk’s own choices', () => {
    const before = duplicateMarks([WAGES, HOUSING, WAGES, HOUSING], [false, false, false, false]);
    // The clerk imports the second 住房 row anyway and skips the first 工资 row by hand.
    before[3] = { ...(before[3] as (typeof before)[number]), decision: START };
    before[0] = { ...(before[0] as (typeof before)[number]), decision: { skipped: true, accepted: true } };
    const after = recheckAfterFix([importedRow({ matter: '反映工伤' }), HOUSING, WAGES, HOUSING], before, 0, false);
    expect(after.map((m) => [m.repeats, m.decision.skipped])).toEqual([
      [null, false],
      [null, false],
      [null, false],
      [1, false],
    ]);
    expect(after[2]?.decision).toEqual(START);
  });
});
