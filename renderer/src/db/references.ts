import type { FieldErrors } from '../domain/registration';
import type { DeskDatabase } from './database';

/**
 * Ids a form names must be stored records: a stale draft or a forged call could otherwise file a petition under a
 * category or unit that does not exist, which the ledger and the statistics would count nowhere. Run inside the
 * writing transaction (categories and units in its scope), so a record deleted meanwhile is caught too.
 */
export interface RegistrationReferences {
  categoryId?: string | null;
  unitId: string | null;
  petitioners: { unitId: string | null }[];
}

const STALE = '不存在，可能已被删除，请重新选择';

/** Field errors for every id that names no stored record; empty when all exist. */
export async function missingReferences(db: DeskDatabase, refs: RegistrationReferences): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (refs.categoryId && !(await db.categories.get(refs.categoryId))) errors['categoryId'] = `所选问题类别${STALE}`;
  if (refs.unitId && !(await unitExists(db, refs.unitId))) errors['unitId'] = `所选涉及单位${STALE}`;
  for (const [i, p] of refs.petitioners.entries()) {
    if (p.unitId && !(await unitExists(db, p.unitId))) errors[`petitioners.${i}.unitId`] = `所选工作单位${STALE}`;
  }
  return errors;
}

export async function unitExists(db: DeskDatabase, unitId: string): Promise<boolean> {
  return (await db.units.get(unitId)) !== undefined;
}

/** The refusal of a case action naming a unit that does not exist. */
export const MISSING_ASSIGNEE_UNIT = `所选承办单位${STALE}`;
