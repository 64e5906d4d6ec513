import { describe, expect, it } from 'vitest';
import {
  aftercareProblems,
  analysisProblems,
  arrivalLimitProblem,
  arrivalProblems,
  arrivalText,
  closingProblems,
  countdown,
  durationText,
  emergencyArrival,
  emergencyInputProblems,
  reserveFundProblem,
  stepProblems,
} from '../../../../renderer/src/domain/emergency/rules';
import { parseLocalDateTime } from '../../../../renderer/src/domain/dates';
import { emergency, emergencyInput, readyToClose } from './fixtures';

const NOW = '2026-06-01T20:00';

describe('登记突发事件', () => {
  it('accepts a report with its place, headcount, demands and units', () => {
    expect(emergencyInputProblems(emergencyInput(), NOW)).toEqual({});
  });

  it('refuses each missing or impossible field in the clerk’s words', () => {
    expect(
      emergencyInputProblems(
        emergencyInput({
          reportedAt: '2026-06-31T08:00',
          location: '国外' as never,
          place: ' ',
          headcount: 2.5,
          demands: '',
          unitIds: [],
        }),
        NOW,
      ),
    ).toEqual({
      reportedAt: '请填写有效的报告时间',
      location: '请选择发生地点类别',
      place: '请填写具体地点',
      headcount: '人数应为1至100000之间的整数',
      demands: '请填写诉求',
      unitIds: '请选择涉及单位',
    });
  });

  it('refuses a report later than now, a headcount of 0, overlong text and a unit twice', () => {
    expect(
      emergencyInputProblems(
        emergencyInput({
          reportedAt: '2026-06-01T20:01',
          headcount: 0,
          place: '地'.repeat(201),
          demands: '诉'.repeat(2001),
          unitIds: ['u', 'u'],
        }),
        NOW,
      ),
    ).toEqual({
      reportedAt: '报告时间不能晚于现在',
      headcount: '人数应为1至100000之间的整数',
      place: '具体地点不能超过200字',
      demands: '诉求不能超过2000字',
      unitIds: '涉及单位重复',
    });
  });
});

describe('the 6-hour clock of an 赴京 event', () => {
  it('runs from the report: reported 08:30, leaders due 14:30', () => {
    expect(emergencyArrival(emergency(), '2026-06-01T09:00')).toEqual({
      state: '等待到场',
      deadline: '2026-06-01T14:30',
      minutesLeft: 330,
    });
    expect(arrivalText(emergencyArrival(emergency(), '2026-06-01T09:00'))).toBe('距到场时限还有5小时30分钟');
  });

  it('is 已超时 past the limit while nobody arrived', () => {
    const state = emergencyArrival(emergency(), '2026-06-01T15:15');
    expect(state).toEqual({ state: '已超时未到场', deadline: '2026-06-01T14:30', minutesLate: 45 });
    expect(arrivalText(state)).toBe('已超时45分钟未到场');
  });

  it('judges an arrival at 14:30 on time and one at 15:40 late by 70 minutes', () => {
    const onTime = emergency({ arrival: { leaders: '张书记', arrivedAt: '2026-06-01T14:30', recordedBy: 'u' } });
    expect(arrivalText(emergencyArrival(onTime, NOW))).toBe('按时到场');
    const late = emergency({ arrival: { leaders: '张书记', arrivedAt: '2026-06-01T15:40', recordedBy: 'u' } });
    expect(emergencyArrival(late, NOW)).toEqual({ state: '迟到', deadline: '2026-06-01T14:30', minutesLate: 70 });
    expect(arrivalText(emergencyArrival(late, NOW))).toBe('迟到70分钟');
  });

  it('keeps the limit the event was registered under: an office limit of 4 h for 赴京 makes 13:00 late', () => {
    const custom = emergency({
      arrivalLimitHours: 4,
      arrival: { leaders: '张书记', arrivedAt: '2026-06-01T13:00', recordedBy: 'u' },
    });
    expect(emergencyArrival(custom, NOW)).toEqual({ state: '迟到', deadline: '2026-06-01T12:30', minutesLate: 30 });
    // A 本市单位 event under the office's 3 h limit.
    const city = emergency({ location: '本市单位', arrivalLimitHours: 3 });
    expect(emergencyArrival(city, '2026-06-01T09:00').deadline).toBe('2026-06-01T11:30');
  });

  it('counts down to the second, and counts up in red words past the limit', () => {
    const at = (moment: string, seconds = 0) => (parseLocalDateTime(moment)?.getTime() ?? 0) + seconds * 1000;
    expect(countdown('2026-06-01T14:30', at('2026-06-01T08:30', 2))).toEqual({ overdue: false, text: '05:59:58' });
    expect(countdown('2026-06-01T14:30', at('2026-06-01T14:30'))).toEqual({ overdue: false, text: '00:00:00' });
    expect(countdown('2026-06-01T14:30', at('2026-06-01T14:42', 5))).toEqual({
      overdue: true,
      text: '已超时 00:12:05',
    });
  });

  it('says durations as a clerk writes them', () => {
    expect(durationText(45)).toBe('45分钟');
    expect(durationText(120)).toBe('2小时');
    expect(durationText(70)).toBe('1小时10分钟');
  });
});

describe('到场时限 in settings', () => {
  it('takes whole hours from 1 to 72', () => {
    expect(arrivalLimitProblem('赴京', 6)).toBeNull();
    expect(arrivalLimitProblem('赴京', 72)).toBeNull();
    for (const bad of [0, 73, 1.5, Number.NaN])
      expect(arrivalLimitProblem('赴京', bad)).toBe('赴京的到场时限应为1至72之间的整数小时');
  });
});

describe('记录到场, 处置步骤, 善后 and analysis', () => {
  it('records an arrival once, with the leaders named, between the report and now', () => {
    expect(arrivalProblems(emergency(), { leaders: '张书记', arrivedAt: '2026-06-01T15:40' }, NOW)).toEqual([]);
    expect(arrivalProblems(emergency(), { leaders: '', arrivedAt: '2026-06-01T08:00' }, NOW)).toEqual([
      '请填写到场领导',
      '到场时间不能早于报告时间',
    ]);
    expect(arrivalProblems(emergency(), { leaders: '张书记', arrivedAt: '2026-06-01T21:00' }, NOW)).toEqual([
      '到场时间不能晚于现在',
    ]);
    expect(arrivalProblems(readyToClose(), { leaders: '李矿长', arrivedAt: '2026-06-01T15:00' }, NOW)).toEqual([
      '到场情况已记录',
    ]);
  });

  it('takes a step of a known kind with its text and moment', () => {
    expect(stepProblems(emergency(), { at: '2026-06-01T10:00', kind: '情况报告', text: '向集团报告' }, NOW)).toEqual(
      [],
    );
    expect(stepProblems(emergency(), { at: 'x', kind: '拦截' as never, text: ' ' }, NOW)).toEqual([
      '请选择步骤类型',
      '请填写处置情况',
      '请填写有效的步骤时间',
    ]);
  });

  it('takes a 善后 measure with a deadline no earlier than the report’s day', () => {
    expect(aftercareProblems(emergency(), { text: '补发补贴', deadline: '2026-06-30' })).toEqual([]);
    expect(aftercareProblems(emergency(), { text: '', deadline: '2026-05-31' })).toEqual([
      '请填写善后措施',
      '完成时限不能早于报告日期',
    ]);
    expect(aftercareProblems(emergency(), { text: '补发', deadline: '' })).toEqual(['请填写善后措施的完成时限']);
  });

  it('takes 备用金 in yuan to the fen, never negative or absurd', () => {
    expect(reserveFundProblem(0)).toBeNull();
    expect(reserveFundProblem(3860.5)).toBeNull();
    expect(reserveFundProblem(0.07)).toBeNull();
    expect(reserveFundProblem(-1)).toBe('备用金应为不小于0的金额（元）');
    expect(reserveFundProblem(Number.NaN)).toBe('备用金应为不小于0的金额（元）');
    expect(reserveFundProblem(12.345)).toBe('备用金最多精确到分（两位小数）');
    expect(reserveFundProblem(10_000_001)).toBe('备用金不能超过10000000元');
    const analysis = { causeAnalysis: '因'.repeat(4001), lossAssessment: '', lessons: '', reserveFundYuan: -5 };
    expect(analysisProblems(emergency(), analysis)).toEqual([
      '原因分析不能超过4000字',
      '备用金应为不小于0的金额（元）',
    ]);
  });

  it('changes nothing once the 处置 has ended', () => {
    const closed = readyToClose({ status: '已结束', closedAt: '2026-06-01T18:00' });
    expect(stepProblems(closed, { at: '2026-06-01T19:00', kind: '其他', text: '回访' }, NOW)).toEqual([
      '该突发事件已结束处置，不能再修改',
    ]);
    expect(aftercareProblems(closed, { text: '补发', deadline: '2026-06-30' })[0]).toBe(
      '该突发事件已结束处置，不能再修改',
    );
  });
});

describe('结束处置', () => {
  it('ends once the arrival, a step, the cause, the loss and the lessons are recorded', () => {
    expect(closingProblems(readyToClose(), '2026-06-01T18:00', NOW)).toEqual([]);
  });

  it('lists everything the report would lack', () => {
    expect(closingProblems(emergency(), '2026-06-01T18:00', NOW)).toEqual([
      '尚未记录领导到场情况',
      '请至少添加一条处置步骤',
      '请填写原因分析',
      '请填写损失评估',
      '请填写经验教训',
    ]);
  });

  it('ends no earlier than the last step and no later than now, and only once', () => {
    expect(closingProblems(readyToClose(), '2026-06-01T14:00', NOW)).toEqual([
      '结束时间不能早于到场时间或最后一条处置步骤',
    ]);
    expect(closingProblems(readyToClose(), '2026-06-01T20:30', NOW)).toEqual(['结束时间不能晚于现在']);
    expect(closingProblems(readyToClose({ status: '已结束' }), '2026-06-01T18:00', NOW)).toEqual([
      '该突发事件已结束处置',
    ]);
  });

  it('does not wait for the 善后 measures: they go on with their deadlines', () => {
    const open = readyToClose({ aftercare: [{ id: 'm', text: '补发补贴', deadline: '2026-06-30', doneOn: null }] });
    expect(closingProblems(open, '2026-06-01T18:00', NOW)).toEqual([]);
  });
});
