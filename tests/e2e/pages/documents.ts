import { expect, type Download, type Locator } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { CasePage } from './caseActions.page';

/** The 文书 card of the case page: issued letters, 出具文书, the preview modal and 打印案卷. */
export class DocumentsPage extends CasePage {
  get card(): Locator {
    return this.page.getByTestId('case-documents');
  }
  get issueMenu(): Locator {
    return this.card.getByTestId('issue-menu');
  }
  /** Every issued version listed on the case. */
  get rows(): Locator {
    return this.card.locator('tbody tr.ant-table-row');
  }
  /** An issued version's row: kind as DOC_KINDS names it ('acceptanceNotice'), version from 1. */
  row(kind: string, version = 1): Locator {
    return this.card.getByTestId(`doc-row-${kind}-v${version}`);
  }
  /** The 出具/重新出具 dialog. */
  get issueDialog(): Locator {
    return this.page.getByRole('dialog', { name: /出具/ });
  }
  get preview(): Locator {
    return this.issueDialog.getByTestId('letter-preview');
  }
  /** 出具并保存 / 重新出具并保存. */
  get issueConfirm(): Locator {
    return this.issueDialog.getByTestId('issue-confirm');
  }
  /** A field of the letter's draft, by its label ('反映问题（简称）'). */
  draftField(label: string): Locator {
    return this.issueDialog.getByTestId('letter-draft').getByLabel(label, { exact: true });
  }
  /** 生成预览, waiting for the letter to render. */
  async refreshPreview(): Promise<void> {
    await this.issueDialog.getByTestId('letter-refresh').click();
    await this.waitForPreview();
  }
  /**
   * Waits for the letter to render in the preview: the .docx is built and laid out in the renderer, which takes many
   * seconds when two journeys share a loaded 2-core machine.
   */
  async waitForPreview(): Promise<void> {
    await expect(this.preview.locator('section.letter-preview').first()).toBeVisible({ timeout: 30_000 });
  }
  /** The 出具文书 menu item of a kind, by its label ('受理告知书'). */
  menuItem(label: string): Locator {
    return this.page.getByRole('menuitem', { name: new RegExp(`^${label}`) });
  }

  /**
   * Opens 出具文书 → label until its dialog shows. A click on the menu while it is still opening, or while the card
   * re-renders after the action just recorded, can be lost (a fresh-clone CI run saw it once): the menu is opened and
   * the item clicked again, never once the dialog is there.
   */
  async openIssueDialog(label: string): Promise<void> {
    await expect(async () => {
      if (!(await this.issueDialog.isVisible())) {
        await this.issueMenu.click();
        await this.menuItem(label).click({ timeout: 3_000 });
      }
      await expect(this.issueDialog).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
  }

  /** Opens 出具文书 → label and waits for the letter to render in the preview. */
  async startIssue(label: string): Promise<void> {
    await this.openIssueDialog(label);
    await this.waitForPreview();
  }

  /** 出具并保存 (or 重新出具并保存): the letter is issued and downloaded. */
  async confirmIssue(): Promise<Download> {
    return this.download(this.issueConfirm);
  }

  /** The text of word/document.xml in a downloaded .docx. */
  static async documentText(download: Download): Promise<string> {
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  }
}
