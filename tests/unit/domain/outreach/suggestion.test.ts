import { describe, expect, it } from 'vitest';
import {
  applySuggestionChange,
  suggestionChangeProblems,
  suggestionOverdue,
  suggestionProblems,
  suggestionStatusOn,
  type AnswerChange,
  type FollowUpChange,
} from '../../../../renderer/src/domain/outreach/suggestion';
import { suggestion, suggestionInput } from './fixtures';

const TODAY = '2026-06-10';
const followUp: FollowUpChange = {
  to: '跟进中',
  department: '后勤服务中心',
  measure: '采购保温箱',
  deadline: '2026-06-30',
  day: '2026-06-03',
};
const answer: AnswerChange = {
  to: '已答复',
  answer: '已为夜班配备保温箱',
  answeredOn: '2026-06-08',
  feedbackWay: '座谈会反馈',
};

describe('recording a suggestion', () => {
  it('accepts a named or an anonymous suggestion', () => {
    expect(suggestionProblems(suggestionInput(), TODAY)).toEqual({});
    expect(suggestionProblems(suggestionInput({ proposer: null }), TODAY)).toEqual({});
  });

  it('needs a topic and the text; a named proposer needs a name', () => {
    expect(
      suggestionProblems(suggestionInput({ topic: '', text: ' ', proposer: { name: '', phone: '' } }), TODAY),
    ).toEqual({ topic: '请填写建议主题', text: '请填写建议内容', proposerName: '请填写建议人姓名' });
  });

  it('refuses a collection day after today and a deadline before it', () => {
    expect(suggestionProblems(suggestionInput({ collectedOn: '2026-06-11' }), TODAY).collectedOn).toBe(
      '征集日期不能晚于今天',
    );
    expect(suggestionProblems(suggestionInput({ deadline: '2026-06-01' }), TODAY).deadline).toBe(
      '完成时限不能早于征集日期',
    );
  });
});

describe('a suggestion’s status', () => {
  it('goes 未答复 → 跟进中 → 已答复, or straight to 已答复', () => {
    const following = applySuggestionChange(suggestion(), followUp);
    expect(suggestionChangeProblems(suggestion(), followUp, TODAY)).toEqual([]);
    expect(following).toMatchObject({ status: '跟进中', department: '后勤服务中心', followUpOn: '2026-06-03' });
    expect(suggestionChangeProblems(following, answer, TODAY)).toEqual([]);
    expect(applySuggestionChange(following, answer)).toMatchObject({
      status: '已答复',
      answeredOn: '2026-06-08',
      feedbackWay: '座谈会反馈',
      followUpOn: '2026-06-03',
    });
    expect(suggestionChangeProblems(suggestion(), answer, TODAY)).toEqual([]);
  });

  it('never goes back from 已答复, nor from 跟进中 to 跟进中', () => {
    const answered = applySuggestionChange(suggestion(), answer);
    expect(suggestionChangeProblems(answered, followUp, TODAY)).toEqual(['建〔2026〕1号已答复，不能改为“跟进中”']);
    const following = applySuggestionChange(suggestion(), followUp);
    expect(suggestionChangeProblems(following, followUp, TODAY)).toEqual([
      '建〔2026〕1号处于“跟进中”，不能改为“跟进中”',
    ]);
  });

  it('跟进中 needs the department, the measure and a deadline', () => {
    expect(
      suggestionChangeProblems(suggestion(), { ...followUp, department: '', measure: '', deadline: '' }, TODAY),
    ).toEqual(['请填写责任部门', '请填写落实措施', '请填写完成时限']);
  });

  it('an answer needs its text and how it was fed back, on a day not before collection or follow-up', () => {
    expect(
      suggestionChangeProblems(suggestion(), { ...answer, answer: '', feedbackWay: '广播' as never }, TODAY),
    ).toEqual(['请填写答复内容', '请选择反馈方式']);
    expect(suggestionChangeProblems(suggestion(), { ...answer, answeredOn: '2026-06-01' }, TODAY)).toEqual([
      '答复日期不能早于征集日期',
    ]);
    const following = applySuggestionChange(suggestion(), { ...followUp, day: '2026-06-09' });
    expect(suggestionChangeProblems(following, answer, TODAY)).toEqual(['答复日期不能早于转入跟进的日期']);
    expect(suggestionChangeProblems(suggestion(), { ...answer, answeredOn: '2026-06-11' }, TODAY)).toEqual([
      '答复日期不能晚于今天',
    ]);
  });

  it('reads as it stood at the end of a day', () => {
    const s = { collectedOn: '2026-06-02', followUpOn: '2026-06-05', answeredOn: '2026-06-20' };
    expect(suggestionStatusOn(s, '2026-06-01')).toBeNull();
    expect(suggestionStatusOn(s, '2026-06-02')).toBe('未答复');
    expect(suggestionStatusOn(s, '2026-06-05')).toBe('跟进中');
    expect(suggestionStatusOn(s, '2026-06-19')).toBe('跟进中');
    expect(suggestionStatusOn(s, '2026-06-20')).toBe('已答复');
  });

  it('is overdue the day after its deadline while unanswered', () => {
    const s = suggestion({ status: '跟进中', deadline: '2026-06-30' });
    expect(suggestionOverdue(s, '2026-06-30')).toBe(false);
    expect(suggestionOverdue(s, '2026-07-01')).toBe(true);
    expect(suggestionOverdue({ ...s, status: '已答复' }, '2026-07-01')).toBe(false);
    expect(suggestionOverdue({ ...s, deadline: null }, '2026-07-01')).toBe(false);
  });
});
