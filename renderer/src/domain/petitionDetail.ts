import type { Attachment, CaseEvent, Category, Petition, Petitioner, Reception, Unit } from './types';
import { categoryPath } from './treePath';

/** An attachment as the case page lists it; its bytes are read by getAttachment when the clerk downloads it. */
export type AttachmentInfo = Omit<Attachment, 'data'>;

/** Everything the detail page shows; receptions and events oldest first. */
export interface PetitionDetail {
  /** The petition; its searchText is '' (it holds the phones in full, and the page does not search). */
  petition: Petition;
  receptions: Reception[];
  /**
   * ID numbers and phones masked (docs/domain.md §11; revealPetitioner gives the full values, audited), or, when
   * identityHidden, every identifying field （保密）.
   */
  petitioners: Petitioner[];
  attachments: AttachmentInfo[];
  events: CaseEvent[];
  category: Category | null;
  /** The category's first level when the chosen one is second level. */
  parentCategory: Category | null;
  unit: Unit | null;
  /**
   * 保密 and the signed-in account lacks the grant: the petitioners are hidden (hidePetitioner) and every free text
   * of the case (summary, demands, notes, the timeline, attachment names) has their names, ID numbers, phones and
   * addresses replaced by （保密）.
   */
  identityHidden: boolean;
}

/** The petition's 问题类别 as the case page and the 登记表 print it: 「父类 / 子类」, '' when none is chosen. */
export function detailCategoryPath(detail: Pick<PetitionDetail, 'category' | 'parentCategory'>): string {
  const known = [detail.parentCategory, detail.category].filter((c): c is Category => c !== null);
  return categoryPath(known, detail.category?.id);
}
