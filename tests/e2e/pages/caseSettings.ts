import { expect, type Locator } from '@playwright/test';
import { SettingsPage } from './settings.page';

type CaseSettingsTab = '文号代字' | '文书模板' | '办理期限' | '节假日安排';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The settings tabs case handling reads (#/settings): 文号代字, 文书模板, 办理期限, 节假日安排. Each tab holds one card of
 * the same title. Labels are matched by their start: a horizontal form's CSS colon counts in the accessible name.
 */
export class CaseSettingsPage extends SettingsPage {
  async openTab(tab: CaseSettingsTab): Promise<Locator> {
    await this.page.getByRole('tab', { name: tab, exact: true }).click();
    const card = this.card(tab);
    await expect(card).toBeVisible();
    return card;
  }

  /** The 代字 field of a numbered kind, e.g. '信访事项处理意见书'. */
  prefix(kindLabel: string): Locator {
    return this.card('文号代字').getByLabel(new RegExp(`^${escapeRegExp(kindLabel)}`));
  }

  /** The line under a field: its live example, or the reason it is refused. */
  helpOf(field: Locator): Locator {
    return field
      .locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]')
      .locator('.ant-form-item-additional');
  }

  /** A part of the chosen kind's template: '标题', '正文', '反馈要求', '每项请求的处理意见'. */
  templatePart(partLabel: string): Locator {
    return this.card('文书模板').getByRole('textbox', { name: new RegExp(`^${escapeRegExp(partLabel)}`) });
  }

  async chooseTemplateKind(kindLabel: string): Promise<void> {
    await this.chooseOption(this.card('文书模板').getByLabel(/^文书种类/), kindLabel);
  }

  /** The button that inserts `{name}` into a part (required ones carry a *). */
  placeholder(partLabel: string, name: string): Locator {
    return this.card('文书模板')
      .getByRole('group', { name: `${partLabel}可用的占位符` })
      .getByRole('button', { name: new RegExp(`^\\{${escapeRegExp(name)}\\}\\*?$`) });
  }

  /** The length field of an office period, by its label in the table, e.g. '办理期限'. */
  periodLength(label: string): Locator {
    return this.card('办理期限').getByLabel(`${label}长度`, { exact: true });
  }

  periodRow(label: string): Locator {
    return this.card('办理期限')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: label, exact: true }) });
  }

  holidayField(label: '年份' | '放假日期' | '调休上班日期'): Locator {
    return this.card('节假日安排').getByLabel(new RegExp(`^${label}`));
  }

  /** The row of a saved year in 已录入的年份, e.g. 2027. */
  savedYear(year: number): Locator {
    return this.card('节假日安排')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: `${year}年`, exact: true }) });
  }
}
