import { addDays } from '../dates';
import type { LedgerRow } from '../ledgerQuery';

/**
 * 研判预警: the desk watches the petition ledger and suggests matters to 挂号 on the screening ledger when a threshold
 * is crossed. A suggestion shows the petitions behind it; the clerk takes it (a prefilled 挂号) or dismisses it with a
 * reason. Pure: the rows come from the ledger index, already as the signed-in account may see them.
 */
export interface WarningThresholds {
  /** N petitions of one category from one unit within D days (received days, today included). */
  cluster: { petitions: number; days: number };
  /** 集体访 and 越级访 contacts (registration or a later visit) within this many days. */
  flaggedDays: number;
  /** A matter with this many 重复访 contacts within D days (the third repeat visit within 60 days by default). */
  repeat: { visits: number; days: number };
}

export const DEFAULT_WARNING_THRESHOLDS: WarningThresholds = {
  cluster: { petitions: 3, days: 30 },
  flaggedDays: 30,
  repeat: { visits: 3, days: 60 },
};

export type WarningKind = 'cluster' | 'collective' | 'levelSkipping' | 'repeat';

export interface RiskWarning {
  /** Stable across days for the same situation: what a dismissal is recorded against. */
  key: string;
  kind: WarningKind;
  /** The category and unit concerned: a cluster's own, or the single petition's. */
  categoryId: string | null;
  unitId: string | null;
  /** The petitions behind it, newest first. */
  petitionIds: string[];
  /** The newest received moment among them: suggestions are listed newest first. */
  latestAt: string;
  /** What crossed the threshold: the petitions of a cluster, or the contacts (集体访, 越级访, 重复访) in the window. */
  count: number;
}

/** Longest reason a dismissal keeps (characters). */
export const DISMISSAL_REASON_LIMIT = 200;

/**
 * A dismissed suggestion: it stays hidden while no petition outside those it was dismissed with joins it and no contact
 * newer than the newest it was dismissed at comes (a later 集体访 or 重复访 on the same petition raises it again).
 */
export interface WarningDismissal {
  key: string;
  petitionIds: readonly string[];
  /** The suggestion's latestAt when dismissed; absent on dismissals recorded before it was kept. */
  latestAt?: string;
}

const day = (moment: string) => moment.slice(0, 10);

/**
 * The suggestions for today over the petition rows. Petitions already linked to a screening-ledger matter
 * (`registered`) raise nothing; a dismissed suggestion comes back only when a new petition joins it.
 */
export function riskWarnings(
  rows: readonly LedgerRow[],
  today: string,
  options: {
    thresholds?: WarningThresholds;
    registered?: ReadonlySet<string>;
    dismissed?: readonly WarningDismissal[];
  } = {},
): RiskWarning[] {
  const thresholds = options.thresholds ?? DEFAULT_WARNING_THRESHOLDS;
  const registered = options.registered ?? new Set<string>();
  const clusterFrom = addDays(today, 1 - thresholds.cluster.days);
  const flaggedFrom = addDays(today, 1 - thresholds.flaggedDays);
  const repeatFrom = addDays(today, 1 - thresholds.repeat.days);
  const earliest = [clusterFrom, flaggedFrom, repeatFrom].sort()[0] as string;

  const clusters = new Map<string, LedgerRow[]>();
  const warnings: RiskWarning[] = [];
  const newest = (list: readonly LedgerRow['receptions'][number][]) =>
    list.reduce((a, r) => (r.receivedAt > a ? r.receivedAt : a), '');
  const single = (kind: WarningKind, row: LedgerRow, contacts: readonly LedgerRow['receptions'][number][]) =>
    warnings.push({
      key: `${kind}:${row.id}`,
      kind,
      categoryId: row.categoryId,
      unitId: row.unitId,
      petitionIds: [row.id],
      latestAt: newest(contacts),
      count: contacts.length,
    });

  for (const row of rows) {
    // A confidential petition (检举控告, or marked 保密) raises nothing: a suggestion names its unit and category to
    // every office account and to the 日报, which would tell the unit it was reported (docs/domain.md §11).
    if (registered.has(row.id) || row.confidential) continue;
    const contacts = row.receptions.filter((r) => day(r.receivedAt) >= earliest && day(r.receivedAt) <= today);
    if (contacts.length === 0) continue;
    const received = day(row.receivedAt);
    if (row.categoryId !== null && row.unitId !== null && received >= clusterFrom && received <= today) {
      const key = `${row.categoryId}|${row.unitId}`;
      const list = clusters.get(key);
      if (list) list.push(row);
      else clusters.set(key, [row]);
    }
    const flagged = contacts.filter((r) => day(r.receivedAt) >= flaggedFrom);
    const collective = flagged.filter((r) => r.flags.collective);
    if (collective.length > 0) single('collective', row, collective);
    const skipping = flagged.filter((r) => r.flags.levelSkipping);
    if (skipping.length > 0) single('levelSkipping', row, skipping);
    const repeats = contacts.filter((r) => r.isRepeat && day(r.receivedAt) >= repeatFrom);
    if (repeats.length >= thresholds.repeat.visits) single('repeat', row, repeats);
  }

  for (const [key, list] of clusters) {
    if (list.length < thresholds.cluster.petitions) continue;
    const ordered = [...list].sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
    const first = ordered[0] as LedgerRow;
    warnings.push({
      key: `cluster:${key}`,
      kind: 'cluster',
      categoryId: first.categoryId,
      unitId: first.unitId,
      petitionIds: ordered.map((r) => r.id),
      latestAt: first.receivedAt,
      count: ordered.length,
    });
  }

  const dismissed = options.dismissed ?? [];
  return warnings
    .filter(
      (w) =>
        !dismissed.some(
          (d) =>
            d.key === w.key &&
            w.petitionIds.every((id) => d.petitionIds.includes(id)) &&
            (d.latestAt === undefined || w.latestAt <= d.latestAt),
        ),
    )
    .sort((a, b) => (a.latestAt < b.latestAt ? 1 : a.latestAt > b.latestAt ? -1 : a.key < b.key ? -1 : 1));
}

/** The bounds the office may set its thresholds within (设置 → 风险预控). */
export const WARNING_THRESHOLD_BOUNDS = { petitions: [2, 100], visits: [2, 20], days: [1, 365] } as const;

/** Why these thresholds cannot be stored, in the clerk's words; empty when they can. */
export function warningThresholdProblems(thresholds: WarningThresholds): string[] {
  const problems: string[] = [];
  const check = (value: number, [min, max]: readonly [number, number], label: string, unit: string) => {
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push(`${label}应为${min}至${max}${unit}之间的整数`);
  };
  const { petitions, visits, days } = WARNING_THRESHOLD_BOUNDS;
  check(thresholds.cluster.petitions, petitions, '同类信访集中的件数', '件');
  check(thresholds.cluster.days, days, '同类信访集中的统计天数', '天');
  check(thresholds.flaggedDays, days, '集体访、越级访的统计天数', '天');
  check(thresholds.repeat.visits, visits, '重复访的次数', '次');
  check(thresholds.repeat.days, days, '重复访的统计天数', '天');
  return problems;
}
