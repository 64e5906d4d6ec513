import { describe, expect, it } from 'vitest';
import { satisfactionOf, toStatRecords } from '../../../../renderer/src/domain/statistics';
import type { CaseEvent, Petition, Petitioner, Reception } from '../../../../renderer/src/domain/types';

const NO_FLAGS = { collective: false, jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false };

function event(petitionId: string, type: string, at: string, data: Record<string, unknown> | null): CaseEvent {
  return { id: `${petitionId}-${at}`, petitionId, at, actor: '王丽', type, text: '', data };
}

function person(id: string, identityType: Petitioner['identityType']): Petitioner {
  return { id, name: id, gender: null, idNumber: '', phone: '', address: '', identityType, unitId: null, createdAt: '', updatedAt: '' };
}

const petition: Petition = {
  id: 'p1',
  regNo: '2026-0001',
  year: 2026,
  seq: 1,
  channel: '来访',
  receivedAt: '2026-05-06T10:00',
  petitionerIds: ['a', 'b', 'c', 'd'],
  representativeIds: [],
  headcount: 6,
  categoryId: 'cat-01-01',
  nature: '申诉求决',
  unitId: 'unit-1-1',
  summary: '反映拖欠工资',
  demands: '补发',
  receivingOfficer: '王丽',
  flags: { ...NO_FLAGS, collective: true },
  source: null,
  status: 'followedUp',
  receptionCount: 2,
  searchText: '',
  createdAt: '',
  updatedAt: '',
  caseFacts: { nature: '申诉求决', receivedAt: '2026-05-06', acceptedAt: '2026-05-07', repliedAt: '2026-06-01' },
};

describe('adapters from the stored records', () => {
  it('the satisfaction is the latest follow-up’s; other events and unknown values are ignored', () => {
    expect(satisfactionOf([])).toBeNull();
    expect(
      satisfactionOf([
        event('p1', 'followUp', '2026-06-02T09:00:00.000', { satisfaction: '不满意', date: '2026-06-02' }),
        event('p1', 'followUp', '2026-06-10T09:00:00.000', { satisfaction: '基本满意', date: '2026-06-10' }),
        event('p1', 'addNote', '2026-06-11T09:00:00.000', { satisfaction: '满意' }),
        event('p1', 'followUp', '2026-06-12T09:00:00.000', { satisfaction: '很好' }),
      ]),
    ).toBe('基本满意');
  });

  it('builds compact records: distinct 身份 types, clock facts, satisfaction; a petition without facts gets null', () => {
    const bare: Petition = { ...petition, id: 'p2', regNo: '2026-0002', petitionerIds: [], caseFacts: undefined, status: 'registered' };
    const reception: Reception = {
      id: 'r1',
      petitionId: 'p1',
      channel: '来访',
      receivedAt: '2026-06-20T09:00',
      headcount: 2,
      petitionerIds: ['a'],
      receivingOfficer: '王丽',
      isRepeat: true,
      flags: NO_FLAGS,
      source: null,
      note: '',
      createdAt: '',
    };
    const { petitions, receptions } = toStatRecords({
      petitions: [petition, bare],
      receptions: [reception],
      petitioners: [person('a', '在职职工'), person('b', '职工家属'), person('c', '在职职工'), person('d', null)],
      events: [event('p1', 'followUp', '2026-06-05T09:00:00.000', { satisfaction: '满意', date: '2026-06-05' }), event('p2', 'registered', '2026-05-06T10:00:00.000', null)],
    });
    expect(petitions[0]).toEqual({
      id: 'p1',
      regNo: '2026-0001',
      receivedAt: '2026-05-06T10:00',
      channel: '来访',
      categoryId: 'cat-01-01',
      nature: '申诉求决',
      unitId: 'unit-1-1',
      identityTypes: ['在职职工', '职工家属'],
      flags: { ...NO_FLAGS, collective: true },
      status: 'followedUp',
      receptionCount: 2,
      caseFacts: petition.caseFacts,
      satisfaction: '满意',
    });
    expect(petitions[1]).toMatchObject({ id: 'p2', identityTypes: [], caseFacts: null, satisfaction: null });
    expect(receptions).toEqual([{ petitionId: 'p1', receivedAt: '2026-06-20T09:00', channel: '来访', headcount: 2, isRepeat: true, flags: NO_FLAGS }]);
  });
});
