import { Alert, App, Button, Table, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { errorText } from '../../db/errors';
import { can } from '../../domain/access/roles';
import { formatDateTime } from '../../domain/dates';
import type { Emergency } from '../../domain/emergency/types';
import type { RiskMatter } from '../../domain/risk/types';
import { getRiskMatter, listRiskMatters } from '../../services/data/risks';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { PageHeader } from '../../ui/PageHeader';
import { ArrivalTag } from './ArrivalClock';
import { EmergencyDetail } from './EmergencyDetail';
import { RegisterEmergencyDialog } from './RegisterEmergencyDialog';
import { useEmergencies } from './useEmergencies';

/**
 * 突发事件 (docs/domain.md §10): every 突发信访事件, latest first, with where its arrival stands; 登记突发事件, and one
 * event's 处置 in a drawer. `?fromRisk=` opens the 登记 dialog filled from a screening-ledger matter (升级为突发事件).
 */
export function EmergencyPage() {
  const { actor } = useSession();
  const { units } = useReferenceData();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { emergencies, error, reload } = useEmergencies();
  const [matters, setMatters] = useState<RiskMatter[]>([]);
  const [registering, setRegistering] = useState<{ from: RiskMatter | null } | null>(null);
  const canManage = can(actor.role, 'risks.manage');
  const openId = params.get('open');
  const fromRisk = params.get('fromRisk');

  useEffect(() => {
    listRiskMatters().then(setMatters, (failed: unknown) => message.error(errorText(failed)));
  }, [message, emergencies]);
  useEffect(() => {
    if (!fromRisk) return;
    getRiskMatter(fromRisk).then(
      (matter) => {
        if (matter) setRegistering({ from: matter });
        else message.error('所升级的排查台账事项已不存在');
        setParams({}, { replace: true });
      },
      (failed: unknown) => message.error(errorText(failed)),
    );
  }, [fromRisk, message, setParams]);

  const unitName = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  const matterOf = (e: Emergency) => matters.find((m) => m.id === e.riskMatterId) ?? null;
  const opened = emergencies?.find((e) => e.id === openId) ?? null;

  return (
    <div className="desk-page desk-page-wide">
      <PageHeader
        title="突发事件"
        actions={
          canManage && (
            <Button type="primary" onClick={() => setRegistering({ from: null })}>
              登记突发事件
            </Button>
          )
        }
      />
      {error && <Alert type="error" showIcon title="突发事件无法读取" description={error} />}
      <Table<Emergency>
        aria-label="突发事件"
        rowKey="id"
        rowClassName={() => 'desk-emergency-row'}
        loading={emergencies === null && error === null}
        dataSource={emergencies ?? []}
        size="small"
        onRow={(e) => ({ onClick: () => setParams({ open: e.id }) })}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 起` }}
        columns={[
          { title: '报告时间', key: 'reportedAt', width: 150, render: (_, e) => formatDateTime(e.reportedAt) },
          { title: '地点类别', key: 'location', width: 90, render: (_, e) => e.location },
          { title: '具体地点', key: 'place', ellipsis: true, render: (_, e) => e.place },
          { title: '人数', key: 'headcount', width: 60, align: 'right', render: (_, e) => e.headcount },
          {
            title: '涉及单位',
            key: 'units',
            width: 160,
            ellipsis: true,
            render: (_, e) => e.unitIds.map((id) => unitName.get(id) ?? '').join('、'),
          },
          { title: '到场', key: 'arrival', width: 180, render: (_, e) => <ArrivalTag emergency={e} /> },
          {
            title: '排查台账',
            key: 'matter',
            width: 120,
            render: (_, e) => matterOf(e)?.riskNo ?? '—',
          },
          {
            title: '状态',
            key: 'status',
            width: 80,
            render: (_, e) => <Tag color={e.status === '处置中' ? 'orange' : 'default'}>{e.status}</Tag>,
          },
        ]}
      />
      {registering && (
        <RegisterEmergencyDialog
          fromMatter={registering.from}
          onClose={() => setRegistering(null)}
          onSaved={(id) => {
            setRegistering(null);
            reload();
            setParams({ open: id });
          }}
        />
      )}
      {opened && (
        <EmergencyDetail
          emergency={opened}
          matter={matterOf(opened)}
          canManage={canManage}
          onChanged={reload}
          onOpenMatter={() => void navigate('/risks')}
          onClose={() => setParams({})}
        />
      )}
    </div>
  );
}
