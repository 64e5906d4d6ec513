import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import type { ReportRecord } from '../../db/reports';
import { formatDateTime } from '../../domain/dates';
import { parsePeriodKey, periodLabel } from '../../documents/report/period';

/** 报告历史: every issued version of the scope's reports, newest first, each downloadable again. */
export function ReportHistory({
  reports,
  onSave,
}: {
  reports: ReportRecord[];
  onSave: (report: ReportRecord) => void;
}) {
  return (
    <Card size="small" title={`已出具报告（${reports.length}）`} data-testid="report-history">
      <Table<ReportRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={reports}
        locale={{ emptyText: '本范围尚未出具报告' }}
        columns={[
          {
            title: '报告期',
            key: 'period',
            render: (_, r) => {
              const p = parsePeriodKey(r.periodKey);
              return p ? periodLabel(p) : r.periodKey;
            },
          },
          { title: '版本', dataIndex: 'version', render: (v: number) => `第${v}版` },
          { title: '文号', dataIndex: 'docNo', render: (v: string | null) => v ?? '—' },
          { title: '出具时间', dataIndex: 'issuedAt', render: (v: string) => formatDateTime(v) },
          { title: '出具人', dataIndex: 'issuedBy' },
          {
            title: '操作',
            key: 'save',
            render: (_, r) => (
              <Button size="small" icon={<DownloadOutlined />} onClick={() => onSave(r)}>
                保存
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
