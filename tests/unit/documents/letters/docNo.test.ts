import { describe, expect, it } from 'vitest';
import {
  DOC_KINDS,
  NUMBERED_DOC_KINDS,
  checkDocNoPrefix,
  docNoCounterKey,
  formatDocNo,
  nextDocNo,
  parseDocNo,
  type DocKind,
} from '../../../../renderer/src/domain/docNo';

describe('文号 format', () => {
  it.each([
    ['曹矿信复', 2026, 12, '曹矿信复〔2026〕12号'],
    ['信受', 2026, 1, '信受〔2026〕1号'],
    ['信复查', 2027, 1000, '信复查〔2027〕1000号'],
  ])('writes %s, %i, %i as %s: six-corner brackets, no leading zeros, no 第', (prefix, year, n, expected) => {
    expect(formatDocNo(prefix, year, n)).toBe(expected);
  });

  it.each([
    ['', '请填写文号代字'],
    ['曹矿〔信〕', '不能含括号'],
    ['信复2026', '不能含括号、数字'],
    ['信复号', '“号”字'],
  ])('refuses the prefix “%s”', (prefix, message) => {
    expect(checkDocNoPrefix(prefix)).toContain(message);
    expect(() => formatDocNo(prefix, 2026, 1)).toThrow(message);
  });

  it.each([0, -1, 1.5])('refuses the number %d', (n) => {
    expect(() => formatDocNo('信受', 2026, n)).toThrow('文号序号');
  });

  it('reads a 文号 back, also when typed with other brackets, a 第 or leading zeros', () => {
    expect(parseDocNo('曹矿信复〔2026〕12号')).toEqual({ prefix: '曹矿信复', year: 2026, n: 12 });
    expect(parseDocNo('曹矿信复[2026]012号')).toEqual({ prefix: '曹矿信复', year: 2026, n: 12 });
    expect(parseDocNo('曹矿信复（2026）第12号')).toEqual({ prefix: '曹矿信复', year: 2026, n: 12 });
    expect(parseDocNo('曹矿信复【2026】 12号')).toEqual({ prefix: '曹矿信复', year: 2026, n: 12 });
  });

  it.each(['曹矿信复2026年12号', '〔2026〕12号', '曹矿信复〔26〕12号', '曹矿信复〔2026〕0号', '曹矿信复〔2026〕12'])(
    'does not read %s as a 文号',
    (text) => {
      expect(parseDocNo(text)).toBeNull();
    },
  );
});

describe('文号 kinds', () => {
  it('numbers every letter but the 登记表, which carries the 登记编号', () => {
    expect(NUMBERED_DOC_KINDS).not.toContain('registrationForm');
    expect(NUMBERED_DOC_KINDS).toHaveLength(Object.keys(DOC_KINDS).length - 1);
  });

  it('gives each numbered kind its own valid default prefix', () => {
    const prefixes = NUMBERED_DOC_KINDS.map((kind) => DOC_KINDS[kind].defaultPrefix);
    for (const prefix of prefixes) expect(checkDocNoPrefix(prefix)).toBeNull();
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('names the 处理意见书 as the Regulation does and defaults it to 信复', () => {
    expect(DOC_KINDS.handlingOpinion).toEqual({ label: '信访事项处理意见书', defaultPrefix: '信复', hasDocNo: true });
  });
});

/** Issues numbers one after another, as the db counter would, and returns the 文号 texts. */
function issue(steps: [DocKind, number][], start: Record<string, number> = {}, prefix?: string): string[] {
  let counters: Readonly<Record<string, number>> = start;
  return steps.map(([kind, year]) => {
    const next = nextDocNo(counters, kind, year, prefix ?? DOC_KINDS[kind].defaultPrefix);
    counters = next.counters;
    return next.docNo;
  });
}

describe('文号 sequence (nextDocNo)', () => {
  it('counts each kind on its own within a year', () => {
    expect(
      issue([
        ['acceptanceNotice', 2026],
        ['acceptanceNotice', 2026],
        ['handlingOpinion', 2026],
        ['acceptanceNotice', 2026],
        ['handlingOpinion', 2026],
      ]),
    ).toEqual(['信受〔2026〕1号', '信受〔2026〕2号', '信复〔2026〕1号', '信受〔2026〕3号', '信复〔2026〕2号']);
  });

  it('starts again at 1 in a new year, while late letters of the old year go on from its last number', () => {
    const start = { [docNoCounterKey('handlingOpinion', 2026)]: 57 };
    expect(
      issue(
        [
          ['handlingOpinion', 2026],
          ['handlingOpinion', 2027],
          ['handlingOpinion', 2027],
          ['handlingOpinion', 2026],
        ],
        start,
        '曹矿信复',
      ),
    ).toEqual(['曹矿信复〔2026〕58号', '曹矿信复〔2027〕1号', '曹矿信复〔2027〕2号', '曹矿信复〔2026〕59号']);
  });

  it('keeps its counter under docNo:{kind}:{year} and leaves the given counters unchanged', () => {
    const counters = Object.freeze({ 'docNo:assignmentSheet:2026': 4 });
    const next = nextDocNo(counters, 'assignmentSheet', 2026);
    expect(next).toMatchObject({ key: 'docNo:assignmentSheet:2026', n: 5, docNo: '信交〔2026〕5号' });
    expect(next.counters).toEqual({ 'docNo:assignmentSheet:2026': 5 });
    expect(counters['docNo:assignmentSheet:2026']).toBe(4);
  });

  it('never gives two letters of a kind and year the same number', () => {
    const numbers = issue(
      Array.from({ length: 200 }, (_, i) => ['supervisionSheet', 2026 + (i % 2)] as [DocKind, number]),
    );
    expect(new Set(numbers).size).toBe(200);
  });

  it('refuses to number the 登记表', () => {
    expect(() => nextDocNo({}, 'registrationForm', 2026)).toThrow('信访登记表不编文号');
  });
});
