import { Dexie, type Table } from 'dexie';

/**
 * Reads a table in primary-key order, `size` records at a time. The next page is asked for before this one is
 * visited (encoded by the export, compared by the restore), so IndexedDB reads it meanwhile; one page ahead, no more.
 */
export async function forEachStoredPage(table: Table, size: number, visit: (page: unknown[]) => void): Promise<void> {
  const keyPath = table.schema.primKey.keyPath as string | string[];
  const pageAfter = (key: unknown): Promise<unknown[]> =>
    (key === undefined ? table.orderBy(':id') : table.where(':id').above(key)).limit(size).toArray();
  let next = pageAfter(undefined);
  for (;;) {
    const page = await next;
    if (page.length === 0) return;
    next =
      page.length === size
        ? pageAfter(Dexie.getByKeyPath(page[page.length - 1] as object, keyPath))
        : Promise.resolve([]);
    visit(page);
  }
}
