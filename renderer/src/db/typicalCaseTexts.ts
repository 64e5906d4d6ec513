import { isConfidential } from '../domain/access/confidential';
import { identityScrubber, removeIdentities } from '../domain/access/scrubIdentity';
import { maskNames } from '../domain/statistics/retell';
import type { Petitioner } from '../domain/types';
import type { CaseText } from '../domain/statistics/retell';
import type { DeskDatabase } from './database';
import { isBranchBound } from '../domain/access/roles';
import { anonymous, branchScopeOf } from './branchScope';
import { authorize, maySeeConfidential } from './session';

/**
 * The stored text of the report's chosen typical cases (at most a few, chosen from the ledger rows), by petition id:
 * the whole summary, where the row keeps only its first 80 characters, and the petitioners' names to clean out of
 * it (the report prints no name). A confidential petition's text, for an account without the grant, comes already
 * cleaned here (its names and numbers removed) and with no names: the account is never handed them. A petition no
 * longer on file is left out. A branch-bound account (党支部书记) gets only its branch's petitions, every one cleaned
 * so (and of addresses), with only their 某-names (张某). No role's text keeps a petitioner's address.
 */
export async function loadTypicalCaseTexts(
  db: DeskDatabase,
  petitionIds: readonly string[],
): Promise<Map<string, CaseText>> {
  const actor = authorize(db, 'statistics.view');
  const branchUnits = isBranchBound(actor.role) ? (await branchScopeOf(db, actor)).unitIds : null;
  const granted = maySeeConfidential(db);
  return db.transaction('r', [db.petitions, db.petitioners], async () => {
    const found = (await db.petitions.bulkGet([...new Set(petitionIds)])).flatMap((p) => (p ? [p] : []));
    const petitions = branchUnits ? found.filter((p) => p.unitId !== null && branchUnits.has(p.unitId)) : found;
    const people = await db.petitioners.bulkGet([...new Set(petitions.flatMap((p) => p.petitionerIds))]);
    const personOf = new Map(people.flatMap((p) => (p ? [[p.id, p] as const] : [])));
    return new Map(
      petitions.map((p) => {
        const persons = p.petitionerIds.flatMap((id) => personOf.get(id) ?? []);
        const names = persons.map((person) => person.name);
        if (branchUnits) {
          if (isConfidential(p)) return [p.id, { summary: anonymous(p.summary, persons), petitionerNames: [] }];
          // 某-names only: the report reads 「张某来访反映」 as it does for anyone, and the 书记 is never handed a name.
          const { text, maskedNames } = maskNames(p.summary, names);
          return [p.id, { summary: anonymous(text, persons), petitionerNames: maskedNames }];
        }
        // A circulated report names no address either (the retelling removes the names and numbers).
        const summary = withoutAddresses(p.summary, persons);
        return [
          p.id,
          isConfidential(p) && !granted
            ? { summary: removeIdentities(summary, names), petitionerNames: [] }
            : { summary, petitionerNames: names },
        ];
      }),
    );
  });
}

function withoutAddresses(text: string, persons: readonly Pick<Petitioner, 'address'>[]): string {
  return identityScrubber({ people: persons.map((p) => ({ address: p.address })), withLabel: true, replace: () => '' })(
    text,
  );
}
