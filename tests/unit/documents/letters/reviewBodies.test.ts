import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { getSettings, saveSettings } from '../../../../renderer/src/db/settings';
import * as example from '../../../../renderer/src/documents/letters/examples';
import { buildCaseLetter, draftFieldsFor } from '../../../../renderer/src/documents/letters/fromCase';
import { buildHandlingOpinion } from '../../../../renderer/src/documents/letters/handlingOpinion';
import { buildReviewOpinion } from '../../../../renderer/src/documents/letters/reviewOpinion';
import type { Organisation } from '../../../../renderer/src/domain/reviewRouting';
import { freshDb } from '../../db/helpers';
import { unpack } from '../docxParts';
import { documentText, paragraphTexts } from './letterXml';
import { FULL_CASE, letterContext, ORG, storedCase } from './storedCase';

let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** The mine's office decides; the 集团 reviews (复查); the 集团's parent rechecks (复核). */
const ORGANISATION: Organisation = {
  name: '某煤业集团有限公司',
  routes: [
    { unit: ORG, reviewBody: '某煤业集团有限公司', recheckBody: '某能源控股集团有限公司' },
    { unit: '综采一队', reviewBody: '一号矿井', recheckBody: '某煤业集团有限公司' },
  ],
};

describe('the builders refuse a body that would review itself (Arts. 35, 36)', () => {
  it('处理意见书: a 复查机关 equal to the deciding unit (the issuer) is refused with a Chinese reason', () => {
    expect(() => buildHandlingOpinion(example.handlingOpinion({ reviewBody: '一号矿井' }))).toThrow(
      '复查机关不能是作出处理意见的单位（一号矿井信访办公室）',
    );
  });

  it('复查意见书: issued by the unit that decided is refused (the case of 一号矿井信访办公室 reviewing its own opinion)', () => {
    expect(() =>
      buildReviewOpinion(example.reviewOpinion({ issuer: '一号矿井信访办公室', originalUnit: '一号矿井' })),
    ).toThrow('复查机关不能是作出处理意见的单位（一号矿井）');
  });

  it('复查意见书: a 复核机关 equal to the 复查 body is refused (the 集团 office sending the petitioner to the 集团)', () => {
    expect(() =>
      buildReviewOpinion(
        example.reviewOpinion({ issuer: '某煤业集团有限公司信访办公室', recheckBody: '某煤业集团有限公司' }),
      ),
    ).toThrow('复核机关不能是复查机关（某煤业集团有限公司信访办公室）');
  });

  it('复查意见书: signed by the 复查 body and naming a 复核 body above it', async () => {
    const texts = paragraphTexts((await unpack(buildReviewOpinion(example.reviewOpinion()))).document);
    expect(texts).toContain('某煤业集团有限公司信访办公室');
    expect(texts.join('\n')).toContain('30日内向某能源控股集团有限公司提出复核请求。');
  });
});

describe('letters from a case take the bodies from the settings’ organisation', () => {
  it('the 处理意见书 names the 复查 body of this office', async () => {
    const detail = await storedCase(db, FULL_CASE);
    const context = letterContext({ organisation: ORGANISATION });
    expect(draftFieldsFor('handlingOpinion', detail, context).find((f) => f.key === 'reviewBody')?.initial).toBe(
      '某煤业集团有限公司',
    );
    const text = await documentText(
      await buildCaseLetter(
        'handlingOpinion',
        { detail, context, draft: { facts: '经查属实。', basis: '《信访工作条例》' } },
        '信复〔2026〕1号',
      ),
    );
    expect(text).toContain('30日内向某煤业集团有限公司提出复查请求。');
  });

  it('the 复查意见书 is issued in the name of the 复查 body of the deciding unit and names its 复核 body', async () => {
    const detail = await storedCase(db, FULL_CASE);
    const context = letterContext({ organisation: ORGANISATION });
    const fields = draftFieldsFor('reviewOpinion', detail, context);
    expect(fields.find((f) => f.key === 'reviewer')?.initial).toBe('一号矿井');
    expect(fields.find((f) => f.key === 'recheckBody')?.initial).toBe('某煤业集团有限公司');
    const text = await documentText(
      await buildCaseLetter(
        'reviewOpinion',
        { detail, context, draft: { facts: '经复查属实。', originalDocNo: '信复〔2026〕1号' } },
        '信复查〔2026〕1号',
      ),
    );
    expect(text).toContain('综采一队作出的');
    expect(text).toContain('30日内向某煤业集团有限公司提出复核请求。一号矿井2026年9月11日');
  });

  it('without a route the clerk’s 复查 body of the same unit is refused', async () => {
    const detail = await storedCase(db, FULL_CASE);
    const draft = { facts: '经复查属实。', reviewer: '综采一队', recheckBody: '一号矿井' };
    await expect(
      buildCaseLetter('reviewOpinion', { detail, context: letterContext(), draft }, '信复查〔2026〕1号'),
    ).rejects.toThrow('复查机关不能是作出处理意见的单位（综采一队）');
  });
});

describe('settings hold the organisation', () => {
  it('saves the routes and reads them back', async () => {
    await saveSettings(db, { organisation: ORGANISATION });
    expect((await getSettings(db)).organisation).toEqual(ORGANISATION);
  });

  it('refuses a route whose 复查 body is the unit or whose 复核 body is the 复查 body, with the unit named', async () => {
    const bad = {
      name: '某煤业集团有限公司',
      routes: [
        { unit: '一号矿井信访办公室', reviewBody: '某煤业集团有限公司', recheckBody: '某煤业集团有限公司信访办公室' },
      ],
    };
    await expect(saveSettings(db, { organisation: bad })).rejects.toThrow('一号矿井信访办公室：复核机关不能是复查机关');
  });
});
