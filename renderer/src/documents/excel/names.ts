/** A unit or category record as the name lookups need it. */
interface NamedNode {
  id: string;
  parentId: string | null;
  name: string;
}

/**
 * id → '工资福利 / 拖欠工资' (a category) or '某煤业集团有限公司 / 一号矿井' (a unit): the same path ui/tree's pathLabel
 * shows, built once for a whole export (the documents layer does not import ui). A cycle stops at the repeat.
 */
export function pathNames(nodes: readonly NamedNode[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const paths = new Map<string, string>();
  for (const node of nodes) {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let at: NamedNode | undefined = node; at && !seen.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) {
      seen.add(at.id);
      names.unshift(at.name);
    }
    paths.set(node.id, names.join(' / '));
  }
  return paths;
}
