import { Alert, Card, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { can } from '../../domain/access/roles';
import type { LedgerRow } from '../../domain/ledgerQuery';
import type { Activity } from '../../domain/outreach/types';
import { PETITION_STATUSES } from '../../domain/types';
import { useLedgerIndex } from '../../services/ledgerIndex';
import { useSession } from '../../services/session/SessionContext';

/**
 * Who came on a 领导接待日 (docs/domain.md §10): the petitions registered on the day, in the order they were, each
 * with what became of it. Read from the ledger's index, so each account sees them as its ledger does: a 保密 matter's
 * people replaced for an account without the grant, and a 党支部书记 only its units' matters, without people.
 */
export function ReceptionDayVisits({ activity }: { activity: Activity }) {
  const { actor } = useSession();
  const { rows, error } = useLedgerIndex();
  const readsLedger = can(actor.role, 'records.view');
  const visits = useMemo(() => {
    const byId = new Map((rows ?? []).map((r) => [r.id, r]));
    return activity.petitionIds.map((id) => byId.get(id)).filter((r): r is LedgerRow => r !== undefined);
  }, [activity.petitionIds, rows]);
  return (
    <Card size="small" className="desk-card" style={{ marginTop: 16 }} title={`来访登记（${visits.length}件）`}>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<LedgerRow>
        aria-label="来访登记"
        rowKey="id"
        size="small"
        pagination={false}
        loading={rows === null && error === null}
        dataSource={visits}
        locale={{ emptyText: '当天尚无登记的来访' }}
        columns={[
          {
            title: '编号',
            key: 'regNo',
            width: 110,
            render: (_, r) =>
              readsLedger ? <Link to={`/petitions/${encodeURIComponent(r.id)}`}>{r.regNo}</Link> : r.regNo,
          },
          ...(readsLedger
            ? [
                {
                  title: '信访人',
                  key: 'people',
                  width: 140,
                  render: (_: unknown, r: LedgerRow) => r.petitionerNames.join('、') || '（匿名）',
                },
              ]
            : []),
          { title: '反映问题', dataIndex: 'summary', ellipsis: true },
          { title: '人数', dataIndex: 'headcount', width: 70, align: 'right' },
          { title: '包案领导', key: 'leader', width: 100, render: (_, r) => r.leader ?? '—' },
          {
            title: '办理情况',
            key: 'status',
            width: 100,
            render: (_, r) => (
              <Tag color={r.status === 'registered' ? 'blue' : undefined}>{PETITION_STATUSES[r.status]}</Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
