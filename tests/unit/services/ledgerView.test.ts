import { describe, expect, it } from 'vitest';
import { defaultCategories, defaultUnits } from '../../../renderer/src/domain/defaults';
import {
  EMPTY_LEDGER_VIEW,
  ledgerLink,
  ledgerViewFromSearch,
  toLedgerQuery,
} from '../../../renderer/src/services/ledgerView';

const params = (link: string) => new URLSearchParams(link.slice(link.indexOf('?') + 1));

describe('ledger filters in a link', () => {
  it('carries period, categories, units (exactly, when asked), channels, statuses and flags, and reads them back', () => {
    const link = ledgerLink({
      from: '2026-04-01',
      to: '2026-06-30',
      categoryIds: ['cat-01'],
      unitIds: ['unit-1-1', 'unit-1-1-4'],
      exactUnits: true,
      channels: ['来访'],
      statuses: ['closed'],
      flags: ['repeat'],
    });
    expect(link).toBe(
      '/ledger?from=2026-04-01&to=2026-06-30&channels=%E6%9D%A5%E8%AE%BF&categoryIds=cat-01&unitIds=unit-1-1%2Cunit-1-1-4&statuses=closed&flags=repeat&units=exact',
    );
    expect(ledgerViewFromSearch(params(link))).toEqual({
      view: {
        ...EMPTY_LEDGER_VIEW,
        period: ['2026-04-01', '2026-06-30'],
        categoryIds: ['cat-01'],
        unitIds: ['unit-1-1', 'unit-1-1-4'],
        exactUnits: true,
        channels: ['来访'],
        statuses: ['closed'],
        flags: ['repeat'],
      },
      problems: [],
    });
    expect(ledgerLink({})).toBe('/ledger');
    expect(ledgerViewFromSearch(new URLSearchParams('other=1'))).toBeNull();
  });

  it('expands a category to its children and a unit to its subtree, unless the units are listed exactly', () => {
    const [categories, units] = [defaultCategories(), defaultUnits()];
    const read = (link: string) => {
      const linked = ledgerViewFromSearch(params(link));
      if (!linked) throw new Error('no filter');
      return toLedgerQuery(linked.view, categories, units);
    };
    const subtree = read(ledgerLink({ categoryIds: ['cat-01'], unitIds: ['unit-1-1'] }));
    expect(subtree.categoryIds).toEqual(expect.arrayContaining(['cat-01', 'cat-01-01', 'cat-01-02']));
    expect(subtree.unitIds).toEqual(expect.arrayContaining(['unit-1-1', 'unit-1-1-1', 'unit-1-1-4']));
    expect(read(ledgerLink({ unitIds: ['unit-1-1'], exactUnits: true })).unitIds).toEqual(['unit-1-1']);
  });

  it('names what it cannot use (a bad period, an unknown channel) and keeps the rest', () => {
    const linked = ledgerViewFromSearch(
      new URLSearchParams('from=2026-02-30&to=2026-03-31&channels=来访,传真&categoryIds=cat-06'),
    );
    expect(linked?.view).toMatchObject({ period: null, channels: ['来访'], categoryIds: ['cat-06'] });
    expect(linked?.problems).toEqual(['登记时间“2026-02-30 至 2026-03-31”无效，已忽略', '渠道“传真”无法识别，已忽略']);
  });
});
