import { describe, expect, it } from 'vitest';
import {
  emergencyAssessment,
  emergencySpecialReport,
  emergencySpecialReportRefusal,
  emergencySubject,
} from '../../../../renderer/src/domain/emergency/specialReport';
import { emergency } from './fixtures';

const texts = { assessment: '聚集36人，人数较多', supplement: '国家信访局已电话通报' };

describe('重大风险专报 of an emergency', () => {
  it('is titled by who and where, and drafts its 风险研判 from the headcount and the location', () => {
    const e = emergency();
    expect(emergencySubject(e, ['一号矿井'])).toBe('一号矿井36人赴京上访');
    expect(emergencyAssessment(e)).toBe('人数较多且越级上访，有扩大风险，研判为重大风险。');
    expect(emergencyAssessment(emergency({ headcount: 3, location: '本市单位' }))).toBe('有扩大风险，研判为重大风险。');
    expect(emergencyAssessment(emergency({ headcount: 3, location: '省会单位' }))).toBe(
      '越级上访，有扩大风险，研判为重大风险。',
    );
  });

  it('tells the event as of the moment it is written: nobody there yet, the latest steps, the open 善后', () => {
    const e = emergency({
      demands: '落实供暖费补贴，联系电话13912345678',
      steps: [
        { id: 's1', at: '2026-06-01T09:00', kind: '情况报告', text: '报公司领导', recordedBy: 'u' },
        { id: 's2', at: '2026-06-01T10:30', kind: '其他', text: '联系驻京办。', recordedBy: 'u' },
        { id: 's3', at: '2026-06-01T09:40', kind: '通报代表', text: '电话通报代表', recordedBy: 'u' },
        { id: 's4', at: '2026-06-01T08:45', kind: '劝返', text: '安排车辆', recordedBy: 'u' },
      ],
      aftercare: [
        { id: 'a1', text: '补发补贴', deadline: '2026-07-31', doneOn: null },
        { id: 'a2', text: '逐户走访', deadline: '2026-06-10', doneOn: '2026-06-05' },
      ],
    });
    const content = emergencySpecialReport(e, ['一号矿井'], texts, '2026-06-01T11:00');
    expect(content.subject).toBe('一号矿井36人赴京上访');
    expect(content.sections).toEqual([
      {
        heading: '基本情况',
        paragraphs: [
          '2026年6月1日8时30分，接到报告：一号矿井36人到北京市西城区国家信访局接待大厅上访。主要诉求：落实供暖费补贴。',
        ],
      },
      { heading: '风险研判', paragraphs: ['聚集36人，人数较多。'] },
      {
        heading: '已采取措施和下一步工作',
        paragraphs: [
          // In time order, the latest two steps and where the arrival stands; moments of the day by their time.
          '9时40分，电话通报代表。10时30分，联系驻京办。截至11时，领导尚未到达现场（距到场时限还有3小时30分钟）。',
          '下一步，做好劝返稳控工作，落实善后措施：补发补贴（7月31日前）。重要情况随时报告。',
        ],
      },
      { heading: '补充说明', paragraphs: ['国家信访局已电话通报。'] },
    ]);
  });

  it('goes up only while the event is in 处置', () => {
    expect(emergencySpecialReportRefusal(emergency())).toBeNull();
    expect(emergencySpecialReportRefusal(emergency({ status: '已结束' }))).toBe(
      '该突发事件已结束处置，请导出处置情况报告',
    );
  });
});
