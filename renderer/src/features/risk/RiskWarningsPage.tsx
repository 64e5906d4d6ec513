import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { can } from '../../domain/access/roles';
import { today } from '../../domain/dates';
import type { LedgerRow } from '../../domain/ledgerQuery';
import { WARNING_KIND_LABELS, warningDraft, warningReason, type WarningDraft } from '../../domain/risk/warningDraft';
import { riskWarnings, type RiskWarning, type WarningThresholds } from '../../domain/risk/warnings';
import { now } from '../../services/clock';
import { useLedgerIndex } from '../../services/ledgerIndex';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { PageHeader } from '../../ui/PageHeader';
import { DismissWarningDialog } from './DismissWarningDialog';
import { RegisterRiskDialog } from './RegisterRiskDialog';
import { useRiskDismissals } from './useRiskDismissals';
import { useRiskLedger } from './useRiskLedger';

/** A suggestion with the petitions behind it and the sentence that tells why. */
interface WarningRow {
  warning: RiskWarning;
  petitions: LedgerRow[];
  unitName: string;
  categoryName: string;
  reason: string;
}

type Dialog = { kind: 'take'; row: WarningRow; draft: WarningDraft } | { kind: 'dismiss'; row: WarningRow };

const KIND_COLORS: Record<RiskWarning['kind'], string> = {
  cluster: 'orange',
  collective: 'red',
  levelSkipping: 'volcano',
  repeat: 'gold',
};

const thresholdLine = (t: WarningThresholds) =>
  `同一单位同类信访${t.cluster.days}日内达${t.cluster.petitions}件；${t.flaggedDays}日内的集体访、越级访；同一事项${t.repeat.days}日内重复访达${t.repeat.visits}次。`;

/**
 * 研判预警 (docs/domain.md §10): the desk watches the petition ledger and suggests matters to 挂号 on the screening
 * ledger when a threshold (设置 → 风险预控) is crossed. Each suggestion lists the petitions behind it; 挂号 opens a
 * prefilled 挂号 linked to them, 忽略 records why and hides it until another petition joins it.
 */
export function RiskWarningsPage() {
  const { units, categories, settings } = useReferenceData();
  const { actor } = useSession();
  const navigate = useNavigate();
  const ledger = useLedgerIndex();
  const risk = useRiskLedger();
  const dismissed = useRiskDismissals();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canManage = can(actor.role, 'risks.manage');
  const thresholds = settings.riskWarningThresholds;
  const day = today(now());
  // The sentence names the unit and category as a clerk writes them: by their own names, not their paths.
  const unitNames = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  const categoryNames = useMemo(() => new Map(categories.map((c) => [c.id, c.name])), [categories]);

  const rows = useMemo((): WarningRow[] | null => {
    if (ledger.rows === null || risk.matters === null || dismissed.dismissals === null) return null;
    const registered = new Set(risk.matters.flatMap((m) => m.petitionIds));
    const byId = new Map(ledger.rows.map((r) => [r.id, r]));
    return riskWarnings(ledger.rows, day, { thresholds, registered, dismissed: dismissed.dismissals }).map(
      (warning) => {
        const petitions = warning.petitionIds.flatMap((id) => byId.get(id) ?? []);
        const unitName = warning.unitId ? (unitNames.get(warning.unitId) ?? '') : '';
        const categoryName = warning.categoryId ? (categoryNames.get(warning.categoryId) ?? '') : '';
        const reason = warningReason(warning, petitions, { unit: unitName, category: categoryName }, thresholds);
        return { warning, petitions, unitName, categoryName, reason };
      },
    );
  }, [ledger.rows, risk.matters, dismissed.dismissals, day, thresholds, unitNames, categoryNames]);

  const done = () => {
    setDialog(null);
    risk.reload();
    dismissed.reload();
  };
  const take = (row: WarningRow) =>
    setDialog({
      kind: 'take',
      row,
      draft: warningDraft(
        row.warning,
        row.petitions,
        { unit: row.unitName, category: row.categoryName },
        thresholds,
        day,
      ),
    });

  const columns: ColumnsType<WarningRow> = [
    {
      title: '预警类型',
      key: 'kind',
      width: 120,
      render: (_, r) => <Tag color={KIND_COLORS[r.warning.kind]}>{WARNING_KIND_LABELS[r.warning.kind]}</Tag>,
    },
    { title: '研判依据', dataIndex: 'reason', key: 'reason' },
    {
      title: '涉及信访事项',
      key: 'petitions',
      width: 220,
      render: (_, r) => (
        <Space size={4} wrap>
          {r.petitions.map((p) => (
            <Link key={p.id} to={`/petitions/${p.id}`}>
              {p.regNo}
            </Link>
          ))}
        </Space>
      ),
    },
    {
      title: '最近信访时间',
      key: 'latestAt',
      width: 150,
      render: (_, r) => r.warning.latestAt.replace('T', ' '),
    },
    ...(canManage
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 140,
            render: (_: unknown, r: WarningRow) => (
              <Space size={4}>
                <Button size="small" type="primary" onClick={() => take(r)}>
                  挂号
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'dismiss', row: r })}>
                  忽略
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const error = ledger.error ?? risk.error ?? dismissed.error;
  return (
    <div className="desk-page desk-page-wide">
      <PageHeader title="研判预警" actions={<Button onClick={() => void navigate('/risks')}>返回排查台账</Button>} />
      <Typography.Paragraph type="secondary">
        预警条件：{thresholdLine(thresholds)}
        {can(actor.role, 'settings.manage') && (
          <>
            可在 <Link to="/settings?tab=risk">设置 → 风险预控</Link> 中调整。
          </>
        )}
        已挂号的信访事项不再提示。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title="研判预警无法读取" description={error} />}
      <Table<WarningRow>
        aria-label="研判预警"
        rowKey={(r) => r.warning.key}
        loading={rows === null && error === null}
        columns={columns}
        dataSource={rows ?? []}
        size="small"
        locale={{ emptyText: '当前没有达到预警条件的信访事项' }}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 条预警` }}
      />
      {dialog?.kind === 'take' && (
        <RegisterRiskDialog
          screenings={risk.screenings}
          fromWarning={{ draft: dialog.draft, regNos: dialog.row.petitions.map((p) => p.regNo) }}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'dismiss' && (
        <DismissWarningDialog
          warning={dialog.row.warning}
          reasonText={dialog.row.reason}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
    </div>
  );
}
