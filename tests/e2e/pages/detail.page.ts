import { expect, type Download, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** 信访事项详情 (#/petitions/:id): the matter, its receptions, people, attachments and timeline. */
export class DetailPage extends BasePage {
  get regNo(): Locator {
    return this.page.getByTestId('detail-reg-no');
  }
  get status(): Locator {
    return this.page.getByTestId('detail-status');
  }
  /** The tags beside the status (集体访, 重复访, ...). */
  get header(): Locator {
    return this.status.locator('xpath=..');
  }

  /** A card by the start of its title: '事项信息', '接待记录', '信访人', '附件', '办理记录'. */
  section(title: string): Locator {
    return this.page
      .locator('.ant-card')
      .filter({ has: this.page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}(（\\d+）)?$`) }) });
  }

  get receptions(): Locator {
    return this.section('接待记录').locator('tbody tr.ant-table-row');
  }
  get petitioners(): Locator {
    return this.section('信访人').locator('tbody tr.ant-table-row');
  }
  get timeline(): Locator {
    return this.section('办理记录').locator('.ant-timeline-item');
  }

  /** The value of one 事项信息 entry, e.g. '涉及单位'. */
  info(label: string): Locator {
    return this.section('事项信息')
      .locator('th')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::td[1]');
  }

  /** Waits until the detail of `regNo` is on screen. */
  async expectShowing(regNo: string): Promise<void> {
    // The case page loads its chunk and reads the case: seconds on a loaded 2-core machine.
    await expect(this.regNo).toHaveText(regNo, { timeout: 15_000 });
  }

  async downloadAttachment(name: string): Promise<Download> {
    return this.download(this.button(`下载 ${name}`));
  }
}
