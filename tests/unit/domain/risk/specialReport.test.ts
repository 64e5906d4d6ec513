import { describe, expect, it } from 'vitest';
import {
  defaultSpecialReportAddressee,
  matterSpecialReport,
  specialReportProblems,
  specialReportRefusal,
  specialReportTitle,
} from '../../../../renderer/src/domain/risk/specialReport';
import { riskMatter } from './fixtures';

const MAJOR = riskMatter({
  level: '重大',
  riskKind: '供暖',
  headcount: 40,
  problem: '南山生活区约40户住户反映暂停供暖',
  measures: '与热力公司协商暂缓停暖',
  leader: '张书记',
  department: '离退休管理科',
  responsible: '刘科长',
  targetDate: '2026-11-10',
  registeredOn: '2026-10-19',
  claims: [
    { text: '暂缓停暖', outcome: null },
    { text: '困难户分期缴纳。', outcome: null },
  ],
});

describe('重大风险专报 (from a 重大 matter)', () => {
  const content = matterSpecialReport(
    MAJOR,
    [
      { day: '2026-10-17', text: '摸排' },
      { day: '2026-10-19', text: '召开座谈会' },
      { day: '2026-10-18', text: '核实欠费' },
    ],
    { unit: '一号矿井', category: '住房与三供一业 / 供热' },
  );

  it('is titled by the unit and the risk kind', () => {
    expect(content.subject).toBe('一号矿井供暖问题');
    expect(specialReportTitle(content.subject)).toBe('关于一号矿井供暖问题的重大风险专报');
  });

  it('has the sections the office reports, drafted from the matter', () => {
    expect(content.sections.map((s) => s.heading)).toEqual([
      '基本情况',
      '风险研判',
      '已采取措施',
      '包案领导和下一步工作',
    ]);
    const [basic, , measures, next] = content.sections.map((s) => s.paragraphs.join('\n'));
    expect(basic).toBe(
      '一号矿井：南山生活区约40户住户反映暂停供暖。2026年10月19日排查发现，列入排查台账（排〔2026〕7号），涉及40人。主要诉求：1.暂缓停暖；2.困难户分期缴纳。',
    );
    // The measures, then the two latest updates in day order.
    expect(measures).toBe('与热力公司协商暂缓停暖。\n2026年10月18日，核实欠费。\n2026年10月19日，召开座谈会。');
    expect(next).toContain('包案领导张书记，责任部门离退休管理科，责任人刘科长。于2026年11月10日前');
  });

  it('adds the clerk’s 补充说明 as a section of its own, line by line', () => {
    const withNote = matterSpecialReport(MAJOR, [], { unit: '', category: '供热' }, '市信访局已电话询问\n\n请公司协调');
    expect(withNote.sections.at(-1)).toEqual({ heading: '补充说明', paragraphs: ['市信访局已电话询问', '请公司协调'] });
    expect(withNote.subject).toBe('供暖问题');
  });

  it('goes up only for a 重大 matter in 办', () => {
    expect(specialReportRefusal(MAJOR)).toBeNull();
    expect(specialReportRefusal({ ...MAJOR, level: '较大' })).toBe('排〔2026〕7号不是重大风险，不需要报送重大风险专报');
    expect(specialReportRefusal({ ...MAJOR, status: '已销号' })).toBe('排〔2026〕7号已销号，不能再报送专报');
  });

  it('refuses an empty subject or addressee and over-long texts', () => {
    expect(specialReportProblems({ subject: ' ', to: '', supplement: '说'.repeat(1001) })).toEqual([
      '请填写专报事由',
      '请填写主送单位',
      '补充说明不能超过1000字',
    ]);
  });

  it('goes to the company office, named after the organisation in settings', () => {
    expect(defaultSpecialReportAddressee('某煤业集团有限公司')).toBe('某煤业集团有限公司办公室');
    expect(defaultSpecialReportAddressee(' ')).toBe('公司办公室');
  });
});
