import { Descriptions, Table, Typography } from 'antd';
import { fieldChanges, objectText, type AuditNames, type FieldChange } from '../../domain/audit/display';
import type { AuditRecord } from '../../domain/audit/record';
import { replacedTrailOf } from '../../domain/audit/replacedTrail';
import { auditColumns } from './auditColumns';

/**
 * The expanded row: what a change did field by field (as listAudit gives it: numbers masked, a confidential matter
 * （保密）), and the record's hashes. A 恢复备份 record that carries the desk's records its backup's trail lacked lists
 * them instead, each opening the same way. A bulk record (an import batch's records of one table) names its count, batch
 * and the digest over their contents (domain/audit/bulk.ts).
 */
export function AuditChangeDetails({ record, names }: { record: AuditRecord; names: AuditNames }) {
  const carried = replacedTrailOf(record);
  const hasChange = carried === null && (record.before !== undefined || record.after !== undefined);
  return (
    <div aria-label={`第 ${record.seq} 条审计记录的详情`}>
      {carried && <CarriedRecords records={carried} names={names} />}
      {hasChange && (
        <Table<FieldChange>
          size="small"
          rowKey="field"
          aria-label="修改前后"
          pagination={false}
          dataSource={fieldChanges(record.entity, record.before, record.after, names)}
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
        style={{ marginTop: hasChange || carried ? 8 : 0 }}
        items={[
          { key: 'object', label: '对象', children: objectText(record, names) || '—' },
          ...(record.bulk
            ? [
                {
                  key: 'bulk',
                  label: '批量记录',
                  children: `${record.bulk.count} 条，导入批次 ${record.bulk.batchId}`,
                },
                {
                  key: 'digest',
                  label: '内容摘要哈希',
                  children: <Typography.Text code>{record.bulk.digest}</Typography.Text>,
                },
                {
                  key: 'keys',
                  label: '记录键',
                  children: (
                    <Typography.Paragraph
                      ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
                      style={{ margin: 0 }}
                    >
                      {record.bulk.keys.join('、')}
                    </Typography.Paragraph>
                  ),
                },
              ]
            : []),
          { key: 'prevHash', label: '前一条哈希', children: <Typography.Text code>{record.prevHash}</Typography.Text> },
          { key: 'hash', label: '本条哈希', children: <Typography.Text code>{record.hash}</Typography.Text> },
        ]}
      />
    </div>
  );
}

/** The desk's records a restore replaced, as they were stored before it: newest first, like the trail. */
function CarriedRecords({ records, names }: { records: AuditRecord[]; names: AuditNames }) {
  return (
    <>
      <Typography.Text strong>恢复时本机原有、备份中没有的审计记录（{records.length} 条，原编号）</Typography.Text>
      <Table<AuditRecord>
        size="small"
        rowKey="seq"
        aria-label="并入本记录的本机原有审计记录"
        style={{ marginTop: 8 }}
        columns={auditColumns(names)}
        dataSource={[...records].reverse()}
        pagination={
          records.length > 20 ? { pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 条` } : false
        }
        expandable={{
          expandedRowRender: (carried) => <AuditChangeDetails record={carried} names={names} />,
          expandRowByClick: true,
        }}
      />
    </>
  );
}

function ChangeText({ text }: { text: string }) {
  if (!text) return <Typography.Text type="secondary">（无）</Typography.Text>;
  return (
    <Typography.Paragraph
      style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
      ellipsis={{ rows: 6, expandable: true }}
    >
      {text}
    </Typography.Paragraph>
  );
}
