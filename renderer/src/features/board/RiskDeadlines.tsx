import { Alert, Card, Table } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatChineseDate } from '../../domain/dates';
import { riskDeadlineRows, type RiskDeadlineRow } from '../../domain/risk/riskDeadlines';
import { useReferenceData } from '../../services/ReferenceData';
import { useRiskLedger } from '../risk/useRiskLedger';
import { deadlineTag } from './deadlineTag';

/**
 * 排查台账's running deadlines on the 督办台: matters in 办 past their 化解时限 or within the office's 临期 days of it,
 * the most pressing first, each leading to the screening ledger.
 */
export function RiskDeadlines({ today }: { today: string }) {
  const { matters, error } = useRiskLedger();
  const { settings } = useReferenceData();
  const rows = useMemo(
    () => (matters === null ? null : riskDeadlineRows(matters, today, settings.dueSoonDays)),
    [matters, today, settings.dueSoonDays],
  );
  return (
    <Card
      size="small"
      className="desk-card"
      style={{ marginTop: 24 }}
      title={`排查台账化解时限（超期及${settings.dueSoonDays}天内到期）`}
      extra={<Link to="/risks">打开排查台账</Link>}
    >
      {error && <Alert type="error" showIcon title={`排查台账无法读取：${error}`} />}
      <Table<RiskDeadlineRow>
        aria-label="排查台账化解时限"
        size="small"
        rowKey={(r) => r.matter.id}
        loading={rows === null && !error}
        dataSource={rows ?? []}
        locale={{ emptyText: '没有超期或临期的排查事项' }}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: '编号', key: 'no', width: 130, render: (_, r) => r.matter.riskNo },
          { title: '矛盾纠纷情况', key: 'problem', ellipsis: true, render: (_, r) => r.matter.problem },
          { title: '风险等级', key: 'level', width: 90, render: (_, r) => r.matter.level },
          { title: '包案领导', key: 'leader', width: 100, render: (_, r) => r.matter.leader },
          { title: '责任人', key: 'responsible', width: 100, render: (_, r) => r.matter.responsible },
          { title: '化解时限', key: 'target', width: 140, render: (_, r) => formatChineseDate(r.matter.targetDate) },
          { title: '状态', key: 'state', width: 110, render: (_, r) => deadlineTag(r) },
        ]}
      />
    </Card>
  );
}
