import type { Document } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildCaseFile, caseFileFromDetail } from '../../../renderer/src/documents/caseFile';
import { toBytes } from '../../../renderer/src/documents/gbStyle';
import { buildAcceptanceNotice } from '../../../renderer/src/documents/letters/acceptanceNotice';
import { buildAssignmentSheet } from '../../../renderer/src/documents/letters/assignmentSheet';
import * as example from '../../../renderer/src/documents/letters/examples';
import { buildExtensionNotice } from '../../../renderer/src/documents/letters/extensionNotice';
import { buildHandlingOpinion } from '../../../renderer/src/documents/letters/handlingOpinion';
import { buildRejectionNotice } from '../../../renderer/src/documents/letters/rejectionNotice';
import { buildDisciplineLetter } from '../../../renderer/src/documents/letters/disciplineLetter';
import { buildForwardLetter, buildForwardNotice } from '../../../renderer/src/documents/letters/forwardLetters';
import { buildReviewOpinion } from '../../../renderer/src/documents/letters/reviewOpinion';
import { buildSupervisionSheet } from '../../../renderer/src/documents/letters/supervisionSheet';
import { buildRegistrationForm, registrationFormFromDetail } from '../../../renderer/src/documents/registrationForm';
import { buildReport } from '../../../renderer/src/documents/report/buildReport';
import { sampleCase, sampleDocuments } from '../../../renderer/src/documents/sampleCase';
import { defaultUnits } from '../../../renderer/src/domain/defaults';
import { CHANNELS, GENDERS, IDENTITY_TYPES, NATURES } from '../../../renderer/src/domain/types';
import {
  DISCIPLINE_BODIES,
  REJECTION_ROUTES,
  REPLY_OUTCOMES,
  REVIEW_OUTCOMES,
  SATISFACTION_LEVELS,
  SUPERVISION_METHODS,
} from '../../../renderer/src/domain/workflowPayloads';
import { reportInput } from './report/reportData';
import { malformedParts, parseErrors } from './wellFormed';

/**
 * Text stored before input was cleaned (or restored from an old backup) may still hold characters XML 1.0 refuses.
 * Every builder must strip them where text enters the document, or Word and the preview refuse the whole file.
 */
const NOT_XML = '\uFFFE\uFFFF\uD800\u0000\u0001\u0008\u000B\u000C\u001F\uDFFF';

/** Values chosen from a list, which builders look up: a clerk picks them, never types them. */
const CHOSEN = new Set<string>([
  ...CHANNELS,
  ...NATURES,
  ...IDENTITY_TYPES,
  ...GENDERS,
  ...REPLY_OUTCOMES,
  ...SUPERVISION_METHODS,
  ...SATISFACTION_LEVELS,
  ...REVIEW_OUTCOMES,
  ...DISCIPLINE_BODIES,
  ...REJECTION_ROUTES,
]);

/** Every typed string (one holding a Chinese character, not a choice, id or date) with NOT_XML after its first character. */
function taint<T>(value: T): T {
  if (typeof value === 'string') {
    return (
      /[\u4E00-\u9FFF]/.test(value) && !CHOSEN.has(value) ? `${value.slice(0, 1)}${NOT_XML}${value.slice(1)}` : value
    ) as T;
  }
  if (Array.isArray(value)) return value.map(taint) as T;
  if (
    value instanceof Uint8Array ||
    value instanceof Map ||
    value instanceof Set ||
    value === null ||
    typeof value !== 'object'
  )
    return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, taint(v)])) as T;
}

const detail = taint(sampleCase());
const lookups = { orgName: taint(example.OFFICE), units: taint(defaultUnits()), printedAt: '2026-09-11T09:00' };

const BUILDS: [string, () => Document][] = [
  ['受理告知书', () => buildAcceptanceNotice(taint(example.acceptance()))],
  ['不予受理告知书', () => buildRejectionNotice(taint(example.rejection()))],
  ['转送函', () => buildForwardLetter(taint(example.forwardLetter()))],
  ['转送告知书', () => buildForwardNotice(taint(example.forwardNotice()))],
  ['检举控告转办函', () => buildDisciplineLetter(taint(example.disciplineLetter()))],
  ['延期办理告知书', () => buildExtensionNotice(taint(example.extension()))],
  ['交办单', () => buildAssignmentSheet(taint(example.assignment()))],
  ['督办单', () => buildSupervisionSheet(taint(example.supervision()))],
  ['处理意见书', () => buildHandlingOpinion(taint(example.handlingOpinion()))],
  ['复查意见书', () => buildReviewOpinion(taint(example.reviewOpinion()))],
  ['信访登记表', () => buildRegistrationForm(registrationFormFromDetail(detail, lookups))],
  ['案卷', () => buildCaseFile(caseFileFromDetail(detail, { ...lookups, documents: taint(sampleDocuments()) }))],
  ['研判分析报告', () => buildReport(taint(reportInput({ kind: 'quarter', year: 2026, quarter: 2 })))],
];

describe('documents built from fields holding U+FFFE, U+FFFF, lone surrogates and C0 controls', () => {
  it('the strict parser used here does refuse such a character', () => {
    expect(parseErrors(`<a>张\uFFFE三</a>`)).not.toEqual([]);
  });

  it.each(BUILDS)('%s is well-formed XML in every part', async (_kind, build) => {
    expect(await malformedParts(await toBytes(build()))).toEqual({});
  });

  it('keeps the text around the stripped characters', async () => {
    const zip = await JSZip.loadAsync(await toBytes(buildAcceptanceNotice(taint(example.acceptance()))));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(example.OFFICE.slice(1));
    // eslint-disable-next-line no-control-regex -- control characters are what the document must not contain
    expect(xml).not.toMatch(/[\uFFFE\uFFFF\u0000-\u0008]/);
  });
});
