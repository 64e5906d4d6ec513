import { anyLabelMatches, optionMatches } from '../domain/optionSearch';

/**
 * The one way every select of the desk filters as the clerk types (domain/optionSearch.ts: the label, or its pinyin
 * in full or by initials). Spread into antd's `showSearch`. A Select and a TreeSelect highlight the first match, so
 * Enter takes a single match at once; for pinyin, and in a Cascader, see features/reception/useSingleMatchEnter.ts.
 */

/** For a Select whose options carry a string `label`. */
export const SELECT_SEARCH = {
  filterOption: (typed: string, option?: { label?: unknown }) => optionMatches(typed, String(option?.label ?? '')),
};

/**
 * For a TreeSelect built by toTreeOptions (each node has its name as `title`). treeNodeFilterProp is what antd
 * highlights a first result by (the typed text in the title); antd's default would be the node's id.
 */
export const TREE_SEARCH = {
  treeNodeFilterProp: 'title',
  filterTreeNode: (typed: string, node: { title?: unknown }) => optionMatches(typed, String(node.title ?? '')),
};

/** For a Cascader built by toTreeOptions: a path matches when any of its steps does. */
export const CASCADER_SEARCH = {
  filter: (typed: string, path: { label?: unknown }[]) =>
    anyLabelMatches(
      typed,
      path.map((step) => String(step.label ?? '')),
    ),
};
