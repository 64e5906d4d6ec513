/**
 * An in-memory list after a change (the ledger's index, the 意见建议 kept in memory): the announced rows taken out and
 * those of them still to be listed (`fresh`, as the repository reads them now) put back, all in `order` (the
 * repository's). An announced row not in `fresh` is gone: deleted, or no longer the reader's to see.
 */
export function mergeChangedRows<S extends { id: string }>(
  rows: readonly S[],
  announced: readonly string[],
  fresh: readonly S[],
  order: (a: S, b: S) => number,
): S[] {
  const out = new Set(announced);
  const merged = rows.filter((r) => !out.has(r.id));
  merged.push(...fresh);
  // The bulk is already in order, so the engine's merge sort finishes in close to linear time.
  return merged.sort(order);
}
