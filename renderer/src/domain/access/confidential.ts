import type { Petition } from '../types';

/** Shown instead of a confidential petitioner's name, ID number, phone and address (docs/domain.md §3). */
export const CONFIDENTIAL_PLACEHOLDER = '（保密）';

/** 检举控告 is always confidential (Art. 30 ¶3); any other petition when marked 保密. */
export function isConfidential(petition: Pick<Petition, 'nature' | 'confidential'>): boolean {
  return petition.nature === '检举控告' || petition.confidential === true;
}
