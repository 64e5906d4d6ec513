import { describe, expect, it } from 'vitest';
import { quarterPeriod } from '../../../../renderer/src/domain/statistics';
import { chooseTypicalCases, describeTypicalCases } from '../../../../renderer/src/documents/report/typicalCases';
import { CATEGORIES, UNITS } from '../../domain/statistics/dataset';
import { CANDIDATES, TEXTS } from './reportData';

const TOP = [
  { key: 'cat-01', name: '工资福利', count: 3, share: 0.5 },
  { key: 'cat-03', name: '社会保险', count: 2, share: 0.3 },
  { key: 'cat-09', name: '住房与三供一业', count: 1, share: 0.1 },
];
const context = { period: quarterPeriod(2026, 2), units: UNITS, categories: CATEGORIES, topCategories: TOP };

describe('typical cases (典型事例)', () => {
  it('takes one case per main category of the period, a 集体访 or the most contacted first', () => {
    const chosen = chooseTypicalCases(CANDIDATES, { ...context, scope: { kind: 'all' } });
    // 工资福利: P1 (2 contacts) over P2 and P6; 社会保险: P3, the 集体访; 住房与三供一业: P5, which names no unit (the whole organisation counts it).
    expect(chosen.map((c) => [c.category, c.candidate.id])).toEqual([
      ['工资福利', 'P1'],
      ['社会保险', 'P3'],
      ['住房与三供一业', 'P5'],
    ]);
  });

  it('keeps to the scope’s units', () => {
    const chosen = chooseTypicalCases(CANDIDATES, { ...context, scope: { kind: 'branch', branch: '选煤厂党支部' } });
    expect(chosen.map((c) => c.candidate.id)).toEqual(['P3']);
  });

  it('describes a case by category and unit, retold in the third person with 某-names, without ID numbers or phones', () => {
    const chosen = chooseTypicalCases(CANDIDATES, { ...context, scope: { kind: 'all' } });
    const [first, second, third] = describeTypicalCases(chosen, TEXTS, UNITS);
    // P5 names no unit: it is told without one, not as 「（未指定单位）」.
    expect(third?.unit).toBe('');
    expect(first).toEqual({
      category: '工资福利',
      unit: '综采一队',
      summary: '张某来访反映，单位拖欠工资三个月，张某要求尽快补发。',
    });
    // P3: a 来访 of 6.
    expect(second?.summary).toBe('张某等6人来访反映，单位拖欠工资三个月，张某要求尽快补发。');
  });

  it('never prints the petitioner’s own words: 「本人」 and 「我」 become 「其」', () => {
    const chosen = chooseTypicalCases(CANDIDATES, { ...context, scope: { kind: 'all' } });
    const firstPerson = new Map(
      [...TEXTS].map(([id, t]) => [
        id,
        { ...t, summary: `${t.petitionerNames[0]}反映本人工资被拖欠三个月，要求补发我的工资。` },
      ]),
    );
    for (const c of describeTypicalCases(chosen, firstPerson, UNITS)) {
      expect(c.summary).not.toMatch(/本人|我/u);
      expect(c.summary).toMatch(/^张某(?:等\d+人)?来访反映，其工资被拖欠三个月，要求补发其工资。$/u);
    }
  });

  it('passes over a matter whose row has no summary, and leaves out a chosen case no longer on file', () => {
    const silent = CANDIDATES.map((c) => (c.id === 'P1' ? { ...c, summary: '  ' } : c));
    const chosen = chooseTypicalCases(silent, { ...context, scope: { kind: 'all' } });
    expect(chosen.map((c) => c.candidate.id)).toEqual(['P2', 'P3', 'P5']);
    const onFile = new Map([...TEXTS].filter(([id]) => id !== 'P3'));
    expect(describeTypicalCases(chosen, onFile, UNITS).map((c) => c.category)).toEqual(['工资福利', '住房与三供一业']);
  });
});
