import { expect, type Download, type Locator } from '@playwright/test';
import type { DeskClock } from '../fixtures';
import { BasePage } from './base.page';

/** An activity as the clerk types it in 新建活动. */
export interface ActivityEntry {
  kind: string;
  date: string;
  unit: string;
  place: string;
  leader: string;
  headcount: number;
  checked: string[];
  problems: string[];
}

/** A suggestion as the clerk types it in 添加建议. */
export interface SuggestionEntry {
  topic: string;
  text: string;
  proposer?: { name: string; phone: string };
  department: string;
  measure: string;
  deadline: string;
}

/** A help as the clerk types it in 记录帮扶. */
export interface HelpEntry {
  kind: string;
  amount: string;
  date: string;
  approver: string;
  recipient: string;
  headcount: number;
}

/** 走访座谈 (#/outreach), an activity's page, 意见建议 (#/suggestions) and 帮扶救助 (#/helps). */
export class OutreachPage extends BasePage {
  get activities(): Locator {
    return this.page.getByRole('table', { name: '走访座谈活动' });
  }
  get problems(): Locator {
    return this.page.getByRole('table', { name: '发现问题' });
  }
  problem(text: string): Locator {
    return this.problems.locator('tbody tr.ant-table-row').filter({ hasText: text });
  }
  get activitySuggestions(): Locator {
    return this.page.getByRole('table', { name: '本次征集的意见建议' });
  }
  get ledger(): Locator {
    return this.page.getByRole('table', { name: '意见建议' });
  }
  suggestionRow(table: Locator, topic: string): Locator {
    return table.locator('tbody tr.ant-table-row').filter({ hasText: topic });
  }
  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** 新建活动: fills the form and saves; the activity's page opens, and its number is returned. */
  async record(entry: ActivityEntry): Promise<string> {
    await this.button('新建活动').click();
    const dialog = this.dialog('新建活动');
    await this.chooseOption(dialog.getByLabel('活动类型', { exact: true }), entry.kind);
    await this.fillPicker(dialog, '活动日期', entry.date);
    await this.chooseTreeNode(dialog.getByLabel('活动单位', { exact: true }), entry.unit);
    await dialog.getByLabel('活动地点', { exact: true }).fill(entry.place);
    await dialog.getByLabel('带队领导', { exact: true }).fill(entry.leader);
    await dialog.getByLabel('覆盖人次', { exact: true }).fill(String(entry.headcount));
    for (const item of entry.checked) await dialog.getByRole('checkbox', { name: item }).check();
    await dialog.getByLabel('发现问题（每行一条）', { exact: true }).fill(entry.problems.join('\n'));
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const heading = this.page.getByRole('heading', { name: new RegExp(`^${entry.kind} 走〔\\d{4}〕\\d+号$`) });
    await expect(heading).toBeVisible();
    return (await heading.innerText()).replace(`${entry.kind} `, '').trim();
  }

  /** 添加建议 on the activity's page (or on the ledger): fills the form and saves. */
  async addSuggestion(entry: SuggestionEntry): Promise<void> {
    await this.button('添加建议').click();
    const dialog = this.dialog(/^添加建议/);
    await dialog.getByLabel('建议主题', { exact: true }).fill(entry.topic);
    await dialog.getByLabel('建议内容', { exact: true }).fill(entry.text);
    if (entry.proposer) {
      await dialog.getByLabel('建议人', { exact: true }).fill(entry.proposer.name);
      await dialog.getByLabel('联系电话', { exact: true }).fill(entry.proposer.phone);
    } else await dialog.getByRole('checkbox', { name: '匿名' }).check();
    await dialog.getByLabel('责任部门', { exact: true }).fill(entry.department);
    await dialog.getByLabel('落实措施', { exact: true }).fill(entry.measure);
    await this.fillPicker(dialog, '完成时限', entry.deadline);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  /** 答复 a suggestion in `table`: the answer, its day and how it was fed back. */
  async answer(table: Locator, topic: string, answer: string, day: string, way: string): Promise<void> {
    await this.suggestionRow(table, topic).getByRole('button', { name: '答复' }).click();
    const dialog = this.dialog(/^答复：/);
    await dialog.getByLabel('答复内容', { exact: true }).fill(answer);
    await this.fillPicker(dialog, '答复日期', day);
    await this.chooseOption(dialog.getByLabel('反馈方式', { exact: true }), way);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  /** 下载纪要 on a forum's page: the saved .docx. */
  async minutes(): Promise<Download> {
    return this.download(this.page.getByRole('button', { name: '下载纪要' }));
  }

  /** 导出答复情况表 (the forum's on its page, the listed ones on 意见建议) as .docx or .xlsx. */
  async suggestionTable(format: 'docx' | 'xlsx'): Promise<Download> {
    await this.page.getByRole('button', { name: '导出答复情况表' }).click();
    const item = format === 'docx' ? 'Word 文档（.docx）' : 'Excel 工作簿（.xlsx）';
    return this.download(this.page.getByRole('menuitem', { name: item }));
  }

  /** 跟进 a suggestion in `table`, keeping its department, measure and deadline. */
  async followUp(table: Locator, topic: string): Promise<void> {
    await this.suggestionRow(table, topic).getByRole('button', { name: '跟进' }).click();
    const dialog = this.dialog(/^转入跟进：/);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** 记录帮扶 on the page open (a 求助 petition's, or an activity's problem after its button). */
export async function recordHelp(outreach: OutreachPage, entry: HelpEntry): Promise<void> {
  const dialog = outreach.dialog('记录帮扶');
  await dialog.getByLabel('救助类型', { exact: true }).fill(entry.kind);
  await dialog.getByLabel('金额（元）', { exact: true }).fill(entry.amount);
  await outreach.fillPicker(dialog, '救助日期', entry.date);
  await dialog.getByLabel('审批人', { exact: true }).fill(entry.approver);
  await dialog.getByLabel('救助对象', { exact: true }).fill(entry.recipient);
  await dialog.getByLabel('救助人次', { exact: true }).fill(String(entry.headcount));
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

/** The desk on `iso`, reloaded, at 走访座谈. */
export async function openOutreachOn(app: BasePage, clock: DeskClock, iso: string): Promise<OutreachPage> {
  await clock.set(iso);
  await app.reload();
  const outreach = new OutreachPage(app.page);
  await outreach.goTo('走访座谈');
  return outreach;
}
