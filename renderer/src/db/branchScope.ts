import type { Actor } from '../domain/access/account';
import { isBranchBound, type Permission } from '../domain/access/roles';
import { identityScrubber, removeIdentities } from '../domain/access/scrubIdentity';
import {
  compareLedgerDefault,
  toLedgerReception,
  toLedgerRow,
  type LedgerReception,
  type LedgerRow,
} from '../domain/ledgerQuery';
import type { PartyBranch } from '../domain/partyBranches';
import { scopeKey, scopeUnitIds } from '../domain/statistics';
import type { IdentityType, Petition, Petitioner } from '../domain/types';
import { registeredCaseFacts } from '../domain/caseFacts';
import type { DeskDatabase } from './database';
import { loadLedgerRows, loadLedgerRowsByIds } from './ledgerIndex';
import { readPartyBranches } from './partyBranches';
import { AccessDeniedError, authorize } from './session';

/*
 * What a branch-bound role (党支部书记) may read (docs/security.md): the statistics of its own 党支部's units and that
 * branch's 研判分析报告, and nothing that names a person. Every repository it may call asks here.
 */

/** A branch-bound actor's branch and the units it covers (statistics/scope.ts: a branch's units and theirs below). */
export interface BranchScope {
  branch: PartyBranch;
  /** scopeKey of the branch: the only report scope the actor may draft, issue or read. */
  scopeKey: string;
  unitIds: ReadonlySet<string>;
}

/** The actor's branch; refused when the account is bound to none or its branch no longer exists. */
export async function branchScopeOf(db: DeskDatabase, actor: Actor): Promise<BranchScope> {
  const { branches, units } = await db.transaction('r', db.settings, db.units, async () => ({
    branches: await readPartyBranches(db),
    units: await db.units.toArray(),
  }));
  const branch = branches.find((b) => b.id === actor.partyBranchId);
  if (!branch)
    throw new AccessDeniedError(
      'statistics.view',
      '本账号未指定所属党支部（或该党支部已不存在），请联系管理员在“账号管理”中设置',
    );
  const scope = { kind: 'branch', branch: branch.name } as const;
  return { branch, scopeKey: scopeKey(scope), unitIds: scopeUnitIds(scope, units) ?? new Set() };
}

/**
 * authorize, and for a branch-bound actor also that the report scope is its own branch's: a 党支部书记 drafts, issues
 * and reads only its branch's reports.
 */
export async function authorizeReportScope(
  db: DeskDatabase,
  permission: Permission,
  reportScopeKey: string,
): Promise<Actor> {
  const actor = authorize(db, permission);
  if (!isBranchBound(actor.role)) return actor;
  const own = await branchScopeOf(db, actor);
  if (reportScopeKey !== own.scopeKey)
    throw new AccessDeniedError(permission, `当前账号只能查看和起草“${own.branch.name}”的研判分析报告`);
  return actor;
}

/**
 * The rows the statistics (dashboard, report) are computed from; statistics.view. An account that may read the
 * ledger gets the ledger's rows. A branch-bound account gets only its branch's petitions, each without a person:
 * no names, no search text, the summary cleaned of names, ID numbers and phones (it only tells whether the matter
 * says anything; the report's typical cases are read through loadTypicalCaseTexts, cleaned the same way).
 */
export async function loadStatisticsRows(db: DeskDatabase): Promise<LedgerRow[]> {
  const actor = authorize(db, 'statistics.view');
  if (!isBranchBound(actor.role)) return loadLedgerRows(db);
  const { unitIds } = await branchScopeOf(db, actor);
  return db.transaction('r', [db.petitions, db.petitioners, db.receptions], async () =>
    branchRows(
      db,
      await db.petitions
        .where('unitId')
        .anyOf([...unitIds])
        .toArray(),
    ),
  );
}

/** loadStatisticsRows for these petitions only (the change bus announces them); another branch's are left out. */
export async function loadStatisticsRowsByIds(db: DeskDatabase, ids: string[]): Promise<LedgerRow[]> {
  const actor = authorize(db, 'statistics.view');
  if (!isBranchBound(actor.role)) return loadLedgerRowsByIds(db, ids);
  const { unitIds } = await branchScopeOf(db, actor);
  return db.transaction('r', [db.petitions, db.petitioners, db.receptions], async () => {
    const petitions = (await db.petitions.bulkGet(ids)).filter(
      (p): p is Petition => p !== undefined && p.unitId !== null && unitIds.has(p.unitId),
    );
    return branchRows(db, petitions);
  });
}

async function branchRows(db: DeskDatabase, petitions: readonly Petition[]): Promise<LedgerRow[]> {
  const people = await db.petitioners.bulkGet([...new Set(petitions.flatMap((p) => p.petitionerIds))]);
  const byId = new Map(people.filter((p): p is Petitioner => p !== undefined).map((p) => [p.id, p]));
  const receptions = await db.receptions
    .where('petitionId')
    .anyOf(petitions.map((p) => p.id))
    .toArray();
  const contacts = new Map<string, LedgerReception[]>();
  for (const r of receptions) contacts.set(r.petitionId, [...(contacts.get(r.petitionId) ?? []), toLedgerReception(r)]);
  const rows = petitions.map((p) => {
    const persons = p.petitionerIds.flatMap((id) => byId.get(id) ?? []);
    const identityTypes: (IdentityType | null)[] = persons.map((person) => person.identityType);
    const row = toLedgerRow(
      p,
      { petitionerNames: [], identityTypes, receptions: contacts.get(p.id) ?? [] },
      p.caseFacts ?? registeredCaseFacts(p),
    );
    return {
      ...row,
      summary: anonymous(row.summary, persons),
      searchText: '',
      confidentialView: null,
    } satisfies LedgerRow;
  });
  return rows.sort(compareLedgerDefault);
}

/**
 * A text with the petitioners' addresses, ID numbers and phones taken out (with the words that name them: 「住」,
 * 「电话」) and their names as 「信访人」 (the
 * report's own cleaning, removeIdentities), and every other ID number and phone too.
 */
export function anonymous(
  text: string,
  persons: readonly Pick<Petitioner, 'name' | 'idNumber' | 'phone' | 'address'>[],
): string {
  const withoutAddresses = identityScrubber({
    people: persons.map((p) => ({ idNumber: p.idNumber, phone: p.phone, address: p.address })),
    withLabel: true,
    replace: () => '',
  })(text);
  return removeIdentities(
    withoutAddresses,
    persons.map((p) => p.name).filter((n) => n.trim() !== ''),
  );
}
