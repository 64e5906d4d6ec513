import { emergencyAssessment, emergencySpecialReport } from '../../domain/emergency/specialReport';
import type { Emergency } from '../../domain/emergency/types';
import { DEFAULT_SPECIAL_REPORT_ADDRESSEE, type SpecialReportLetter } from '../../domain/risk/specialReport';
import { OFFICE } from '../letters/examples';
import type { EmergencyReportData } from './emergencyReport';

/**
 * The sample office's 突发信访事件 (`npm run samples`): while the sample case (sampleCase.ts, 2026-0137, the retirees'
 * heating subsidy) waited for its answer, 36 retirees of 一号矿井 went to Beijing. The leaders arrived 40 minutes past
 * the 6-hour limit; the group was talked into going home, and the subsidy became the case's 处理意见.
 */
export function sampleEmergency(): Emergency {
  return {
    id: 'sample-emergency',
    reportedAt: '2026-06-29T08:30',
    location: '赴京',
    place: '北京市西城区国家信访局来访接待大厅',
    headcount: 36,
    demands:
      '落实“三供一业”移交时“离退休职工供暖费补贴标准不降低”的答复，补发2025—2026年采暖季补贴，公开补贴标准和发放时间',
    unitIds: ['unit-1-1'],
    riskMatterId: null,
    arrivalLimitHours: 6,
    arrival: { leaders: '一号矿井党委书记、离退休管理科科长', arrivedAt: '2026-06-29T15:10', recordedBy: 'sample' },
    steps: [
      {
        id: 's1',
        at: '2026-06-29T08:50',
        kind: '情况报告',
        text: '信访办将人员赴京情况报告矿党委和集团公司，矿党委书记带队赴京',
        recordedBy: 'sample',
      },
      {
        id: 's2',
        at: '2026-06-29T15:30',
        kind: '通报代表',
        text: '在接待大厅与上访人员推选的3名代表座谈，通报矿党委已研究补贴补发方案，7月底前答复',
        recordedBy: 'sample',
      },
      {
        id: 's3',
        at: '2026-06-29T18:40',
        kind: '劝返',
        text: '36人全部同意返回，乘当晚高铁返程，矿上派2名工作人员随行',
        recordedBy: 'sample',
      },
    ],
    aftercare: [
      {
        id: 'm1',
        text: '核定2025—2026年采暖季补贴名册，按原标准补发',
        deadline: '2026-07-31',
        doneOn: '2026-07-28',
      },
      {
        id: 'm2',
        text: '在南山生活区公示栏公示补贴标准、发放对象和发放时间',
        deadline: '2026-07-15',
        doneOn: '2026-07-10',
      },
      {
        id: 'm3',
        text: '对生活困难的退休职工和工亡职工家属逐户走访，协调市热力公司缓缴供暖费',
        deadline: '2026-09-30',
        doneOn: null,
      },
    ],
    causeAnalysis:
      '“三供一业”移交时对离退休职工作出的补贴答复没有形成书面文件，移交后补贴发放无人牵头，职工多次询问未得到明确答复，信访事项办理期间又缺少阶段性沟通，群众对按期解决失去信心。',
    lossAssessment: '未发生肢体冲突，未造成人员伤亡和财产损失，未形成负面舆情。赴京往返交通、食宿等费用由备用金垫付。',
    lessons:
      '（一）移交、改制等涉及职工切身利益的事项，答复要形成书面文件并明确牵头部门。\n（二）信访事项办理期间要定期向信访人通报进展，防止等待中积累不满。\n（三）排查中对涉及人数多的事项提前研判，做好劝返预案。',
    reserveFundYuan: 8640,
    status: '已结束',
    closedAt: '2026-06-29T19:00',
    createdAt: '2026-06-29T08:35:00.000',
    updatedAt: '2026-07-28T10:00:00.000',
  };
}

/** The sample event's 处置情况报告, sent by the mine's office up to the company's. */
export function sampleEmergencyReport(): EmergencyReportData {
  return {
    emergency: sampleEmergency(),
    unitNames: ['一号矿井'],
    addressee: '某煤业集团有限公司信访办公室',
    issuer: OFFICE,
    date: '2026-07-02',
    at: '2026-07-02T09:00',
  };
}

/** The mine's leader who signs its 专报 off in the example. */
export const SAMPLE_SPECIAL_REPORT_SIGNER = '王志刚';

/**
 * The 重大风险专报 the mine sent up at 15:20 on the day of the event, while it was still in 处置: the leaders there
 * late, nobody yet on the way home — its first 专报 of the year under its 代字.
 */
export function sampleEmergencySpecialReport(): SpecialReportLetter {
  const at = '2026-06-29T15:20';
  const whole = sampleEmergency();
  const asOfThen: Emergency = {
    ...whole,
    steps: whole.steps.filter((s) => s.at <= at),
    // 善后 was decided that evening, after the group agreed to go home.
    aftercare: [],
    status: '处置中',
    closedAt: null,
  };
  const texts = { assessment: emergencyAssessment(asOfThen), supplement: '' };
  const content = emergencySpecialReport(asOfThen, ['一号矿井'], texts, at);
  return {
    ...content,
    docNo: '曹矿信专报〔2026〕1号',
    addressee: DEFAULT_SPECIAL_REPORT_ADDRESSEE,
    signer: SAMPLE_SPECIAL_REPORT_SIGNER,
    issuer: OFFICE,
    date: at.slice(0, 10),
  };
}
