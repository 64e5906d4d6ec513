import { describe, expect, it } from 'vitest';
import { caseEnvironment } from '../../../../renderer/src/domain/caseEnvironment';
import { DEFAULT_SETTINGS } from '../../../../renderer/src/domain/defaults';
import {
  computeStatistics,
  featuresSentence,
  handlingSentence,
  piecesSentence,
  quarterPeriod,
  type StatPeriod,
  type StatPetition,
} from '../../../../renderer/src/domain/statistics';
import { CATEGORIES, PETITIONS, RECEPTIONS, UNITS } from './dataset';

const env = caseEnvironment(DEFAULT_SETTINGS);
const Q2 = quarterPeriod(2026, 2);
const stats = (period: StatPeriod, petitions: readonly StatPetition[] = PETITIONS) =>
  computeStatistics({
    petitions,
    receptions: RECEPTIONS.filter((r) => petitions.some((p) => p.id === r.petitionId)),
    units: UNITS,
    categories: CATEGORIES,
    period,
    scope: { kind: 'all' },
    env,
  });

describe('办结件数 beside the rates (docs/domain.md §8: handled when the reply is issued; the rates over the cases due)', () => {
  it('counts the 申诉求决 cases handled in the quarter, early ones included, and those handled by their due day', () => {
    // Handled in Q2: P1 05-20 (due 06-01), P3 06-20 (due 07-06), P8 04-08 (due 04-13), P9 06-05 (due 06-01, late),
    // P10 04-07 (due 04-08). P5 is a 建议意见, P6 was not accepted.
    const s = stats(Q2);
    expect([s.handling.finished, s.handling.finishedOnTime]).toEqual([5, 4]);
  });

  it('states 办结件数 and 按期办结件数, then each rate with the cases due as its base', () => {
    expect(handlingSentence(stats(Q2), '本季度')).toBe(
      '本季度受理信访事项5件，办结申诉求决类事项5件，其中按期办结4件。' +
        '本季度到期应办结的申诉求决类事项5件中，已办结4件、按期办结3件，办结率80.00%、按期办结率60.00%。' +
        '本季度出具处理意见书6件，其中回访参评4件，参评率66.67%；参评的4件中满意2件、基本满意1件，满意率75.00%。超期未办结2件。',
    );
  });

  it('a quarter whose only due case is open still says the case handled early was handled (never only 「已办结0件」)', () => {
    // P2 is due 06-09 and open; P3 was replied 06-20, due 07-06.
    const s = stats(
      Q2,
      PETITIONS.filter((p) => p.id === 'P2' || p.id === 'P3'),
    );
    const sentence = handlingSentence(s, '本季度');
    expect(sentence).toContain('办结申诉求决类事项1件，其中按期办结1件。');
    expect(sentence).toContain(
      '本季度到期应办结的申诉求决类事项1件中，已办结0件、按期办结0件，办结率0.00%、按期办结率0.00%。',
    );
  });

  it('with nothing due, no rate is printed and no 「—」 appears', () => {
    const sentence = handlingSentence(stats(quarterPeriod(2024, 2)), '本季度');
    expect(sentence).toBe(
      '本季度未受理信访事项，未办结申诉求决类事项。本季度无到期应办结的申诉求决类事项，不计办结率。本季度未出具处理意见书。无超期未办结事项。',
    );
    expect(sentence).not.toContain('—');
  });
});

describe('no padding, no 「—」 in a sentence', () => {
  it('the 件 sentence names its comparisons with their bases and leaves out the one whose base is 0', () => {
    expect(piecesSentence({ kind: 'quarter', current: 7, lastYear: 4, previous: 4 })).toBe(
      '本季度登记信访事项7件，与去年同期4件相比上升75.00%，与上季度4件相比上升75.00%。',
    );
    const noBase = piecesSentence({ kind: 'quarter', current: 3, lastYear: 0, previous: 0 });
    expect(noBase).toBe('本季度登记信访事项3件。');
    expect(
      piecesSentence({ kind: 'year', current: 3, lastYear: 3, words: { current: '2026年', lastYear: '2025年' } }),
    ).toBe('2026年登记信访事项3件，与2025年3件相比持平。');
  });

  it('主要特点 lists only what happened, and says in one clause what did not', () => {
    const s = stats(Q2);
    expect(featuresSentence(s)).toBe('集体访1批次6人次，重复访3件、占本期接待涉及的9件信访事项的33.33%，越级访1批次。');
    const quiet = {
      collective: { batches: 0, persons: 0 },
      levelSkipping: { batches: 0, persons: 0 },
      repeat: { ...s.repeat, pieces: 0, batches: 0, persons: 0, share: 0 },
    };
    expect(featuresSentence(quiet)).toBe('本期无集体访、重复访和越级访。');
    expect(featuresSentence({ ...quiet, collective: { batches: 2, persons: 13 } })).toBe(
      '集体访2批次13人次；本期无重复访和越级访。',
    );
    for (const text of [
      featuresSentence(quiet),
      featuresSentence({ ...quiet, collective: { batches: 2, persons: 13 } }),
    ]) {
      expect(text).not.toMatch(/0批次|0件|0人次/u);
    }
  });
});
