import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import { TREE_SEARCH } from '../../ui/selectSearch';
import { toTreeOptions } from '../../ui/tree';
import { useSingleMatchEnter } from './useSingleMatchEnter';

interface UnitSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/**
 * One unit from the organisation tree, found by name or pinyin as the clerk types; Enter takes the single unit found
 * (useSingleMatchEnter). Form.Item supplies id, value and onChange.
 */
export function UnitSelect({ id, value, onChange }: UnitSelectProps) {
  const { units } = useReferenceData();
  const treeData = useMemo(() => toTreeOptions(units), [units]);
  const { search, onSearch, ...enter } = useSingleMatchEnter(
    units,
    (u) => [u.name],
    (u) => onChange?.(u.id),
  );
  return (
    <TreeSelect
      {...enter}
      id={id}
      // null (no unit) shows the placeholder, as antd's own empty value does; undefined would leave the control uncontrolled.
      value={value as string | undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      treeData={treeData}
      allowClear
      showSearch={{ ...TREE_SEARCH, searchValue: search, onSearch }}
      treeDefaultExpandAll
      placeholder="请选择"
      popupMatchSelectWidth={false}
    />
  );
}
