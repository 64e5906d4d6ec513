/**
 * `npm run samples`: writes every document kind the app can issue to samples/ (git-ignored) from realistic example
 * data (renderer/src/documents/sampleSet.ts), so a person can open them in Word or WPS and check the GB/T 9704 layout
 * by eye. The reports' charts are drawn by Chromium (scripts/sampleCharts.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toBytes } from '../renderer/src/documents/gbStyle';
import {
  EMERGENCY_SAMPLES,
  fromCaseSamples,
  heatingGroupVisit,
  OTHER_MATTERS,
  outreachSamples,
  reportSamples,
  riskSamples,
} from '../renderer/src/documents/sampleSet';
import { checkIdNumber } from '../renderer/src/domain/idNumber';
import { drawReportCharts } from './sampleCharts';

async function main(): Promise<void> {
  // Example data with an invalid ID number would teach the wrong thing; refuse it here rather than print it.
  for (const person of heatingGroupVisit.petitioners) {
    const problem = checkIdNumber(person.idNumber);
    if (problem) throw new Error(`${person.name}的${problem}`);
  }
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'samples');
  await mkdir(dir, { recursive: true });
  const samples = [
    ...fromCaseSamples(),
    ...OTHER_MATTERS,
    ...(await reportSamples(drawReportCharts)),
    ...riskSamples(),
    ...EMERGENCY_SAMPLES,
    ...outreachSamples(),
  ];
  for (const sample of samples) {
    const target = path.join(dir, sample.file);
    const built = sample.build();
    await writeFile(target, built instanceof Promise ? await built : await toBytes(built));
    console.log(`已写入 ${path.relative(process.cwd(), target)}`);
  }
}

await main();
