import { describe, expect, it } from 'vitest';
import { outreachKindsProblems } from '../../../../renderer/src/domain/outreach/kinds';
import { DEFAULT_OUTREACH_KINDS } from '../../../../renderer/src/domain/outreach/types';
import { settingLabel } from '../../../../renderer/src/domain/audit/entities';

describe('the office’s activity kinds', () => {
  it('the seven defaults pass, 下访走访 checking wages, labour relations, protective equipment and insurance', () => {
    expect(outreachKindsProblems(DEFAULT_OUTREACH_KINDS)).toEqual([]);
    expect(DEFAULT_OUTREACH_KINDS.map((k) => k.kind)).toEqual([
      '下访走访',
      '领导接待日',
      '座谈会',
      '调研',
      '政策宣讲',
      '包联活动',
      '培训',
    ]);
    expect(DEFAULT_OUTREACH_KINDS[0]?.checklist).toEqual(['工资发放', '劳动关系', '劳保用品', '工伤保险']);
  });

  it('needs at least one kind, each named once, each checklist item once', () => {
    expect(outreachKindsProblems([])).toEqual(['请至少保留一种活动类型']);
    expect(
      outreachKindsProblems([
        { kind: '座谈会', checklist: ['意见', '意见'] },
        { kind: '座谈会', checklist: [''] },
        { kind: '', checklist: [] },
      ]),
    ).toEqual(['“座谈会”的检查内容有重复', '活动类型“座谈会”重复', '请填写“座谈会”的检查内容', '请填写活动类型名称']);
  });

  it('the number counters read on the audit trail by what they count', () => {
    expect(settingLabel('activityNo:2026')).toBe('活动编号计数：2026年');
    expect(settingLabel('suggestionNo:2026')).toBe('建议编号计数：2026年');
  });
});
