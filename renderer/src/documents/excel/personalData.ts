import { identityScrubber } from '../../domain/access/scrubIdentity';

/**
 * Exports for circulation carry no ID numbers or phones (docs/domain.md §11). The rows hold none in their own fields,
 * but the free text (事由摘要) is typed by the clerk and may quote them, in any spelling; those numbers are cut out of it.
 */

export const CUT_OUT = '（已隐去）';

/** The mark on a sheet and file that does carry ID numbers and phones. */
export const PERSONAL_INFO_MARK = '含个人信息';

/** The text with every ID number and phone number, however written, replaced by （已隐去）. */
export const cutOutContacts = identityScrubber({ everyNumber: true, replace: () => CUT_OUT });
