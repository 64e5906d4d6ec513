import { expect, type Download, type Locator } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { DeskClock } from '../fixtures';
import { BasePage } from './base.page';

/** A matter as the clerk types it in 挂号. */
export interface RiskEntry {
  problem: string;
  level: '重大' | '较大' | '一般';
  leader: string;
  department: string;
  responsible: string;
  targetDate: string;
  claims: string[];
}

/** The journeys' two example matters: a wage claim, and a 重大 heating matter. */
export const WAGES: RiskEntry = {
  problem: '综采一队12名职工反映4、5月工资未足额发放',
  level: '较大',
  leader: '李矿长',
  department: '人力资源部',
  responsible: '王科长',
  targetDate: '2026-06-30',
  claims: ['补发4、5月工资', '要求额外补偿', '一名职工家庭困难申请救助', '个别人员堵塞矿门阻工'],
};
export const HEATING: RiskEntry = {
  problem: '家属区供暖移交后退休职工反映暖气不热',
  level: '重大',
  leader: '张书记',
  department: '后勤服务中心',
  responsible: '刘主任',
  targetDate: '2026-06-20',
  claims: ['恢复供暖温度'],
};

/** 排查台账 (#/risks): the list, 登记排查, 挂号, 更新进展 and 销号. */
export class RiskPage extends BasePage {
  get table(): Locator {
    return this.page.getByRole('table', { name: '排查台账' });
  }
  get rows(): Locator {
    return this.table.locator('tbody tr.desk-risk-row');
  }
  row(riskNo: string): Locator {
    return this.rows.filter({ hasText: riskNo });
  }
  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }
  status(label: '在办' | '已销号' | '已转信访事项' | '全部'): Locator {
    return this.page.locator('.ant-segmented-item').filter({ hasText: label });
  }

  async recordScreening(kind: string, checked: string): Promise<void> {
    await this.page.getByRole('button', { name: '登记排查', exact: true }).click();
    const dialog = this.dialog('登记排查');
    await this.chooseOption(dialog.getByLabel('排查类型', { exact: true }), kind);
    await dialog.getByLabel('排查内容', { exact: true }).fill(checked);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Fills the open 挂号 dialog (from the ledger, or 纳入排查台账 on an activity's problem) and 挂号. */
  async fillMatter(entry: RiskEntry, riskKind = '工资拖欠'): Promise<void> {
    const dialog = this.dialog('挂号：排查台账');
    await dialog.getByLabel('矛盾纠纷情况', { exact: true }).fill(entry.problem);
    await dialog.getByLabel('风险类别', { exact: true }).fill(riskKind);
    await this.chooseOption(dialog.getByLabel('风险等级', { exact: true }), entry.level);
    await dialog.getByLabel('包案领导', { exact: true }).fill(entry.leader);
    await dialog.getByLabel('责任部门', { exact: true }).fill(entry.department);
    await dialog.getByLabel('责任人', { exact: true }).fill(entry.responsible);
    await this.fillPicker(dialog, '化解时限', entry.targetDate);
    await dialog.getByLabel('诉求（每行一项）', { exact: true }).fill(entry.claims.join('\n'));
    await dialog.getByRole('button', { name: '挂号', exact: true }).click();
    // The 挂号 writes the matter (and from a problem, the activity) in one transaction: beyond 5 s on a loaded machine.
    await expect(dialog).toBeHidden({ timeout: 15_000 });
  }

  /** 挂号 from the newest screening; returns the number the ledger gave it. */
  async register(entry: RiskEntry): Promise<string> {
    const before = await this.rows.count();
    await this.page.getByRole('button', { name: '挂号', exact: true }).click();
    await this.fillMatter(entry);
    await expect(this.rows).toHaveCount(before + 1);
    const row = this.rows.filter({ hasText: entry.problem }).first();
    const riskNo = (await row.locator('td').first().innerText()).trim();
    expect(riskNo).toMatch(/^排〔\d{4}〕\d+号$/);
    return riskNo;
  }

  async update(riskNo: string, text: string): Promise<void> {
    await this.row(riskNo).getByRole('button', { name: '更新进展' }).click();
    const dialog = this.dialog(`更新进展：${riskNo}`);
    await dialog.getByLabel('进展情况', { exact: true }).fill(text);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  /** 销号 with an outcome per claim, in the order the claims were typed. */
  async close(riskNo: string, outcomes: string[]): Promise<Locator> {
    await this.row(riskNo).getByRole('button', { name: '销号' }).click();
    const dialog = this.dialog(`销号：${riskNo}`);
    for (const [i, outcome] of outcomes.entries())
      await this.chooseOption(dialog.getByLabel(`第${i + 1}项化解结果`, { exact: true }), outcome);
    await this.confirmClose(dialog);
    return dialog;
  }

  /**
   * The 销号 dialog's own 销号 button. After a refused try its name may keep antd's collapsed 'loading' icon (aria
   * name 「loading 销号」) although nothing spins any more, so the name is matched at its end.
   */
  async confirmClose(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: /销号$/ }).click();
  }

  /** 月度汇总 of the month the dialog opens on (this month) in the given format. */
  async monthlySummary(format: 'docx' | 'xlsx'): Promise<Download> {
    await this.page.getByRole('button', { name: '月度汇总', exact: true }).click();
    const dialog = this.dialog('月度汇总');
    await dialog.getByText(format === 'docx' ? 'Word 文档（.docx）' : 'Excel 工作簿（.xlsx）').click();
    const download = await this.download(dialog.getByRole('button', { name: '生成并保存' }));
    await expect(dialog).toBeHidden();
    return download;
  }

  /** 日报 of today. */
  async dailyReport(): Promise<Download> {
    await this.page.getByRole('button', { name: '日报', exact: true }).click();
    const dialog = this.dialog('日报');
    const download = await this.download(dialog.getByRole('button', { name: '生成并保存' }));
    await expect(dialog).toBeHidden();
    return download;
  }

  /** The 重大风险专报 dialog of a matter, opened from its row. */
  async openSpecialReport(riskNo: string): Promise<Locator> {
    await this.row(riskNo).getByRole('button', { name: '专报', exact: true }).click();
    const dialog = this.dialog(`重大风险专报：${riskNo}`);
    await expect(dialog.getByLabel('主送', { exact: true })).not.toHaveValue('');
    return dialog;
  }

  /** 重大风险专报 of a matter, with the 主送 and 签发人 given (as drafted when absent). */
  async specialReport(riskNo: string, entry: { to?: string; signer?: string }): Promise<Download> {
    return this.issueSpecialReport(await this.openSpecialReport(riskNo), entry);
  }

  /** The text of a downloaded .docx's body. */
  static async docxText(download: Download): Promise<string> {
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  }
}

/** The desk on `iso`, reloaded, at 排查台账. */
export async function openLedgerOn(app: BasePage, clock: DeskClock, iso: string): Promise<RiskPage> {
  await clock.set(iso);
  await app.reload();
  const risks = new RiskPage(app.page);
  await risks.goTo('排查台账');
  return risks;
}
