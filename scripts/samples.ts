/**
 * `npm run samples`: writes every document kind the app can issue to samples/ (git-ignored) from realistic example
 * data, so a person can open them in Word or WPS and check the GB/T 9704 layout by eye.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from 'docx';
import { toBytes } from '../renderer/src/documents/gbStyle';
import { buildAcceptanceNotice } from '../renderer/src/documents/letters/acceptanceNotice';
import { buildAssignmentSheet } from '../renderer/src/documents/letters/assignmentSheet';
import * as example from '../renderer/src/documents/letters/examples';
import { buildDisciplineLetter } from '../renderer/src/documents/letters/disciplineLetter';
import { buildExtensionNotice } from '../renderer/src/documents/letters/extensionNotice';
import { buildForwardLetter, buildForwardNotice } from '../renderer/src/documents/letters/forwardLetters';
import { buildHandlingOpinion } from '../renderer/src/documents/letters/handlingOpinion';
import { buildRejectionNotice } from '../renderer/src/documents/letters/rejectionNotice';
import { buildReviewOpinion } from '../renderer/src/documents/letters/reviewOpinion';
import { buildSupervisionSheet } from '../renderer/src/documents/letters/supervisionSheet';
import { buildCaseLetter, letterKindsFor } from '../renderer/src/documents/letters/fromCase';
import { buildRegistrationForm, type RegistrationFormData } from '../renderer/src/documents/registrationForm';
import { buildLargeCaseFile, SAMPLE_DRAFTS, sampleCase, sampleLetterContext } from '../renderer/src/documents/sampleCase';
import { checkIdNumber } from '../renderer/src/domain/idNumber';

const retireeUnit = '一号矿井';

/** A group visit (集体访) of six retirees about heating fees after the 三供一业 hand-over. */
const heatingGroupVisit: RegistrationFormData = {
  orgName: '某煤业集团有限公司信访办公室',
  regNo: '2026-0137',
  channel: '来访',
  receivedAt: '2026-05-25T09:30',
  petitioners: [
    { name: '王建国', gender: '男', idNumber: '140203195603123514', phone: '13934561287', address: '一号矿井南山生活区12号楼3单元502室', identityType: '离退休人员', unitName: retireeUnit },
    { name: '李桂兰', gender: '女', idNumber: '140203195809172426', phone: '13803527719', address: '一号矿井南山生活区9号楼1单元201室', identityType: '离退休人员', unitName: retireeUnit },
    { name: '张福贵', gender: '男', idNumber: '140203195501081536', phone: '15835290462', address: '一号矿井北坡平房区7排14号', identityType: '离退休人员', unitName: retireeUnit },
    { name: '刘秀英', gender: '女', idNumber: '140203196005213645', phone: '13513428806', address: '一号矿井南山生活区15号楼2单元301室', identityType: '离退休人员', unitName: retireeUnit },
    { name: '赵振华', gender: '男', idNumber: '140203195711032716', phone: '18935217730', address: '矿区新胜街道幸福小区4号楼6单元102室', identityType: '离退休人员', unitName: retireeUnit },
    { name: '陈玉梅', gender: '女', idNumber: '140203195912264820', phone: '13663520914', address: '一号矿井南山生活区12号楼1单元601室', identityType: '工亡职工家属', unitName: '' },
  ],
  headcount: 6,
  representatives: ['王建国', '李桂兰'],
  categoryPath: '住房与三供一业 / 供热',
  nature: '申诉求决',
  involvedUnitName: '一号矿井',
  summary:
    '2025年“三供一业”分离移交后，一号矿井南山生活区的供暖由市热力公司接管，供暖费改为按建筑面积向住户个人收取，每户每个采暖季约2400元。' +
    '来访人均为一号矿井离退休职工及工亡职工家属，月养老金2800元左右。反映移交时矿上答复“离退休职工供暖费补贴标准不降低”，' +
    '但2025—2026年采暖季的补贴至今未发放，多次向矿离退休管理科询问均未得到明确答复。来访人情绪基本平稳，推选王建国、李桂兰为代表。',
  demands:
    '1. 按移交时的答复落实离退休职工供暖费补贴，补发2025—2026年采暖季补贴；\n' +
    '2. 公开补贴标准、发放对象和发放时间；\n' +
    '3. 协调市热力公司对生活困难的退休职工和工亡职工家属缓缴供暖费。',
  receivingOfficer: '孙丽娟',
  flags: ['集体访'],
  printedAt: '2026-05-25T10:05',
};

interface Sample {
  file: string;
  build: () => Document | Promise<Uint8Array>;
}

/** Every letter the sample case's timeline allows, built the way the case page builds it, and its 案卷. */
function fromCaseSamples(): Sample[] {
  const detail = sampleCase();
  const letters = letterKindsFor(detail).map(
    (option): Sample => ({
      file: `案件-${option.label}.docx`,
      build: () => buildCaseLetter(option.kind, { detail, context: sampleLetterContext('2026-09-11'), draft: SAMPLE_DRAFTS[option.kind] }, '曹矿信〔2026〕1号'),
    }),
  );
  return [...letters, { file: '案件-案卷.docx', build: () => buildLargeCaseFile({ notes: 12, calls: 3 }) }];
}

const SAMPLES: Sample[] = [
  { file: '信访登记表-集体访.docx', build: () => buildRegistrationForm(heatingGroupVisit) },
  { file: '受理告知书.docx', build: () => buildAcceptanceNotice(example.acceptance()) },
  { file: '不予受理告知书.docx', build: () => buildRejectionNotice(example.rejection()) },
  { file: '延期办理告知书.docx', build: () => buildExtensionNotice(example.extension()) },
  { file: '交办单-检举控告保密.docx', build: () => buildAssignmentSheet(example.assignment()) },
  { file: '督办单-检举控告保密.docx', build: () => buildSupervisionSheet(example.supervision()) },
  { file: '信访事项处理意见书.docx', build: () => buildHandlingOpinion(example.handlingOpinion()) },
  { file: '复查意见书.docx', build: () => buildReviewOpinion(example.reviewOpinion()) },
  { file: '转送函.docx', build: () => buildForwardLetter(example.forwardLetter()) },
  { file: '转送告知书.docx', build: () => buildForwardNotice(example.forwardNotice()) },
  { file: '检举控告转办函-纪检监察.docx', build: () => buildDisciplineLetter(example.disciplineLetter()) },
];

async function main(): Promise<void> {
  // Example data with an invalid ID number would teach the wrong thing; refuse it here rather than print it.
  for (const person of heatingGroupVisit.petitioners) {
    const problem = checkIdNumber(person.idNumber);
    if (problem) throw new Error(`${person.name}的${problem}`);
  }
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'samples');
  await mkdir(dir, { recursive: true });
  for (const sample of [...SAMPLES, ...fromCaseSamples()]) {
    const target = path.join(dir, sample.file);
    const built = sample.build();
    await writeFile(target, built instanceof Promise ? await built : await toBytes(built));
    console.log(`已写入 ${path.relative(process.cwd(), target)}`);
  }
}

await main();
