import type { RegistrationInput } from '../../../renderer/src/domain/registration';
import { person, visit } from '../domain/fixtures';

/** The complainant of the confidentiality tests: every string that identifies her. */
export const LI = {
  name: '李秀兰',
  idNumber: '11010519491231002X',
  phone: '13912340000',
  address: '选煤厂家属院3号楼',
};

/** Her 检举控告 (confidential by nature), with the texts given. */
export function complaintByLi(texts: Partial<RegistrationInput>): RegistrationInput {
  return visit({ nature: '检举控告', petitioners: [person({ ...LI, gender: '女' })], ...texts });
}
