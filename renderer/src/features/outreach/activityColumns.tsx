import type { TableColumnType } from 'antd';
import { Link } from 'react-router';
import type { Activity } from '../../domain/outreach/types';
import { outreachPath } from './paths';

/** The columns the activity lists share: the number, linking to the activity's page, and its unit's path. */
export const activityNoColumn: TableColumnType<Activity> = {
  title: '编号',
  key: 'no',
  width: 130,
  render: (_, a) => <Link to={outreachPath.activity(a.id)}>{a.activityNo}</Link>,
};

export const activityUnitColumn = (unitPaths: ReadonlyMap<string, string>): TableColumnType<Activity> => ({
  title: '单位',
  key: 'unit',
  ellipsis: true,
  render: (_, a) => unitPaths.get(a.unitId) ?? '（已删除）',
});
