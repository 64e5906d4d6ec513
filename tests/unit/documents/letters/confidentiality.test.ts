import type { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildAssignmentSheet } from '../../../../renderer/src/documents/letters/assignmentSheet';
import { REDACTED, sheetScrubber } from '../../../../renderer/src/documents/letters/confidentiality';
import * as example from '../../../../renderer/src/documents/letters/examples';
import { buildSupervisionSheet } from '../../../../renderer/src/documents/letters/supervisionSheet';
import { textOf, unpack } from '../docxParts';
import { wholePackage } from './letterXml';

const { WHISTLEBLOWER } = example;
type Flags = { confidential: boolean; addresseeIsAccused: boolean; summaryForAccused?: string };

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
    expect(scrub('身份证11010519491231002x，电话139-1234-0000；信访办0351-7654321')).toBe(`身份证${REDACTED}，电话${REDACTED}；信访办0351-7654321`);
  });

  it('ignores one-character strings, which would wipe out ordinary words', () => {
    expect(sheetScrubber([{ name: '李', phone: '' }])('李家沟煤矿')).toBe('李家沟煤矿');
  });
});
