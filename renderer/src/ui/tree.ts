/**
 * Flat parent-linked records (units, categories) turned into the nested shapes antd's TreeSelect, Cascader and Tree
 * expect, plus the path helpers forms and lists need. Pure: no React here.
 */

export interface TreeRecord {
  id: string;
  parentId: string | null;
  name: string;
  order: number;
}

export interface TreeOption {
  value: string;
  key: string;
  title: string;
  label: string;
  children?: TreeOption[];
}

function byOrder(a: TreeRecord, b: TreeRecord): number {
  return a.order - b.order || a.name.localeCompare(b.name, 'zh-CN');
}

/** Nested options, siblings in their configured order. Records whose parent is missing are shown at the top. */
export function toTreeOptions(records: readonly TreeRecord[]): TreeOption[] {
  const ids = new Set(records.map((r) => r.id));
  const childrenOf = new Map<string | null, TreeRecord[]>();
  for (const record of records) {
    const parent = record.parentId !== null && ids.has(record.parentId) ? record.parentId : null;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(record);
    childrenOf.set(parent, siblings);
  }
  const build = (parentId: string | null): TreeOption[] =>
    (childrenOf.get(parentId) ?? []).sort(byOrder).map((record) => {
      const children = build(record.id);
      return {
        value: record.id,
        key: record.id,
        title: record.name,
        label: record.name,
        ...(children.length > 0 ? { children } : {}),
      };
    });
  return build(null);
}

/** Ids from the root down to `id` (inclusive); [] when the id is unknown. */
export function pathTo(records: readonly TreeRecord[], id: string | null | undefined): string[] {
  if (!id) return [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const path: string[] = [];
  let current = byId.get(id);
  while (current && !path.includes(current.id)) {
    path.unshift(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}
