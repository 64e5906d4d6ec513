import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import { CASCADER_SEARCH } from '../../ui/selectSearch';
import { toTreeOptions, type TreeOption } from '../../ui/tree';
import { useSingleMatchEnter } from './useSingleMatchEnter';

interface CategoryPath {
  value: string[];
  labels: string[];
}

/** Every path the cascader can take: down to each category without children. */
function leafPaths(options: readonly TreeOption[], above: CategoryPath = { value: [], labels: [] }): CategoryPath[] {
  return options.flatMap((option) => {
    const path = { value: [...above.value, option.value], labels: [...above.labels, option.label] };
    return option.children ? leafPaths(option.children, path) : [path];
  });
}

interface CategoryCascaderProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}

/**
 * 问题类别: the category tree, filtering as the clerk types (CASCADER_SEARCH); Enter takes the single path found
 * (useSingleMatchEnter). Form.Item supplies id, value and onChange.
 */
export function CategoryCascader({ id, value, onChange }: CategoryCascaderProps) {
  const { categories } = useReferenceData();
  const options = useMemo(() => toTreeOptions(categories), [categories]);
  const paths = useMemo(() => leafPaths(options), [options]);
  const { search, onSearch, ...enter } = useSingleMatchEnter(
    paths,
    (p) => p.labels,
    (p) => onChange?.(p.value),
  );
  return (
    <Cascader
      {...enter}
      id={id}
      value={value}
      onChange={(path) => onChange?.((path ?? []) as string[])}
      options={options}
      showSearch={{ ...CASCADER_SEARCH, searchValue: search, onSearch }}
      placeholder="请选择"
    />
  );
}
