import { parseLocalDate } from '../domain/dates';
import { DEFAULT_LEDGER_SORT, expandToDescendants, type LedgerFlag, type LedgerQuery } from '../domain/ledgerQuery';
import {
  CHANNELS,
  FLAG_LABELS,
  NATURES,
  PETITION_STATUSES,
  type Category,
  type Channel,
  type Nature,
  type PetitionStatus,
  type Unit,
} from '../domain/types';

/** What the clerk set on the ledger page: filters as chosen (a unit, not yet its subtree), sort and page. */
export interface LedgerView {
  /** 'YYYY-MM-DD' bounds, inclusive. */
  period: [string, string] | null;
  channels: Channel[];
  categoryIds: string[];
  natures: Nature[];
  unitIds: string[];
  /**
   * The units exactly as listed, without the units below them: a link from the dashboard (a unit's own bar, or a
   * 党支部's units, which may leave out a sub-unit of another branch). Choosing units by hand clears it.
   */
  exactUnits: boolean;
  statuses: PetitionStatus[];
  flags: LedgerFlag[];
  text: string;
  sort: LedgerQuery['sort'];
  page: number;
  pageSize: number;
}

export const EMPTY_LEDGER_VIEW: LedgerView = {
  period: null,
  channels: [],
  categoryIds: [],
  natures: [],
  unitIds: [],
  exactUnits: false,
  statuses: [],
  flags: [],
  text: '',
  sort: DEFAULT_LEDGER_SORT,
  page: 1,
  pageSize: 20,
};

/** The view as the pure queryLedger wants it: a chosen category or unit includes everything below it. */
export function toLedgerQuery(view: LedgerView, categories: readonly Category[], units: readonly Unit[]): LedgerQuery {
  return {
    from: view.period?.[0],
    to: view.period?.[1],
    channels: view.channels,
    categoryIds: view.categoryIds.length > 0 ? expandToDescendants(categories, view.categoryIds) : [],
    natures: view.natures,
    unitIds: view.unitIds.length > 0 && !view.exactUnits ? expandToDescendants(units, view.unitIds) : view.unitIds,
    statuses: view.statuses,
    flags: view.flags,
    text: view.text,
    sort: view.sort,
    page: view.page,
    pageSize: view.pageSize,
  };
}

/** True when any filter or the search narrows the list (the reset button is offered then). */
export function isFiltered(view: LedgerView): boolean {
  return (
    view.period !== null ||
    view.text.trim() !== '' ||
    [view.channels, view.categoryIds, view.natures, view.unitIds, view.statuses, view.flags].some(
      (list) => list.length > 0,
    )
  );
}

/** The filters a link to the ledger can carry (`#/ledger?from=…&to=…&categoryIds=a,b&unitIds=…&units=exact`). */
export interface LedgerLinkFilter {
  from?: string;
  to?: string;
  channels?: readonly Channel[];
  categoryIds?: readonly string[];
  natures?: readonly Nature[];
  unitIds?: readonly string[];
  exactUnits?: boolean;
  statuses?: readonly PetitionStatus[];
  flags?: readonly LedgerFlag[];
}

const LIST_PARAMS = ['channels', 'categoryIds', 'natures', 'unitIds', 'statuses', 'flags'] as const;
const LINK_PARAMS = ['from', 'to', 'units', ...LIST_PARAMS];

/** The ledger's route with these filters in its query; ids are joined with commas (they contain none). */
export function ledgerLink(filter: LedgerLinkFilter): string {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  for (const key of LIST_PARAMS) {
    const values = filter[key];
    if (values && values.length > 0) params.set(key, values.join(','));
  }
  if (filter.exactUnits && filter.unitIds && filter.unitIds.length > 0) params.set('units', 'exact');
  const query = params.toString();
  return query ? `/ledger?${query}` : '/ledger';
}

const FLAG_VALUES: readonly string[] = [...Object.keys(FLAG_LABELS), 'repeat'];

/**
 * The view a link asks for (every other filter cleared, first page), with a Chinese line per value it could not use;
 * null when the query carries no ledger filter at all.
 */
export function ledgerViewFromSearch(
  search: URLSearchParams,
  base: LedgerView = EMPTY_LEDGER_VIEW,
): { view: LedgerView; problems: string[] } | null {
  if (!LINK_PARAMS.some((key) => search.has(key))) return null;
  const problems: string[] = [];
  const list = (key: (typeof LIST_PARAMS)[number]) =>
    (search.get(key) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
  const known = <T extends string>(
    key: (typeof LIST_PARAMS)[number],
    allowed: readonly string[],
    label: string,
  ): T[] => {
    const values = list(key);
    const bad = values.filter((v) => !allowed.includes(v));
    if (bad.length > 0) problems.push(`${label}“${bad.join('、')}”无法识别，已忽略`);
    return values.filter((v) => allowed.includes(v)) as T[];
  };
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  let period: [string, string] | null = null;
  if (from || to) {
    if (parseLocalDate(from) && parseLocalDate(to) && from <= to) period = [from, to];
    else problems.push(`登记时间“${from} 至 ${to}”无效，已忽略`);
  }
  const unitIds = list('unitIds');
  return {
    view: {
      ...EMPTY_LEDGER_VIEW,
      sort: base.sort,
      pageSize: base.pageSize,
      period,
      channels: known<Channel>('channels', CHANNELS, '渠道'),
      categoryIds: list('categoryIds'),
      natures: known<Nature>('natures', NATURES, '性质'),
      unitIds,
      exactUnits: unitIds.length > 0 && search.get('units') === 'exact',
      statuses: known<PetitionStatus>('statuses', Object.keys(PETITION_STATUSES), '状态'),
      flags: known<LedgerFlag>('flags', FLAG_VALUES, '标记'),
    },
    problems,
  };
}

/** The last view of this session, so coming back from a detail page finds the same list. */
let remembered: LedgerView = EMPTY_LEDGER_VIEW;

export function rememberedLedgerView(): LedgerView {
  return remembered;
}

export function rememberLedgerView(view: LedgerView): void {
  remembered = view;
}
