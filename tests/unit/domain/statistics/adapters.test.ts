import { describe, expect, it } from 'vitest';
import { toStatRecords } from '../../../../renderer/src/domain/statistics';
import type { Petition, Petitioner, Reception } from '../../../../renderer/src/domain/types';

const NO_FLAGS = { collective: false, jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false };

function person(id: string, identityType: Petitioner['identityType']): Petitioner {
  return {
    id,
    name: id,
    gender: null,
    idNumber: '',
    phone: '',
    address: '',
    identityType,
    unitId: null,
    createdAt: '',
    updatedAt: '',
  };
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
  caseFacts: {
    nature: '申诉求决',
    receivedAt: '2026-05-06',
    acceptedAt: '2026-05-07',
    repliedAt: '2026-06-01',
    followUp: { date: '2026-06-05', satisfaction: '满意' },
  },
};

describe('adapters from the stored records', () => {
  it('builds compact records: distinct 身份 types, clock facts, the 回访 satisfaction from the facts; a petition without facts gets null', () => {
    const bare: Petition = {
      ...petition,
      id: 'p2',
      regNo: '2026-0002',
      petitionerIds: [],
      caseFacts: undefined,
      status: 'registered',
    };
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
    expect(receptions).toEqual([
      {
        petitionId: 'p1',
        receivedAt: '2026-06-20T09:00',
        channel: '来访',
        headcount: 2,
        isRepeat: true,
        flags: NO_FLAGS,
      },
    ]);
  });
});
