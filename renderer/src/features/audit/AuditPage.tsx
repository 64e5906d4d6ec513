import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { AuditFilter } from '../../db/audit/listAudit';
import type { AuditRecord } from '../../domain/audit/record';
import { PageHeader } from '../../ui/PageHeader';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { AuditChangeDetails } from './AuditChangeDetails';
import { auditColumns } from './auditColumns';
import { AuditFilters } from './AuditFilters';
import { auditFilterText } from './auditFilterText';
import { exportAuditTrail } from './exportAudit';
import { useAuditActors, useAuditList } from './useAuditList';
import { useAuditVerification } from './useAuditVerification';
import { errorText } from '../../db/errors';

/**
 * 审计日志 (the 审计员's page): every audit record, newest first and paged through the store, filtered by time, 操作人,
 * 操作 and 对象; a row opens to show what a change did. 核验审计链 recomputes the whole chain; 导出 writes the filtered
 * trail to Excel, and that export is audited too.
 */
export function AuditPage() {
  const { message } = App.useApp();
  const openSaved = useOpenSavedFile();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState({ current: 1, size: 50 });
  const [version, setVersion] = useState(0);
  const [exportPercent, setExportPercent] = useState<number | null>(null);
  const { data, error, loading } = useAuditList(filter, page.current, page.size, version);
  const { actors, error: actorsError } = useAuditActors();
  const verification = useAuditVerification();

  const exportNow = async () => {
    setExportPercent(0);
    try {
      const { result, count } = await exportAuditTrail(filter, auditFilterText(filter, actors), (done, total) =>
        setExportPercent(Math.round((done / Math.max(1, total)) * 90)),
      );
      if (result.saved) openSaved(result.path, `审计日志（${count} 条）`);
    } catch (failed) {
      message.error(`导出审计日志失败：${errorText(failed)}`);
    } finally {
      setExportPercent(null);
      // The export added its own record.
      setVersion((v) => v + 1);
    }
  };

  return (
    <div className="desk-page">
      <PageHeader
        title="审计日志"
        actions={
          <Space>
            {exportPercent !== null && (
              <Progress percent={exportPercent} size="small" style={{ width: 140, margin: 0 }} aria-label="导出进度" />
            )}
            {verification.button}
            <Button
              icon={<FileExcelOutlined />}
              loading={exportPercent !== null}
              disabled={!data || data.total === 0}
              onClick={() => void exportNow()}
            >
              导出
            </Button>
          </Space>
        }
      >
        {data && (
          <Typography.Text type="secondary" data-testid="audit-total">
            {filterIsEmpty(filter) ? `共 ${data.total} 条` : `符合条件 ${data.total} 条`}
          </Typography.Text>
        )}
      </PageHeader>
      {verification.outcome}
      <div style={{ marginTop: 12 }}>
        <AuditFilters
          filter={filter}
          actors={actors}
          onChange={(next) => {
            setFilter(next);
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
      </div>
      {(error ?? actorsError) && <Alert type="error" showIcon title={error ?? actorsError} style={{ marginTop: 12 }} />}
      <Table<AuditRecord>
        style={{ marginTop: 16 }}
        aria-label="审计日志"
        size="middle"
        rowKey="seq"
        rowClassName="desk-audit-row"
        loading={loading}
        columns={auditColumns(data?.names ?? NO_NAMES)}
        dataSource={data?.records ?? []}
        expandable={{
          expandedRowRender: (record) => <AuditChangeDetails record={record} names={data?.names ?? NO_NAMES} />,
          expandRowByClick: true,
        }}
        locale={{ emptyText: filterIsEmpty(filter) ? '还没有审计记录' : '没有符合条件的审计记录' }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 条`,
          onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
        }}
      />
    </div>
  );
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

function filterIsEmpty(filter: AuditFilter): boolean {
  return !filter.from && !filter.to && !filter.actorId && !filter.action && !filter.entity;
}
