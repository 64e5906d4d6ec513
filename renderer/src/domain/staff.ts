import { TEXT_LIMITS } from './textLimits';
import { hasVisibleCharacter, stripXmlIllegal } from './xmlSafeText';

/**
 * 办理人员: the office's people a case is assigned to (issue 12 item 3). 包案领导 and 承办人 are chosen from this list,
 * never typed free, so the same person is always the same name and 我的案件 finds every case of theirs. A person
 * leaving is 停用 (retired), never deleted or renamed: the cases assigned to them keep the name they were given.
 */
export const STAFF_DUTIES = { leads: '包案领导', handles: '承办人' } as const;
export type StaffDuty = keyof typeof STAFF_DUTIES;

/** Duties are two flags, not a list of codes, so the audit trail reads them as 是/否 beside a Chinese label. */
export interface StaffMember {
  name: string;
  /** May be 包案领导. */
  leads: boolean;
  /** May be 承办人. */
  handles: boolean;
  /** 停用: no longer offered for new assignments; kept so earlier cases still name them. */
  retired: boolean;
}

/** A name as the list stores it: without what XML cannot carry, trimmed. */
export function staffName(typed: string): string {
  return stripXmlIllegal(typed).trim();
}

/** Why a name cannot be added (empty, too long), or null. */
export function staffNameProblem(name: string): string | null {
  if (!hasVisibleCharacter(name)) return '请填写姓名';
  if ([...name].length > TEXT_LIMITS.caseName) return `姓名不能超过${TEXT_LIMITS.caseName}个字`;
  return null;
}

/** What is wrong with a list as a whole, in Chinese; empty when it may be saved. */
export function staffProblems(list: readonly StaffMember[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const member of list) {
    const problem = staffNameProblem(member.name);
    if (problem) {
      problems.push(problem);
      continue;
    }
    if (seen.has(member.name)) problems.push(`办理人员“${member.name}”重复`);
    seen.add(member.name);
    if (!member.leads && !member.handles) problems.push(`请为“${member.name}”选择可担任包案领导或承办人`);
  }
  return problems;
}

/**
 * The names offered for a duty: the serving people who take it, in the list's order, and the name a case already
 * holds when it is no longer offered (retired, or typed before the list existed), so editing keeps it.
 */
export function staffNamesFor(list: readonly StaffMember[], duty: StaffDuty, current?: string | null): string[] {
  const names = list.filter((m) => !m.retired && m[duty]).map((m) => m.name);
  return current && !names.includes(current) ? [current, ...names] : names;
}

/** Every name 我的案件 may be opened for: anyone on the list, serving first. */
export function staffNames(list: readonly StaffMember[]): string[] {
  return [...list.filter((m) => !m.retired), ...list.filter((m) => m.retired)].map((m) => m.name);
}

/**
 * Whether a 交办 form may put this typed name on the list for `duty`: a new person, or a serving one taking a further
 * duty. A 停用 person is brought back only in 设置→办理人员, by the administrator, never by typing their name.
 */
export function staffAddable(list: readonly StaffMember[], typed: string, duty: StaffDuty): boolean {
  const name = staffName(typed);
  if (staffNameProblem(name) !== null) return false;
  const known = list.find((m) => m.name === name);
  return !known || (!known.retired && !known[duty]);
}

/**
 * The list with `name` taking `duty`: added when new, the duty added to a person already listed. Throws a Chinese
 * message when the name cannot be stored or names a 停用 person.
 */
export function withStaffDuty(list: readonly StaffMember[], typed: string, duty: StaffDuty): StaffMember[] {
  const name = staffName(typed);
  const problem = staffNameProblem(name);
  if (problem) throw new Error(problem);
  const known = list.find((m) => m.name === name);
  if (!known) return [...list, { name, leads: duty === 'leads', handles: duty === 'handles', retired: false }];
  if (known.retired) throw new Error(`“${name}”已停用；如需恢复，请管理员在 设置→办理人员 中取消停用`);
  return list.map((m) => (m === known ? { ...m, [duty]: true } : m));
}

/** Why an assignment's 包案领导 or 承办人 cannot be taken, or null: each must be on 办理人员, serving, for that duty. */
export function staffAssignmentProblem(
  list: readonly StaffMember[],
  assignment: { leader: string; handler: string },
): string | null {
  const checks: Array<[StaffDuty, string]> = [
    ['leads', assignment.leader],
    ['handles', assignment.handler],
  ];
  for (const [duty, name] of checks) {
    if (!staffNamesFor(list, duty).includes(name))
      return `${STAFF_DUTIES[duty]}“${name}”不在办理人员名单中，请从名单中选择，或先添加到名单`;
  }
  return null;
}
