import type { Emergency, EmergencyInput } from '../../../../renderer/src/domain/emergency/types';

/** A group of 36 from 一号矿井 reported in Beijing at 08:30 on 2026-06-01, nobody there yet; tests override the rest. */
export function emergency(over: Partial<Emergency> = {}): Emergency {
  return {
    id: 'e-1',
    reportedAt: '2026-06-01T08:30',
    location: '赴京',
    place: '北京市西城区国家信访局接待大厅',
    headcount: 36,
    demands: '落实离退休职工供暖费补贴',
    unitIds: ['unit-1-1'],
    riskMatterId: null,
    arrivalLimitHours: 6,
    arrival: null,
    steps: [],
    aftercare: [],
    causeAnalysis: '',
    lossAssessment: '',
    lessons: '',
    reserveFundYuan: 0,
    status: '处置中',
    closedAt: null,
    createdAt: '2026-06-01T08:35:00.000',
    updatedAt: '2026-06-01T08:35:00.000',
    ...over,
  };
}

/** An emergency ready to end: arrival on time, one step, the analysis written. */
export function readyToClose(over: Partial<Emergency> = {}): Emergency {
  return emergency({
    arrival: { leaders: '张书记', arrivedAt: '2026-06-01T13:50', recordedBy: 'u-1' },
    steps: [{ id: 's-1', at: '2026-06-01T15:00', kind: '劝返', text: '劝返36人乘车返回', recordedBy: 'u-1' }],
    causeAnalysis: '供暖费补贴政策解释不到位',
    lossAssessment: '未造成财产损失',
    lessons: '移交前须逐户解释政策',
    ...over,
  });
}

export function emergencyInput(over: Partial<EmergencyInput> = {}): EmergencyInput {
  const e = emergency();
  return {
    reportedAt: e.reportedAt,
    location: e.location,
    place: e.place,
    headcount: e.headcount,
    demands: e.demands,
    unitIds: e.unitIds,
    riskMatterId: null,
    ...over,
  };
}
