import { DEFAULT_LEDGER_SORT, expandToDescendants, type LedgerFlag, type LedgerQuery } from '../../domain/ledgerQuery';
import type { Category, Channel, Nature, PetitionStatus, Unit } from '../../domain/types';

/** What the clerk set on the ledger page: filters as chosen (a unit, not yet its subtree), sort and page. */
export interface LedgerView {
  /** 'YYYY-MM-DD' bounds, inclusive. */
  period: [string, string] | null;
  channels: Channel[];
  categoryIds: string[];
  natures: Nature[];
  unitIds: string[];
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
    unitIds: view.unitIds.length > 0 ? expandToDescendants(units, view.unitIds) : [],
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
    [view.channels, view.categoryIds, view.natures, view.unitIds, view.statuses, view.flags].some((list) => list.length > 0)
  );
}

/** The last view of this session, so coming back from a detail page finds the same list. */
let remembered: LedgerView = EMPTY_LEDGER_VIEW;

export function rememberedLedgerView(): LedgerView {
  return remembered;
}

export function rememberLedgerView(view: LedgerView): void {
  remembered = view;
}
