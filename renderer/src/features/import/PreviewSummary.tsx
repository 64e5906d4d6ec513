import { Space, Tag, Typography } from 'antd';
import { countBy, monthOf } from '../../domain/import/previewRows';
import type { PreviewItem } from './previewItem';

/** 按工作表、月份和来访形式统计: what the file holds before anything is written. */
export function PreviewSummary({ items }: { items: readonly PreviewItem[] }) {
  const groups = [
    { title: '工作表', counts: countBy(items, (i) => i.row.sheetName) },
    { title: '月份', counts: countBy(items, (i) => monthOf(i.row.reading.row.receivedDate)) },
    { title: '来访形式', counts: countBy(items, (i) => i.row.reading.row.channel) },
  ];
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }} data-testid="import-counts">
      {groups.map(({ title, counts }) => (
        <div key={title}>
          <Typography.Text type="secondary" style={{ display: 'inline-block', width: 72 }}>
            {title}
          </Typography.Text>
          {counts.map(({ key, count }) => (
            <Tag key={key}>
              {key} {count}
            </Tag>
          ))}
        </div>
      ))}
    </Space>
  );
}
