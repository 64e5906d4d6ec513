import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { Document } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBytes } from '../../../renderer/src/documents/gbStyle';
import { buildAcceptanceNotice } from '../../../renderer/src/documents/letters/acceptanceNotice';
import { buildAssignmentSheet } from '../../../renderer/src/documents/letters/assignmentSheet';
import * as example from '../../../renderer/src/documents/letters/examples';
import { buildExtensionNotice } from '../../../renderer/src/documents/letters/extensionNotice';
import { buildHandlingOpinion } from '../../../renderer/src/documents/letters/handlingOpinion';
import { buildRejectionNotice } from '../../../renderer/src/documents/letters/rejectionNotice';
import { buildReviewOpinion } from '../../../renderer/src/documents/letters/reviewOpinion';
import { buildSupervisionSheet } from '../../../renderer/src/documents/letters/supervisionSheet';
import { buildReport } from '../../../renderer/src/documents/report/buildReport';
import { CHART_WIDTH_PX } from '../../../renderer/src/documents/report/types';
import { reportInput } from './report/reportData';

/**
 * Issue 3's acceptance: opened in LibreOffice Writer, every letter shows A4 with the GB/T 9704 margins and the fonts
 * named as specified. LibreOffice (`soffice`, Debian's libreoffice-writer-nogui, which .ci/run installs) opens each
 * .docx and saves it as ODF; the page layout and font declarations are read from what LibreOffice wrote.
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const run = promisify(execFile);

const LETTERS: Record<string, () => Document> = {
  受理告知书: () => buildAcceptanceNotice(example.acceptance()),
  不予受理告知书: () => buildRejectionNotice(example.rejection()),
  延期办理告知书: () => buildExtensionNotice(example.extension()),
  交办单: () => buildAssignmentSheet(example.assignment()),
  督办单: () => buildSupervisionSheet(example.supervision()),
  信访事项处理意见书: () => buildHandlingOpinion(example.handlingOpinion()),
  复查意见书: () => buildReviewOpinion(example.reviewOpinion()),
};

/** '1.4571in' or '3.7cm' → millimetres. */
function mm(length: string | undefined): number {
  const m = /^([\d.]+)(in|cm|mm)$/.exec(length ?? '');
  if (!m) throw new Error(`not a length: ${length}`);
  const value = Number(m[1]);
  return m[2] === 'in' ? value * 25.4 : m[2] === 'cm' ? value * 10 : value;
}

const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(xml)?.[1];

describe.skipIf(!SOFFICE)('letters opened in LibreOffice Writer', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'letters-lo-'));
    const files: string[] = [];
    for (const [name, build] of Object.entries(LETTERS)) {
      const file = join(dir, `${name}.docx`);
      await writeFile(file, await toBytes(build()));
      files.push(file);
    }
    // Its own profile, so a desktop LibreOffice of the same user is neither used nor disturbed.
    await run(
      SOFFICE as string,
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'odt', '--outdir', dir, ...files],
      { timeout: 120_000 },
    );
  }, 150_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(LETTERS))(
    '%s: A4, margins 37/35/28/26 mm, 仿宋_GB2312 body and 方正小标宋简体 title',
    async (name) => {
      const zip = await JSZip.loadAsync(await readFile(join(dir, `${name}.odt`)));
      const styles = (await zip.file('styles.xml')?.async('string')) ?? '';
      const content = (await zip.file('content.xml')?.async('string')) ?? '';
      const page = /<style:page-layout-properties[^>]*fo:page-width[^>]*>/.exec(styles)?.[0] ?? '';
      expect(mm(attr(page, 'fo:page-width'))).toBeCloseTo(210, 0);
      expect(mm(attr(page, 'fo:page-height'))).toBeCloseTo(297, 0);
      expect(mm(attr(page, 'fo:margin-top'))).toBeCloseTo(37, 0);
      expect(mm(attr(page, 'fo:margin-left'))).toBeCloseTo(28, 0);
      expect(mm(attr(page, 'fo:margin-right'))).toBeCloseTo(26, 0);
      // Writer keeps the footer (the page number) inside the bottom margin Word gives as one figure: the page's own
      // margin plus the footer's height (which includes its spacing) make up the 35 mm.
      const footer = /<style:footer-style>\s*<style:header-footer-properties[^>]*>/.exec(styles)?.[0] ?? '';
      const bottom = mm(attr(page, 'fo:margin-bottom')) + (footer ? mm(attr(footer, 'fo:min-height')) : 0);
      expect(Math.abs(bottom - 35)).toBeLessThan(1);
      const fonts = [...`${styles}${content}`.matchAll(/style:font-face style:name="([^"]+)"/g)].map((m) => m[1]);
      expect(fonts).toContain('仿宋_GB2312');
      if (name.endsWith('书')) expect(fonts).toContain('方正小标宋简体');
    },
  );
});

const PDFTOPPM = ['/usr/bin/pdftoppm'].find((path) => existsSync(path));
/** Rendering resolution of the page images, dots per inch. */
const DPI = 50;

/** A binary PGM (P5, 8-bit) as its width, height and grey bytes. */
function readPgm(bytes: Buffer): { width: number; height: number; grey: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not an 8-bit binary PGM');
  const [text, width, height] = header;
  return { width: Number(width), height: Number(height), grey: new Uint8Array(bytes.subarray(text.length)) };
}

/**
 * Heights (in rows) of the blocks of at least 3 consecutive rows whose middle half is (almost) all ink: pictures,
 * never lines of text or a table's rule.
 */
function inkedBlocks({ width, height, grey }: ReturnType<typeof readPgm>): number[] {
  const blocks: number[] = [];
  let run = 0;
  for (let y = 0; y < height; y++) {
    let inked = 0;
    const from = Math.floor(width / 4);
    const to = Math.floor((width * 3) / 4);
    for (let x = from; x < to; x++) if ((grey[y * width + x] ?? 255) < 240) inked++;
    if (inked / (to - from) > 0.95) run++;
    else {
      if (run >= 3) blocks.push(run);
      run = 0;
    }
  }
  if (run >= 3) blocks.push(run);
  return blocks;
}

describe.skipIf(!SOFFICE || !PDFTOPPM)('the quarterly report rendered by LibreOffice', () => {
  it('shows each chart over its whole height, not a strip one line high', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-lo-'));
    try {
      const file = join(dir, 'report.docx');
      // Both charts are printed CHART_WIDTH_PX wide: 600 × 300 → 75 mm high, 600 × 400 → 100 mm.
      await writeFile(file, await toBytes(buildReport(reportInput({ kind: 'quarter', year: 2026, quarter: 2 }))));
      await run(
        SOFFICE as string,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        { timeout: 120_000 },
      );
      await run(PDFTOPPM as string, ['-gray', '-r', String(DPI), join(dir, 'report.pdf'), join(dir, 'page')], {
        timeout: 60_000,
      });
      const pages = (await readdir(dir)).filter((name) => name.startsWith('page') && name.endsWith('.pgm')).sort();
      const blocks = (
        await Promise.all(pages.map(async (name) => inkedBlocks(readPgm(await readFile(join(dir, name))))))
      ).flat();
      const mmToRows = (mm: number) => (mm / 25.4) * DPI;
      const printedHeights = [300, 400].map((h) => (h / 600) * ((CHART_WIDTH_PX / 96) * 25.4));
      expect(blocks).toHaveLength(2);
      blocks.forEach((rows, i) =>
        expect(rows, `chart ${i + 1}`).toBeGreaterThanOrEqual(mmToRows(printedHeights[i] ?? 0) * 0.95),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe.runIf(!SOFFICE)('letters opened in LibreOffice Writer (skipped)', () => {
  it.skip('LibreOffice is not installed (apt-get install libreoffice-writer-nogui): the Writer check is skipped', () => {});
});
