import { expect, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/**
 * 统计分析 (#/dashboard): the period and scope pickers, the headline figures, and the charts. The charts are canvases;
 * each has a table of the same figures under it whose counts link to the ledger, and that is what a journey clicks.
 */
export class DashboardPage extends BasePage {
  get controls(): Locator {
    return this.page.getByRole('group', { name: '统计条件' });
  }

  /** The value shown for a headline figure: 'batches', 'persons', 'pieces', 'closingRate', ... */
  headline(key: string): Locator {
    return this.page.getByTestId(`headline-${key}-value`);
  }

  /** The 同比 / 环比 lines of a headline figure's card. */
  headlineCard(key: string): Locator {
    return this.page.getByTestId(`headline-${key}`);
  }

  /** A chart's region ('月度趋势', '问题类别分布', '渠道构成', ...). */
  chart(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** A chart's figure table. */
  figures(title: string): Locator {
    return this.page.getByRole('table', { name: `${title}数据` });
  }

  /** '月', '季度', '年' or '自定义'. */
  async choosePeriodKind(kind: string): Promise<void> {
    await this.controls.locator('.ant-segmented-item', { hasText: new RegExp(`^${kind}$`) }).click();
  }

  async chooseScope(option: string): Promise<void> {
    await this.chooseOption(this.page.getByRole('combobox', { name: '统计范围', exact: true }), option);
  }

  /** Waits until the figures are drawn (the ledger index has loaded and the headline 件 shows a number). */
  async expectLoaded(): Promise<void> {
    await expect(this.headline('pieces')).toHaveText(/^\d+$/, { timeout: 15_000 });
  }

  /** Follows a count's link in a chart's figure table, e.g. ('问题类别分布', '工资福利 2 件，在台账中查看'). */
  async openFigure(title: string, linkName: string): Promise<void> {
    await this.figures(title).getByRole('link', { name: linkName, exact: true }).click();
  }
}
