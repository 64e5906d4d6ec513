import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useReferenceData } from '../../app/ReferenceData';
import { toTreeOptions } from '../../ui/tree';

/** One unit from the organisation tree, searchable by name. Form.Item supplies id, value and onChange. */
export function UnitSelect(props: { id?: string; value?: string | null; onChange?: (value: string | null) => void }) {
  const { units } = useReferenceData();
  const treeData = useMemo(() => toTreeOptions(units), [units]);
  return (
    <TreeSelect
      {...props}
      treeData={treeData}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder="请选择"
      popupMatchSelectWidth={false}
    />
  );
}
