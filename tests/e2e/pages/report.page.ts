import { expect, type Download, type Locator } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { BasePage } from './base.page';

/** 季度报告 (#/reports): period and scope pickers, the drafted sections, 五/六, autosave, 出具 and the history. */
export class ReportPage extends BasePage {
  get year(): Locator {
    return this.field('年份');
  }
  get quarter(): Locator {
    return this.field('季度');
  }
  get scope(): Locator {
    return this.field('报告范围');
  }
  get title(): Locator {
    return this.page.getByTestId('report-title');
  }
  get analysis(): Locator {
    return this.field('五、原因分析与风险研判');
  }
  get measures(): Locator {
    return this.field('六、下步工作措施');
  }
  get saveStatus(): Locator {
    return this.page.getByTestId('report-save-status');
  }
  get history(): Locator {
    return this.page.getByTestId('report-history');
  }

  /** A drafted section's card: basic, features, problems, handling. */
  section(key: string): Locator {
    return this.page.getByTestId(`report-section-${key}`);
  }

  /** The paragraphs of a drafted section, as the text areas hold them. */
  async paragraphs(key: string): Promise<string[]> {
    return this.section(key)
      .locator('textarea')
      .evaluateAll((areas) => areas.map((a) => (a as unknown as { value: string }).value));
  }

  async chooseQuarter(year: number, quarter: string): Promise<void> {
    await this.chooseOption(this.year, `${year}年`);
    await this.chooseOption(this.quarter, quarter);
  }

  /** Picks the report's scope by typing part of its name (the list holds every unit and 党支部) and Enter. */
  async chooseScope(name: string): Promise<void> {
    await this.scope.click();
    await this.scope.fill(name);
    await expect(this.openPopup().locator(`.ant-select-item-option[title="${name}"]`)).toBeVisible();
    await this.scope.press('Enter');
    await expect(this.selectBox(this.scope)).toContainText(name);
  }

  /** Waits until the autosave has stored what was typed. */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved');
  }

  async issue(): Promise<Download> {
    return this.download(this.page.getByTestId('report-issue'));
  }

  /** The text of word/document.xml in a downloaded .docx, and whether it embeds images. */
  static async documentParts(download: Download): Promise<{ text: string; xml: string; media: string[] }> {
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    return { text, xml, media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')) };
  }
}
