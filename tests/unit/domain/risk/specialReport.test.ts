import { describe, expect, it } from 'vitest';
import {
  matterAssessment,
  matterSpecialReport,
  specialReportDefaults,
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
    { assessment: '涉及40户，人数较多\n已有人酝酿到市里反映', supplement: '' },
  );

  it('is titled by the unit and the risk kind', () => {
    expect(content.subject).toBe('一号矿井供暖问题');
    expect(specialReportTitle(content.subject)).toBe('关于一号矿井供暖问题的重大风险专报');
  });

  it('has the sections the office reports, drafted from the matter', () => {
    expect(content.sections.map((s) => s.heading)).toEqual(['基本情况', '风险研判', '已采取措施和下一步工作']);
    const [basic, , measures] = content.sections.map((s) => s.paragraphs.join('\n'));
    expect(basic).toBe(
      '一号矿井：南山生活区约40户住户反映暂停供暖。2026年10月19日排查发现，列入排查台账（排〔2026〕7号），涉及40人。主要诉求：1.暂缓停暖；2.困难户分期缴纳。',
    );
    // One paragraph: the measures, the two latest updates in day order, who owns it and by when.
    expect(measures).toBe(
      '与热力公司协商暂缓停暖。2026年10月18日，核实欠费。2026年10月19日，召开座谈会。包案领导张书记，责任部门离退休管理科，责任人刘科长，2026年11月10日前化解到位，及时报告进展情况。',
    );
  });

  it('prints the 风险研判 the clerk confirmed, a sentence per line', () => {
    expect(content.sections[1]).toEqual({
      heading: '风险研判',
      paragraphs: ['涉及40户，人数较多。', '已有人酝酿到市里反映。'],
    });
  });

  it('drafts the 风险研判 from the headcount, one line of the page', () => {
    expect(matterAssessment(MAJOR)).toBe('涉及人数较多，易引发集体访、越级访，研判为重大风险。');
    expect(matterAssessment({ headcount: 2 })).toBe('易引发集体访、越级访，研判为重大风险。');
  });

  it('says where the matter came from as an office writes it', () => {
    const basicOf = (source: (typeof MAJOR)['source']) =>
      matterSpecialReport({ ...MAJOR, source }, [], { unit: '', category: '' }, { assessment: '', supplement: '' })
        .sections[0]?.paragraphs[0];
    expect(basicOf('信访事项')).toContain('2026年10月19日经职工群众信访反映，列入排查台账');
    expect(basicOf('单位专报')).toContain('2026年10月19日经所属单位专报，列入排查台账');
    expect(basicOf('座谈会')).toContain('2026年10月19日在座谈会上收集，列入排查台账');
    expect(basicOf('走访座谈')).toContain('2026年10月19日在走访座谈中发现，列入排查台账');
  });

  it('adds the clerk’s 补充说明 as a section of its own, line by line', () => {
    const withNote = matterSpecialReport(
      MAJOR,
      [],
      { unit: '', category: '供热' },
      { assessment: '研判', supplement: '市信访局已电话询问\n\n请公司协调' },
    );
    expect(withNote.sections.at(-1)).toEqual({
      heading: '补充说明',
      paragraphs: ['市信访局已电话询问。', '请公司协调。'],
    });
    expect(withNote.subject).toBe('供暖问题');
  });

  it('goes up only for a 重大 matter in 办', () => {
    expect(specialReportRefusal(MAJOR)).toBeNull();
    expect(specialReportRefusal({ ...MAJOR, level: '较大' })).toBe('排〔2026〕7号不是重大风险，不需要报送重大风险专报');
    expect(specialReportRefusal({ ...MAJOR, status: '已销号' })).toBe('排〔2026〕7号已销号，不能再报送专报');
  });

  it('refuses an empty subject, addressee, 签发人 or 风险研判 and over-long texts', () => {
    expect(
      specialReportProblems({ subject: ' ', to: '', signer: '', assessment: '', supplement: '说'.repeat(1001) }),
    ).toEqual(['请填写专报事由', '请填写主送单位', '请填写签发人', '请填写风险研判', '补充说明不能超过1000字']);
  });

  it('goes to the body and with the 签发人 of the latest 专报, else to the company office — never the desk’s own', () => {
    expect(specialReportDefaults(undefined)).toEqual({ to: '公司办公室', signer: '' });
    expect(specialReportDefaults({ to: ' 集团公司办公室 ', signer: '王志刚' })).toEqual({
      to: '集团公司办公室',
      signer: '王志刚',
    });
    expect(specialReportDefaults({ to: 3, signer: null })).toEqual({ to: '公司办公室', signer: '' });
  });
});
