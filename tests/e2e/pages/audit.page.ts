import { expect, type Download, type Locator } from '@playwright/test';
import { BasePage } from './base.page';

/** 审计日志 (#/audit, the 审计员's): the trail, its filters, 核验审计链 and 导出. */
export class AuditTrailPage extends BasePage {
  async openFromMenu(): Promise<void> {
    await this.goTo('审计日志');
    await expect(this.page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: '审计日志' });
  }

  /** The data rows (antd adds hidden measuring and expanded-detail rows; the app marks its own). */
  get rows(): Locator {
    return this.table.locator('tbody tr.desk-audit-row');
  }

  /** The row whose 摘要 is this text. */
  row(summary: string | RegExp): Locator {
    return this.rows.filter({ hasText: summary });
  }

  /** The 序号 of the row with this 摘要. */
  async seqOf(summary: string | RegExp): Promise<number> {
    const row = this.row(summary);
    await expect(row).toHaveCount(1);
    return Number(await row.locator('td').nth(1).innerText());
  }

  get total(): Locator {
    return this.page.getByTestId('audit-total');
  }

  /** Opens every row on the page to its details (修改前后, hashes), one after another. */
  async expandAll(): Promise<void> {
    const count = await this.rows.count();
    for (let i = 0; i < count; i++) {
      const row = this.rows.nth(i);
      const seq = await row.locator('td').nth(1).innerText();
      await row.click();
      await expect(this.page.getByLabel(`第 ${seq} 条审计记录的详情`)).toBeVisible();
    }
  }

  /** Picks a value of one filter: '操作人', '操作' or '对象'. */
  async filterBy(filter: '操作人' | '操作' | '对象', label: string): Promise<void> {
    await this.chooseOption(this.page.getByRole('combobox', { name: filter, exact: true }), label);
  }

  get verification(): Locator {
    return this.page.getByTestId('audit-verification');
  }

  /** 核验审计链, waiting for its outcome. */
  async verify(): Promise<Locator> {
    await this.button('核验审计链').click();
    const outcome = this.verification.getByRole('alert');
    await expect(outcome).toBeVisible({ timeout: 30_000 });
    return outcome;
  }

  async exportTrail(): Promise<Download> {
    return this.download(this.button('导出'));
  }

  /**
   * Someone with the browser's developer tools rewrites one record's 摘要 straight in IndexedDB, past the app: the
   * database is opened at whatever version it has and the record put back changed.
   */
  async tamperWithSummary(seq: number, summary: string): Promise<void> {
    await this.page.evaluate(
      ([key, text]) =>
        new Promise<void>((resolve, reject) => {
          // Runs in the page; the node tsconfig has no DOM types.
          const idb = (globalThis as unknown as { indexedDB: { open(name: string): IdbRequest } }).indexedDB;
          const open = idb.open('petition-desk');
          open.onerror = () => reject(new Error('cannot open petition-desk'));
          open.onsuccess = () => {
            const db = open.result as IdbDatabase;
            const store = db.transaction('audit', 'readwrite').objectStore('audit');
            const read = store.get(key);
            read.onsuccess = () => {
              const record = read.result as { summary: string } | undefined;
              if (!record) return reject(new Error(`no audit record ${key}`));
              record.summary = text;
              const write = store.put(record);
              write.onsuccess = () => {
                db.close();
                resolve();
              };
              write.onerror = () => reject(new Error('the tampering write failed'));
            };
          };
        }),
      [seq, summary] as const,
    );
  }

  /**
   * Someone with the browser's developer tools deletes the newest `count` audit records straight in IndexedDB, past
   * the app. Resolves to the seqs deleted, oldest first.
   */
  async deleteNewestRecords(count: number): Promise<number[]> {
    return this.page.evaluate(async (n) => {
      const settled = <T>(request: IdbRequest) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result as T);
          request.onerror = () => reject(new Error('an IndexedDB request failed'));
        });
      const idb = (globalThis as unknown as { indexedDB: { open(name: string): IdbRequest } }).indexedDB;
      const db = await settled<IdbDatabase>(idb.open('petition-desk'));
      const store = db.transaction('audit', 'readwrite').objectStore('audit');
      const newest = (await settled<number[]>(store.getAllKeys())).sort((a, b) => a - b).slice(-n);
      await Promise.all(newest.map((key) => settled(store.delete(key))));
      db.close();
      return newest;
    }, count);
  }
}

/** Just enough of IndexedDB's shape for the tampering helpers (the node tsconfig has no DOM types). */
interface IdbRequest {
  result: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbDatabase {
  transaction(
    store: string,
    mode: 'readwrite',
  ): {
    objectStore(name: string): {
      get(key: unknown): IdbRequest;
      put(value: unknown): IdbRequest;
      delete(key: unknown): IdbRequest;
      getAllKeys(): IdbRequest;
    };
  };
  close(): void;
}
