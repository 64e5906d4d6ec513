import { describe, expect, it } from 'vitest';
import {
  buildEmergencyReport,
  emergencyReportTitle,
  type EmergencyReportData,
} from '../../../../renderer/src/documents/emergency/emergencyReport';
import { sampleEmergencyReport } from '../../../../renderer/src/documents/emergency/sample';
import { paragraphsWith, textOf, unpack } from '../docxParts';
import { emergency, readyToClose } from '../../domain/emergency/fixtures';

const HEADINGS = [
  '一、基本情况',
  '二、到场处置',
  '三、处置经过',
  '四、善后措施',
  '五、原因分析',
  '六、损失评估及备用金使用情况',
  '七、经验教训',
];

async function documentOf(data: EmergencyReportData) {
  const { document } = await unpack(buildEmergencyReport(data));
  return { xml: document, text: textOf(document) };
}

describe('突发信访事件处置情况报告', () => {
  it('has its title, the company office as 主送, the seven sections in order, and the issuer and date', async () => {
    const { xml, text } = await documentOf(sampleEmergencyReport());
    expect(text.startsWith('关于一号矿井36人赴京上访处置情况的报告某煤业集团有限公司信访办公室：')).toBe(true);
    const positions = HEADINGS.map((h) => text.indexOf(h));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text.endsWith('特此报告。一号矿井信访办公室2026年7月2日')).toBe(true);
    // GB/T 9704: the title in 方正小标宋简体 二号, headings in 黑体, the 主送 flush left.
    expect(paragraphsWith(xml, '关于一号矿井')[0]).toContain('w:eastAsia="方正小标宋简体"');
    expect(paragraphsWith(xml, '关于一号矿井')[0]).toContain('<w:sz w:val="44"/>');
    expect(paragraphsWith(xml, '二、到场处置')[0]).toContain('w:eastAsia="黑体"');
    expect(paragraphsWith(xml, '某煤业集团有限公司信访办公室：')[0]).not.toContain('w:firstLine');
  });

  it('tells the facts: when, where, how many, the demands, the 6-hour limit and the late arrival', async () => {
    const { text } = await documentOf(sampleEmergencyReport());
    expect(text).toContain('2026年6月29日8时30分，接到报告：一号矿井36人到北京市西城区国家信访局来访接待大厅上访。');
    expect(text).toContain('主要诉求：落实“三供一业”移交时');
    expect(text).toContain('赴京上访的事件须在接报后6小时内，即2026年6月29日14时30分前，由领导赶到现场处置。');
    expect(text).toContain('于2026年6月29日15时10分到达现场，超过时限40分钟，未能按时到场。');
    expect(text).toContain('2026年6月29日18时40分，36人全部同意返回');
    expect(text).toContain('2026年6月29日19时00分，现场处置结束。');
    expect(text).toContain(
      '1.核定2025—2026年采暖季补贴名册，按原标准补发，完成时限2026年7月31日，已于2026年7月28日完成。',
    );
    expect(text).toContain('完成时限2026年9月30日，正在落实。');
    expect(text).toContain('处置中动用备用金8640元。');
  });

  it('says an on-time arrival and no 备用金 as such, and names a 本市单位 event by where it was', async () => {
    const data: EmergencyReportData = {
      emergency: readyToClose({
        location: '本市单位',
        arrivalLimitHours: 1,
        reportedAt: '2026-06-01T13:00',
        reserveFundYuan: 0,
      }),
      unitNames: ['一号矿井', '二号矿井'],
      addressee: '公司党委',
      issuer: '某煤业集团有限公司信访办公室',
      date: '2026-06-02',
      at: '2026-06-02T09:00',
    };
    expect(emergencyReportTitle(data)).toBe('关于一号矿井、二号矿井36人到本市单位上访处置情况的报告');
    const { text } = await documentOf(data);
    expect(text).toContain('张书记于2026年6月1日13时50分到达现场，在规定时限内按时到场。');
    expect(text).toContain('处置中未动用备用金。');
    expect(text).toContain('到本市单位上访的事件须在接报后1小时内');
  });

  it('prints no ID number or phone number the office typed into its texts', async () => {
    const data = sampleEmergencyReport();
    data.emergency = {
      ...data.emergency,
      demands: '代表王某（身份证号140203195603123514，电话13934561287）要求补发补贴',
      steps: [{ ...data.emergency.steps[0]!, text: '联系代表，电话13803527719' }],
      causeAnalysis: '代表140203195809172426多次来访',
    };
    const { text } = await documentOf(data);
    for (const secret of ['140203195603123514', '13934561287', '13803527719', '140203195809172426'])
      expect(text).not.toContain(secret);
  });

  it('says what is missing in a report exported before the 处置 ended', async () => {
    const data = sampleEmergencyReport();
    data.emergency = { ...data.emergency, arrival: null, status: '处置中', closedAt: null, causeAnalysis: '' };
    const { text } = await documentOf(data);
    expect(text).toContain('截至2026年7月2日9时00分，尚无领导到达现场（已超时');
    expect(text).toContain('五、原因分析（尚未填写）');
    expect(text).not.toContain('现场处置结束');
  });

  it('tells an event still in 处置 up to the moment the report is written, not to the end of its day', async () => {
    const data: EmergencyReportData = {
      emergency: emergency(),
      unitNames: ['一号矿井'],
      addressee: '公司党委',
      issuer: '某煤业集团有限公司信访办公室',
      date: '2026-06-01',
      at: '2026-06-01T10:00',
    };
    const { text } = await documentOf(data);
    // Reported 08:30 in Beijing: the limit is 14:30, so at 10:00 four and a half hours are left.
    expect(text).toContain('截至2026年6月1日10时00分，尚无领导到达现场（距到场时限还有4小时30分钟）。');
  });
});
