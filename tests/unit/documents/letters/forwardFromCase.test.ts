import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { buildCaseLetter, draftFieldsFor, letterKindsFor } from '../../../../renderer/src/documents/letters/fromCase';
import { freshDb } from '../../db/helpers';
import { documentText } from './letterXml';
import { accusation, letterContext, storedCase, WHISTLEBLOWER, type Step } from './storedCase';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const FORWARD: Step[] = [['forward', { toBody: '矿区人力资源和社会保障局', note: '' }, new Date(2026, 4, 26, 10, 0)]];
const TO_DISCIPLINE: Step[] = [
  ['forwardToDiscipline', { toBody: '纪检监察机构', note: '' }, new Date(2026, 4, 26, 10, 0)],
];

describe('a forwarded case (转送)', () => {
  it('offers the 转送函 and the 转送告知书, and nothing else', async () => {
    const detail = await storedCase(db, FORWARD);
    expect(letterKindsFor(detail).map((o) => o.label)).toEqual(['转送函', '转送告知书']);
  });

  it('转送函: addressed to the body recorded at 转送, dated the day of the step, with the summary the clerk may reword', async () => {
    const detail = await storedCase(db, FORWARD);
    const fields = draftFieldsFor('forwardLetter', detail, letterContext());
    expect(fields.find((f) => f.key === 'toBody')?.initial).toBe('矿区人力资源和社会保障局');
    const text = await documentText(
      await buildCaseLetter(
        'forwardLetter',
        { detail, context: letterContext(), draft: { summary: '拖欠工资1.86万元。' } },
        '曹矿信转〔2026〕1号',
      ),
    );
    expect(text).toContain('曹矿信转〔2026〕1号信访事项转送函矿区人力资源和社会保障局：');
    expect(text).toContain('一、反映问题摘要拖欠工资1.86万元。');
  });

  it('转送告知书: tells the petitioner the body and the day of the 转送', async () => {
    const detail = await storedCase(db, FORWARD);
    const text = await documentText(
      await buildCaseLetter('forwardNotice', { detail, context: letterContext(), draft: {} }, '曹矿信转告〔2026〕1号'),
    );
    expect(text).toContain('本单位已于2026年5月26日将该事项转送矿区人力资源和社会保障局处理。');
  });
});

describe('a 检举控告 sent to 纪检监察', () => {
  it('offers the 转办函 only', async () => {
    const detail = await storedCase(db, TO_DISCIPLINE, accusation());
    expect(letterKindsFor(detail).map((o) => o.label)).toEqual(['检举控告转办函']);
  });

  it('addresses the 转办函 to the body the clerk names, never with the complainant’s phone or ID number', async () => {
    const detail = await storedCase(db, TO_DISCIPLINE, accusation());
    const text = await documentText(
      await buildCaseLetter(
        'disciplineLetter',
        {
          detail,
          context: letterContext(),
          draft: { toBody: '集团公司纪委', summary: '反映综采一队队长在绩效奖金分配中优亲厚友。' },
        },
        '曹矿信纪转〔2026〕1号',
      ),
    );
    expect(text).toContain('检举控告事项转办函集团公司纪委：');
    expect(text).not.toContain(WHISTLEBLOWER.phone);
    expect(text).not.toContain(WHISTLEBLOWER.idNumber);
  });

  it('refuses a 转办函 addressed to the accused unit or a unit above it', async () => {
    const detail = await storedCase(db, TO_DISCIPLINE, { ...accusation(), unitId: 'unit-1-1-1' });
    const context = letterContext();
    const accused = context.units.find((u) => u.id === 'unit-1-1-1')?.name ?? '';
    const above = context.units.find((u) => u.id === 'unit-1-1')?.name ?? '';
    for (const toBody of [accused, above]) {
      await expect(
        buildCaseLetter('disciplineLetter', { detail, context, draft: { toBody } }, '曹矿信纪转〔2026〕1号'),
      ).rejects.toThrow('检举控告事项不得转给被检举控告的单位或人员');
    }
  });

  it('refuses a 转送函 for a 检举控告: its material goes to 纪检监察 only', async () => {
    const detail = await storedCase(
      db,
      [['forward', { toBody: '综采一队', note: '' }, new Date(2026, 4, 26, 10, 0)]],
      accusation(),
    );
    await expect(
      buildCaseLetter('forwardLetter', { detail, context: letterContext(), draft: {} }, '曹矿信转〔2026〕1号'),
    ).rejects.toThrow('检举控告类事项应转纪检监察机构并出具转办函');
  });
});
