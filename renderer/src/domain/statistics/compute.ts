import { addDays } from '../dates';
import { isCollectiveContact } from '../registration';
import { pathNames } from '../treePath';
import {
  CHANNEL_LABELS,
  CHANNELS,
  FLAG_LABELS,
  IDENTITY_TYPES,
  NATURES,
  type Category,
  type Channel,
  type IdentityType,
  type Nature,
  type PetitionFlags,
} from '../types';
import { handlingAccumulator, ratio } from './handling';
import { periodError } from './periods';
import { scopeUnitIds, unitsInTreeOrder } from './scope';
import type { ChannelRow, CountRow, Statistics, StatisticsInput } from './types';

/** Channels counted in 件 only, never in 批次/人次 (docs/domain.md §8: 来信/网上 count in 件). */
export const PIECE_ONLY_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['来信', '网上信访']);

export const UNCATEGORISED = '未分类';
export const NO_UNIT = '未指定单位';
export const NO_IDENTITY = '未填写';
const UNKNOWN = '（已删除）';
export const DEFAULT_TOP_N = 5;

const FLAG_KEYS = Object.keys(FLAG_LABELS) as (keyof PetitionFlags)[];

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Rows largest first; equal counts keep the reference order (tree order), unknown keys last. */
function rankedRows(
  counts: Map<string | null, number>,
  nameOf: (key: string | null) => string,
  order: Map<string, number>,
  pieces: number,
): CountRow[] {
  const position = (key: string | null) =>
    key === null ? Number.MAX_SAFE_INTEGER : (order.get(key) ?? Number.MAX_SAFE_INTEGER - 1);
  return [...counts]
    .map(([key, count]) => ({ key, name: nameOf(key), count, share: ratio(count, pieces) }))
    .sort((a, b) => b.count - a.count || position(a.key) - position(b.key));
}

function categoryLookups(categories: readonly Category[]) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const byOrder = (a: Category, b: Category) => a.order - b.order;
  const order = new Map<string, number>();
  for (const top of categories.filter((c) => c.parentId === null).sort(byOrder)) {
    order.set(top.id, order.size);
    for (const child of categories.filter((c) => c.parentId === top.id).sort(byOrder)) order.set(child.id, order.size);
  }
  const firstLevelOf = (id: string) => byId.get(id)?.parentId ?? id;
  const paths = pathNames(categories);
  const nameOf = (id: string | null) => (id === null ? UNCATEGORISED : (paths.get(id) ?? UNKNOWN));
  return { order, firstLevelOf, nameOf };
}

/**
 * Every figure of docs/domain.md §8 for one period and scope, in one pass over the petitions and one over the contacts.
 * Scopes match a petition by its 涉及单位 and a contact by its petition's. The definitions of the handling figures
 * are in handling.ts; 重复访 in types.ts (RepeatFigures). Throws an Error with a Chinese message on a bad period.
 */
export function computeStatistics(input: StatisticsInput): Statistics {
  const { period, scope, env } = input;
  const problem = periodError(period);
  if (problem) throw new Error(problem);
  const asOf = input.today !== undefined && input.today < period.to ? input.today : period.to;
  const { from } = period;
  const end = addDays(period.to, 1);

  const scopeUnits = scopeUnitIds(scope, input.units);
  const scopedPetitionIds = scopeUnits ? new Set<string>() : null;
  const handling = handlingAccumulator(env, period, asOf);

  let pieces = 0;
  const channelPieces = new Map<Channel, number>();
  const categoryCounts = new Map<string | null, number>();
  const natureCounts = new Map<Nature, number>();
  const identityCounts = new Map<IdentityType | null, number>();
  const unitCounts = new Map<string | null, number>();
  const flagCounts = new Map<keyof PetitionFlags, number>();

  for (const p of input.petitions) {
    if (scopeUnits) {
      if (p.unitId === null || !scopeUnits.has(p.unitId)) continue;
      scopedPetitionIds?.add(p.id);
    }
    handling.add(p);
    if (p.receivedAt < from || p.receivedAt >= end) continue;
    pieces += 1;
    increment(channelPieces, p.channel);
    increment(categoryCounts, p.categoryId);
    increment(natureCounts, p.nature);
    if (p.identityTypes.length === 0) increment(identityCounts, null);
    for (const type of p.identityTypes) increment(identityCounts, type);
    increment(unitCounts, p.unitId);
    for (const flag of FLAG_KEYS)
      if (flag === 'collective' ? isCollectiveContact(p) : p.flags[flag]) increment(flagCounts, flag);
  }

  let batches = 0;
  let persons = 0;
  const channelBatches = new Map<Channel, number>();
  const channelPersons = new Map<Channel, number>();
  const collective = { batches: 0, persons: 0 };
  const levelSkipping = { batches: 0, persons: 0 };
  const repeatContacts = { batches: 0, persons: 0 };
  const contacted = new Set<string>();
  const repeated = new Set<string>();

  for (const r of input.receptions) {
    if (r.receivedAt < from || r.receivedAt >= end) continue;
    if (scopedPetitionIds && !scopedPetitionIds.has(r.petitionId)) continue;
    contacted.add(r.petitionId);
    if (r.isRepeat) repeated.add(r.petitionId);
    if (PIECE_ONLY_CHANNELS.has(r.channel)) continue;
    batches += 1;
    persons += r.headcount;
    increment(channelBatches, r.channel);
    channelPersons.set(r.channel, (channelPersons.get(r.channel) ?? 0) + r.headcount);
    // By the channel rule, not the stored flag alone: an old 下访发现 or letter may carry it (isCollectiveContact).
    if (isCollectiveContact(r)) {
      collective.batches += 1;
      collective.persons += r.headcount;
    }
    if (r.flags.levelSkipping) {
      levelSkipping.batches += 1;
      levelSkipping.persons += r.headcount;
    }
    if (r.isRepeat) {
      repeatContacts.batches += 1;
      repeatContacts.persons += r.headcount;
    }
  }

  const byChannel: ChannelRow[] = CHANNELS.map((channel) => {
    const pieceOnly = PIECE_ONLY_CHANNELS.has(channel);
    return {
      channel,
      name: CHANNEL_LABELS[channel],
      batches: pieceOnly ? null : (channelBatches.get(channel) ?? 0),
      persons: pieceOnly ? null : (channelPersons.get(channel) ?? 0),
      pieces: channelPieces.get(channel) ?? 0,
    };
  });

  const categories = categoryLookups(input.categories);
  const firstLevelCounts = new Map<string | null, number>();
  for (const [id, count] of categoryCounts) {
    const key = id === null ? null : categories.firstLevelOf(id);
    firstLevelCounts.set(key, (firstLevelCounts.get(key) ?? 0) + count);
  }
  const byCategory = rankedRows(firstLevelCounts, categories.nameOf, categories.order, pieces);

  const treeUnits = unitsInTreeOrder(input.units);
  const unitOrder = new Map(treeUnits.map((u, i) => [u.id, i]));
  const unitNames = new Map(treeUnits.map((u) => [u.id, u.name]));
  const topN = input.topN ?? DEFAULT_TOP_N;

  return {
    period,
    scope,
    asOf,
    batches,
    persons,
    pieces,
    byChannel,
    byCategory,
    bySubcategory: rankedRows(categoryCounts, categories.nameOf, categories.order, pieces),
    byNature: NATURES.map((key) => row(key, key, natureCounts.get(key) ?? 0, pieces)),
    byIdentity: [...IDENTITY_TYPES, null].map((key) =>
      row(key, key ?? NO_IDENTITY, identityCounts.get(key) ?? 0, pieces),
    ),
    byUnit: rankedRows(unitCounts, (id) => (id === null ? NO_UNIT : (unitNames.get(id) ?? UNKNOWN)), unitOrder, pieces),
    byFlag: FLAG_KEYS.map((key) => row(key, FLAG_LABELS[key], flagCounts.get(key) ?? 0, pieces)),
    collective,
    levelSkipping,
    repeat: {
      ...repeatContacts,
      pieces: repeated.size,
      contactedPieces: contacted.size,
      share: ratio(repeated.size, contacted.size),
    },
    ...handling.result(),
    // 未分类 is no "main problem": the report's 三、反映的主要问题 lists named categories only.
    topCategories: byCategory.filter((r) => r.key !== null).slice(0, topN),
  };
}

function row<K>(key: K, name: string, count: number, pieces: number): CountRow<K> {
  return { key, name, count, share: ratio(count, pieces) };
}
