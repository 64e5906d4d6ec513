import { describe, expect, it } from 'vitest';
import { caseLetterWarnings, letterKindsFor } from '../../../../renderer/src/documents/letters/fromCase';
import { SAMPLE_DRAFTS, sampleCase, sampleLetterContext } from '../../../../renderer/src/documents/sampleCase';

const detail = sampleCase();
const warningsOn = (kind: Parameters<typeof caseLetterWarnings>[0], day: string, draft = SAMPLE_DRAFTS[kind]) =>
  caseLetterWarnings(kind, { detail, context: sampleLetterContext(day), draft });

describe('a letter dated after what it announces is flagged in the preview', () => {
  it('says nothing of a letter issued on the day of its step (every letter of the sample case)', () => {
    for (const option of letterKindsFor(detail))
      expect(warningsOn(option.kind, option.event.at.slice(0, 10)), option.label).toEqual([]);
  });

  it('flags a 受理告知书 dated after the 办理期限 it announces', () => {
    // Accepted 2026-05-12: the 60-day period ends 2026-07-13.
    expect(warningsOn('acceptanceNotice', '2026-07-13')).toEqual([]);
    expect(warningsOn('acceptanceNotice', '2026-07-14')).toEqual([
      '成文日期2026年7月14日晚于文中告知的办理期限2026年7月13日：请核对成文日期和期限',
    ]);
  });

  it('flags a 督办单 dated after its 反馈期限 or the 交办期限 it presses on', () => {
    const warnings = warningsOn('supervisionSheet', '2026-09-11');
    expect(warnings.some((w) => w.includes('反馈期限'))).toBe(true);
    expect(warnings.some((w) => w.includes('办理期限'))).toBe(true);
  });

  it('flags a 处理意见书 dated after a day its own words promise something by', () => {
    // The sample reply promises the subsidy 「于2026年8月31日前」: dated 9月1日 it promises the past.
    expect(warningsOn('handlingOpinion', '2026-08-31')).toEqual([]);
    expect(warningsOn('handlingOpinion', '2026-09-01')).toEqual([
      '成文日期2026年9月1日晚于文中“2026年8月31日前”的承诺日期：请核对',
    ]);
  });
});
