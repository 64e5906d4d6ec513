import { applyCaseAction } from '../../../../renderer/src/db/cases';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { getPetitionDetail, registerPetition } from '../../../../renderer/src/db/petitions';
import type { PetitionDetail } from '../../../../renderer/src/domain/petitionDetail';
import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS, defaultUnits, type Settings } from '../../../../renderer/src/domain/defaults';
import type { CaseLetterContext } from '../../../../renderer/src/documents/letters/fromCase';
import type { RegistrationInput } from '../../../../renderer/src/domain/registration';
import type { CaseAction } from '../../../../renderer/src/domain/workflowPayloads';
import { NOW, person, visit } from '../../domain/fixtures';
import { onStaff } from '../../db/helpers';

export const ORG = '一号矿井信访办公室';

/** One step of a case: the action, its payload and the local moment it was taken. */
export type Step = [CaseAction, Record<string, unknown>, Date];

/** A heating-subsidy case taken from 受理 to 复查意见 through the real repositories. */
export const FULL_CASE: Step[] = [
  ['accept', {}, new Date(2026, 4, 25, 11, 0)],
  [
    'assign',
    {
      unitId: 'unit-1-1-1',
      unitName: '综采一队',
      leader: '副矿长刘海峰',
      handler: '孙丽娟',
      dueDate: '2026-06-20',
      instruction: '请核实奖金分配明细',
    },
    new Date(2026, 4, 26, 9, 0),
  ],
  [
    'supervise',
    { method: '电话', date: '2026-06-15', content: '办理期限将至，请加快核查进度' },
    new Date(2026, 5, 15, 10, 0),
  ],
  ['extend', { approver: '矿长李振东', reason: '需调取2025年第四季度考核台账', days: 30 }, new Date(2026, 6, 20, 9, 0)],
  [
    'reply',
    {
      claims: [
        { claim: '公开分配明细', outcome: '予以支持', opinion: '分配明细已于2026年8月5日在队部公示。' },
        { claim: '补发差额', outcome: '不予支持', opinion: '经核算，本人奖金按考核分计发，并无差额。' },
      ],
      servedAt: '2026-08-10',
    },
    new Date(2026, 7, 10, 15, 0),
  ],
  ['requestReview', { receivedAt: '2026-08-20', reason: '认为考核分计算有误' }, new Date(2026, 7, 20, 9, 0)],
  [
    'decideReview',
    { outcome: '维持', opinion: '考核分计算无误，原处理意见并无不当。', servedAt: '2026-09-10' },
    new Date(2026, 8, 10, 9, 0),
  ],
];

/** The 包案领导 and 承办人 an assign step names. */
function staffOf(payload: unknown): string[] {
  const { leader, handler } = payload as { leader: string; handler: string };
  return [leader, handler];
}

export async function storedCase(
  db: DeskDatabase,
  steps: Step[],
  input: Partial<RegistrationInput> = {},
): Promise<PetitionDetail> {
  const { id } = await registerPetition(db, visit(input), NOW);
  const env = caseEnvironment(DEFAULT_SETTINGS);
  for (const [action, payload, at] of steps) {
    if (action === 'assign') await onStaff(db, ...staffOf(payload));
    await applyCaseAction(db, id, action, payload, { now: at, calendar: env.calendar, rules: env.rules });
  }
  const detail = await getPetitionDetail(db, id);
  if (!detail) throw new Error('stored case vanished');
  return detail;
}

export function letterContext(
  overrides: Partial<CaseLetterContext> = {},
  settings: Partial<Settings> = {},
): CaseLetterContext {
  return {
    env: caseEnvironment({ ...DEFAULT_SETTINGS, ...settings }),
    orgName: ORG,
    issueDate: '2026-09-11',
    units: defaultUnits(),
    documents: [],
    ...overrides,
  };
}

/** A 检举控告 by 赵振华 about 综采一队 (unit-1-1-1), with his identity in the summary and demands. */
export const WHISTLEBLOWER = {
  name: '赵振华',
  idNumber: '140203195711032716',
  phone: '18935217730',
  address: '矿区新胜街道幸福小区4号楼6单元102室',
};
export function accusation(): Partial<RegistrationInput> {
  return {
    nature: '检举控告',
    petitioners: [
      person({
        name: WHISTLEBLOWER.name,
        idNumber: WHISTLEBLOWER.idNumber,
        phone: WHISTLEBLOWER.phone,
        address: WHISTLEBLOWER.address,
      }),
    ],
    summary: `赵振华（电话${WHISTLEBLOWER.phone}）反映综采一队队长在绩效奖金分配中优亲厚友。`,
    demands: `核查奖金分配。联系人${WHISTLEBLOWER.name}。`,
  };
}
