import { Descriptions, Table, Typography } from 'antd';
import { fieldChanges, type FieldChange } from '../../domain/audit/display';
import type { AuditRecord } from '../../domain/audit/record';

/** The expanded row: what a change did field by field (ID numbers and phones masked), and the record's hashes. */
export function AuditChangeDetails({ record }: { record: AuditRecord }) {
  const hasChange = record.before !== undefined || record.after !== undefined;
  return (
    <div aria-label={`第 ${record.seq} 条审计记录的详情`}>
      {hasChange && (
        <Table<FieldChange>
          size="small"
          rowKey="field"
          aria-label="修改前后"
          pagination={false}
          dataSource={fieldChanges(record.before, record.after)}
          locale={{ emptyText: '内容未变' }}
          columns={[
            { title: '字段', dataIndex: 'field', width: 180 },
            { title: '修改前', dataIndex: 'before', render: (text: string) => <ChangeText text={text} /> },
            { title: '修改后', dataIndex: 'after', render: (text: string) => <ChangeText text={text} /> },
          ]}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: hasChange ? 8 : 0 }}
        items={[
          { key: 'entityId', label: '对象编号', children: record.entityId ?? '—' },
          { key: 'prevHash', label: '前一条哈希', children: <Typography.Text code>{record.prevHash}</Typography.Text> },
          { key: 'hash', label: '本条哈希', children: <Typography.Text code>{record.hash}</Typography.Text> },
        ]}
      />
    </div>
  );
}

function ChangeText({ text }: { text: string }) {
  if (!text) return <Typography.Text type="secondary">（无）</Typography.Text>;
  return <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} ellipsis={{ rows: 6, expandable: true }}>{text}</Typography.Paragraph>;
}
