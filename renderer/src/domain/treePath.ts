/** A unit or category record as a path needs it. */
export interface PathNode {
  id: string;
  parentId: string | null;
  name: string;
}

/**
 * Between the levels of a path: 「工资福利 / 拖欠工资」. Spaced, because a category's own name may hold a slash
 * (docs/domain.md §6: 绩效/精益奖金分配), and 「工资福利/绩效/精益奖金分配」 would read as three levels.
 */
export const PATH_SEPARATOR = ' / ';

/** The names from the root down to `node`; a cycle stops at the repeat. */
function namesDown<N extends PathNode>(byId: ReadonlyMap<string, N>, node: N | undefined): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let at = node; at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
    seen.add(at.id);
    names.unshift(at.name);
  }
  return names;
}

/**
 * id → 「工资福利 / 拖欠工资」 (a category) or 「某煤业集团有限公司 / 一号矿井」 (a unit) for every node, built once for
 * a whole list or export.
 */
export function pathNames(nodes: readonly PathNode[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return new Map(nodes.map((n) => [n.id, namesDown(byId, n).join(PATH_SEPARATOR)]));
}

/** One node's path; '' when the id is empty or unknown. */
export function nodePath(nodes: readonly PathNode[], id: string | null | undefined): string {
  if (!id) return '';
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return namesDown(byId, byId.get(id)).join(PATH_SEPARATOR);
}

/**
 * 问题类别 as every screen, document and export prints it: 「工资福利 / 拖欠工资」 for a second-level category, the name
 * alone for a first-level one, '' for none. `categories` needs only the category and its parent.
 */
export function categoryPath(categories: readonly PathNode[], id: string | null | undefined): string {
  return nodePath(categories, id);
}
