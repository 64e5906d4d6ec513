import type { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildAssignmentSheet } from '../../../../renderer/src/documents/letters/assignmentSheet';
import { REDACTED, sheetScrubber } from '../../../../renderer/src/documents/letters/confidentiality';
import * as example from '../../../../renderer/src/documents/letters/examples';
import { buildSupervisionSheet } from '../../../../renderer/src/documents/letters/supervisionSheet';
import { textOf, unpack } from '../docxParts';
import { wholePackage } from './letterXml';

const { WHISTLEBLOWER } = example;
type Flags = {
  confidential: boolean;
  addresseeIsAccused: boolean;
  summaryForAccused?: string;
  accusation?: boolean;
  unitName?: string;
  accused?: string[];
};

const SHEETS: { kind: string; build: (flags: Flags) => Document }[] = [
  { kind: '交办单', build: (flags) => buildAssignmentSheet(example.assignment(flags)) },
  { kind: '督办单', build: (flags) => buildSupervisionSheet(example.supervision(flags)) },
];

describe.each(SHEETS)('a confidential 检举控告 $kind addressed to the accused unit (Art. 30)', ({ build }) => {
  const hidden = { confidential: true, addresseeIsAccused: true };

  it.each([
    ['name', WHISTLEBLOWER.name],
    ['ID number', WHISTLEBLOWER.idNumber],
    ['phone', WHISTLEBLOWER.phone],
    ['address', WHISTLEBLOWER.address],
  ])('carries the complainant’s %s nowhere in the file', async (_, secret) => {
    expect(await wholePackage(build(hidden))).not.toContain(secret);
  });

  it('prints （保密） where the complainant would be named', async () => {
    expect(textOf((await unpack(build(hidden))).document)).toContain(`信访人${REDACTED}`);
  });

  it('leaves out the complainant’s own account and prints the summary written for the accused unit', async () => {
    const text = textOf((await unpack(build(hidden))).document);
    expect(text).not.toContain('工资条复印件');
    expect(text).toContain('请核查2026年1—4月绩效奖金分配');
  });

  it('prints （保密） for the summary when none was written for the accused unit', async () => {
    const text = textOf((await unpack(build({ ...hidden, summaryForAccused: '' }))).document);
    expect(text).toContain(`反映问题摘要${REDACTED}`);
    expect(text).not.toContain('优亲厚友');
  });
});

describe.each(SHEETS)('a 检举控告 $kind (issue 13: addressed to 纪检监察, never to the accused)', ({ build }) => {
  it.each([
    ['the accused unit', { confidential: true, addresseeIsAccused: true }],
    ['the accused unit, even when the matter was not marked 保密', { confidential: false, addresseeIsAccused: true }],
  ])('is refused when addressed to %s, with a Chinese reason', (_, flags) => {
    expect(() => build({ ...flags, accusation: true })).toThrow(
      /检举控告事项不得.*被检举控告的单位或人员.*应转纪检监察机构/u,
    );
  });

  it('is refused when its addressee is named like the accused unit though the tree did not say so', () => {
    expect(() =>
      build({
        confidential: true,
        addresseeIsAccused: false,
        accusation: true,
        unitName: '综采一队',
        accused: ['综采一队'],
      }),
    ).toThrow('检举控告事项不得');
  });

  it('goes to 纪检监察 as 主送', async () => {
    const doc = build({
      confidential: true,
      addresseeIsAccused: false,
      accusation: true,
      unitName: '某煤业集团有限公司纪律检查委员会',
      accused: ['综采一队'],
    });
    expect(textOf((await unpack(doc)).document)).toContain('某煤业集团有限公司纪律检查委员会：');
  });
});

describe('the 督办单 to the accused unit (issue 13: nested redaction)', () => {
  it('prints 督办内容 with each identity redacted once, never 「（（保密））」', async () => {
    const sheet = buildSupervisionSheet(
      example.supervision({ content: `${WHISTLEBLOWER.name}多次来电（${WHISTLEBLOWER.phone}）催问进展，请抓紧核查。` }),
    );
    const text = textOf((await unpack(sheet)).document);
    expect(text).toContain(`督办内容${REDACTED}多次来电${REDACTED}催问进展`);
    expect(text).not.toMatch(/[（(]\s*（保密）\s*[）)]/u);
  });
});

describe.each(SHEETS)('a $kind that may name the petitioner', ({ build }) => {
  it.each([
    ['a confidential matter sent to a body other than the accused', { confidential: true, addresseeIsAccused: false }],
    ['an ordinary matter', { confidential: false, addresseeIsAccused: true }],
  ])('names them for %s', async (_, flags) => {
    const text = textOf((await unpack(build(flags))).document);
    expect(text).toContain(`信访人${WHISTLEBLOWER.name}`);
    expect(text).not.toContain(REDACTED);
  });
});

describe('sheetScrubber', () => {
  it('replaces the longest identifying strings first, so an address holding the name goes whole', () => {
    const scrub = sheetScrubber([{ name: '王军', address: '王军家属院3号' }]);
    expect(scrub('来信人王军，住王军家属院3号')).toBe(`来信人${REDACTED}，住${REDACTED}`);
  });

  it('catches the phone and ID number however typed, and keeps the office’s own telephone', () => {
    const scrub = sheetScrubber([{ name: '刘某某', idNumber: '11010519491231002X', phone: '13912340000' }]);
    expect(scrub('身份证11010519491231002x，电话139-1234-0000；信访办0351-7654321')).toBe(
      `身份证${REDACTED}，电话${REDACTED}；信访办0351-7654321`,
    );
  });

  it('never nests a redaction inside the brackets that held the identity (issue 13: 「（保密）多次来电（（保密））」)', () => {
    const scrub = sheetScrubber([{ name: '赵振华', phone: '18935217730', address: '幸福小区4号楼' }]);
    expect(scrub('赵振华多次来电（18935217730）')).toBe(`${REDACTED}多次来电${REDACTED}`);
    expect(scrub('赵振华（电话：189 3521 7730）反映')).toBe(`${REDACTED}（电话：${REDACTED}）反映`);
    expect(scrub('联系人(赵振华)、住址【幸福小区4号楼】')).toBe(`联系人${REDACTED}、住址${REDACTED}`);
    expect(scrub(scrub('赵振华多次来电（18935217730）'))).toBe(`${REDACTED}多次来电${REDACTED}`);
    expect(scrub(`已写${REDACTED}的（${REDACTED}）`)).toBe(`已写${REDACTED}的${REDACTED}`);
  });

  it('ignores one-character strings, which would wipe out ordinary words', () => {
    expect(sheetScrubber([{ name: '李', phone: '' }])('李家沟煤矿')).toBe('李家沟煤矿');
  });
});
