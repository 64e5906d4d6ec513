import { applyCaseAction } from '../../../renderer/src/db/cases';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { linkReception, registerPetition } from '../../../renderer/src/db/petitions';
import { onStaff } from '../db/helpers';
import type { RegistrationInput } from '../../../renderer/src/domain/registration';
import { createWorkCalendar } from '../../../renderer/src/domain/workCalendar';
import type { CaseAction } from '../../../renderer/src/domain/workflowPayloads';
import { person, visit } from '../domain/fixtures';

/**
 * Units of the default tree the dataset uses, with their 党支部:
 * 一号矿井 (一号矿井机关党支部) → 综采一队 (综采一队党支部), 通风科 (一号矿井机关党支部);
 * 选煤厂 (选煤厂党支部) → 生产车间 (选煤厂生产党支部), 综合办公室 (选煤厂党支部).
 */
export const UNIT = {
  mine: 'unit-1-1',
  fullyMechanised: 'unit-1-1-1',
  ventilation: 'unit-1-1-4',
  plant: 'unit-1-2',
  workshop: 'unit-1-2-1',
  office: 'unit-1-2-2',
} as const;

const REPLY = { claims: [{ claim: '补发差额', outcome: '予以支持', opinion: '已核实补发' }] };
const SKIPPED = { jointLetter: false, anonymous: false, levelSkipping: true, lawRelated: false };

/**
 * Records an office's work through the real repositories over 2025 Q3 (同比's base), 2026 Q2 (环比's base) and
 * 2026 Q3 (the quarter compared): visits, a call, a letter and an online petition; group and level-skipping
 * visits; repeat visits on a matter of this quarter, of the quarter before and of a year before (one by letter);
 * cases accepted, assigned, replied on time and late, followed up (满意, 基本满意, 不满意), closed, rejected,
 * forwarded to discipline, and left open past their due day. Matters sit at 一号矿井 and below, at 选煤厂 and below
 * (in two branches), and one names no unit.
 */
export async function recordTwoQuarters(db: DeskDatabase): Promise<void> {
  const at = (iso: string) => new Date(iso);
  const act = (id: string, action: CaseAction, payload: object, day: string) =>
    applyCaseAction(db, id, action, payload, { now: at(`${day}T10:00`), calendar: createWorkCalendar() });
  const register = (input: Partial<RegistrationInput> & { receivedAt: string }) =>
    registerPetition(db, visit(input), at(`${input.receivedAt.slice(0, 10)}T23:30`));
  const repeat = (id: string, input: Partial<RegistrationInput> & { receivedAt: string }) =>
    linkReception(db, id, visit(input), at(`${input.receivedAt.slice(0, 10)}T23:30`));

  // 2025 Q3: the same quarter a year earlier.
  const p1 = await register({ receivedAt: '2025-07-10T09:00', unitId: UNIT.fullyMechanised, headcount: 2 });
  await act(p1.id, 'accept', {}, '2025-07-11');
  await act(p1.id, 'reply', { ...REPLY, servedAt: '2025-08-20' }, '2025-08-20');
  await act(p1.id, 'followUp', { date: '2025-08-25', satisfaction: '满意' }, '2025-08-25');
  await act(p1.id, 'close', {}, '2025-08-26');
  const p2 = await register({
    receivedAt: '2025-08-05T09:00',
    unitId: UNIT.plant,
    categoryId: 'cat-03-01',
    headcount: 6,
    petitioners: [person({ name: '李秀兰', idNumber: '', unitId: UNIT.plant })],
  });
  await act(p2.id, 'accept', {}, '2025-08-06'); // never answered: overdue ever since
  await register({ receivedAt: '2025-09-12T10:00', unitId: UNIT.ventilation, channel: '来电', nature: '建议意见' });

  // 2026 Q2: the quarter before.
  const p3 = await register({
    receivedAt: '2026-04-15T09:00',
    unitId: UNIT.fullyMechanised,
    categoryId: 'cat-02-01',
    headcount: 3,
  });
  await act(p3.id, 'accept', {}, '2026-04-16');
  await act(p3.id, 'reply', REPLY, '2026-06-10');
  const p4 = await register({
    receivedAt: '2026-05-20T09:00',
    unitId: UNIT.ventilation,
    petitioners: [person({ name: '赵丽', idNumber: '', unitId: UNIT.ventilation })],
  });
  await act(p4.id, 'accept', {}, '2026-05-21');
  await act(p4.id, 'reply', { ...REPLY, servedAt: '2026-07-10' }, '2026-07-10');
  await act(p4.id, 'followUp', { date: '2026-07-15', satisfaction: '基本满意' }, '2026-07-15');
  await act(p4.id, 'close', {}, '2026-07-16');
  const p5 = await register({
    receivedAt: '2026-06-02T09:00',
    unitId: UNIT.office,
    categoryId: 'cat-03-01',
    headcount: 5,
    flags: SKIPPED,
    petitioners: [person({ name: '王建国', idNumber: '', unitId: UNIT.office, identityType: '离退休人员' })],
  });
  await act(p5.id, 'accept', {}, '2026-06-03');
  await onStaff(db, '刘副总', '孙科长', '周队长');
  await act(
    p5.id,
    'assign',
    { unitId: UNIT.office, leader: '刘副总', handler: '孙科长', dueDate: '2026-07-20' },
    '2026-06-04',
  );
  await act(p5.id, 'reply', { ...REPLY, servedAt: '2026-08-25' }, '2026-08-25');
  await act(p5.id, 'followUp', { date: '2026-08-28', satisfaction: '不满意' }, '2026-08-28');
  const p6 = await register({
    receivedAt: '2026-06-10T15:00',
    channel: '来信',
    unitId: UNIT.plant,
    categoryId: 'cat-06',
    nature: '求助',
  });
  await act(p6.id, 'reject', { reason: '已依法处理', whereToApply: '人民法院' }, '2026-06-12');

  // 2026 Q3: the quarter compared.
  const p7 = await register({ receivedAt: '2026-07-06T09:00', unitId: UNIT.fullyMechanised });
  await act(p7.id, 'accept', {}, '2026-07-07');
  await act(
    p7.id,
    'assign',
    { unitId: UNIT.fullyMechanised, leader: '刘副总', handler: '周队长', dueDate: '2026-08-20' },
    '2026-07-08',
  );
  const p8 = await register({
    receivedAt: '2026-07-20T09:00',
    unitId: UNIT.plant,
    categoryId: 'cat-03-01',
    headcount: 8,
    flags: SKIPPED,
    petitioners: [person({ name: '陈红', idNumber: '', unitId: UNIT.plant })],
  });
  await act(p8.id, 'accept', {}, '2026-07-21');
  await act(p8.id, 'reply', { ...REPLY, servedAt: '2026-08-30' }, '2026-08-30');
  await act(p8.id, 'followUp', { date: '2026-09-02', satisfaction: '满意' }, '2026-09-02');
  await act(p8.id, 'close', {}, '2026-09-03');
  await repeat(p5.id, { receivedAt: '2026-07-25T09:00', unitId: UNIT.office, categoryId: 'cat-03-01', headcount: 4 });
  await repeat(p1.id, { receivedAt: '2026-08-03T09:00', unitId: UNIT.fullyMechanised, headcount: 2 });
  const p9 = await register({
    receivedAt: '2026-08-12T11:00',
    channel: '来电',
    unitId: UNIT.workshop,
    nature: '检举控告',
    categoryId: 'cat-12',
  });
  await act(p9.id, 'forwardToDiscipline', { toBody: '纪检监察机构' }, '2026-08-13');
  const p10 = await register({ receivedAt: '2026-09-01T20:00', channel: '网上信访', unitId: UNIT.mine });
  await act(p10.id, 'accept', {}, '2026-09-02');
  await repeat(p4.id, { receivedAt: '2026-09-10T09:00', channel: '来信', unitId: UNIT.ventilation });
  await register({ receivedAt: '2026-09-28T09:00', unitId: null, categoryId: 'cat-02-01' });
  const p11 = await register({
    receivedAt: '2026-09-29T09:00',
    unitId: UNIT.office,
    categoryId: 'cat-02-01',
    headcount: 2,
  });
  await act(p11.id, 'accept', {}, '2026-09-30');
}
