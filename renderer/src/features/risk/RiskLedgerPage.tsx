import { Alert, Button, Input, Segmented, Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { can } from '../../domain/access/roles';
import { today } from '../../domain/dates';
import { riskListRows, type RiskListRow, type RiskStatusFilter } from '../../domain/risk/riskList';
import { matterAssessment, matterSubject } from '../../domain/risk/specialReport';
import { RISK_LEVELS, type RiskLevel, type RiskMatter } from '../../domain/risk/types';
import { pathNames } from '../../domain/treePath';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { PageHeader } from '../../ui/PageHeader';
import { emergencyPath } from '../emergency/paths';
import { useEmergencies } from '../emergency/useEmergencies';
import { CloseRiskDialog } from './CloseRiskDialog';
import { RegisterRiskDialog } from './RegisterRiskDialog';
import { RISK_SCROLL_X, riskColumns } from './riskColumns';
import { RiskUpdateDialog } from './RiskUpdateDialog';
import { DailyReportDialog, MonthlySummaryDialog } from './RiskDocumentDialogs';
import { SpecialReportDialog } from './SpecialReportDialog';
import { issueAndSaveMatterReport, matterNames } from './specialReportFiles';
import { ScreeningDialog } from './ScreeningDialog';
import { useRiskLedger } from './useRiskLedger';

const STATUS_FILTERS: RiskStatusFilter[] = ['在办', '已销号', '已转信访事项', '全部'];
type Dialog =
  | { kind: 'register' }
  | { kind: 'screening' }
  | { kind: 'update'; matter: RiskMatter }
  | { kind: 'close'; matter: RiskMatter }
  | { kind: 'specialReport'; matter: RiskMatter }
  | { kind: 'monthly' }
  | { kind: 'daily' };

/**
 * 排查台账 (docs/domain.md §10): the matters found before they become petitions, 挂号 with their own number, updated
 * as they are worked on (「每日一更新」: the 进展 column says which are behind) and 销号 only with a result per claim;
 * its 日报 and 月度汇总, and a 重大 matter's 专报.
 */
export function RiskLedgerPage() {
  const { units, categories, settings } = useReferenceData();
  const names = useMemo(() => ({ units, categories }), [units, categories]);
  const { calendar } = useCaseEnvironment();
  const { actor } = useSession();
  const navigate = useNavigate();
  const { matters, screenings, error, reload } = useRiskLedger();
  const [status, setStatus] = useState<RiskStatusFilter>('在办');
  const [level, setLevel] = useState<RiskLevel | null>(null);
  const [text, setText] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canManage = can(actor.role, 'risks.manage');
  const day = today(now());
  const unitPaths = useMemo(() => pathNames(units), [units]);
  const { emergencies } = useEmergencies();
  // A matter's latest emergency: the list is latest first, so the first seen per matter is kept.
  const escalated = useMemo(() => {
    const byMatter = new Map<string, string>();
    for (const e of emergencies ?? [])
      if (e.riskMatterId && !byMatter.has(e.riskMatterId)) byMatter.set(e.riskMatterId, e.id);
    return byMatter;
  }, [emergencies]);

  const rows = useMemo(
    () =>
      riskListRows(
        matters ?? [],
        { status, level, text },
        { day, calendar, unitPaths, rules: settings.riskStalenessRules },
      ),
    [matters, status, level, text, unitPaths, day, calendar, settings.riskStalenessRules],
  );

  const done = () => {
    setDialog(null);
    reload();
  };
  const columns = riskColumns({
    canManage,
    canConvert: canManage && can(actor.role, 'records.register'),
    onUpdate: (matter) => setDialog({ kind: 'update', matter }),
    onClose: (matter) => setDialog({ kind: 'close', matter }),
    onSpecialReport: (matter) => setDialog({ kind: 'specialReport', matter }),
    onConvert: (matter) => void navigate(`/register?fromRisk=${encodeURIComponent(matter.id)}`),
    onOpenPetition: (petitionId) => void navigate(`/petitions/${petitionId}`),
    onEscalate: (matter) => void navigate(emergencyPath.fromRisk(matter.id)),
    emergencyOf: (matterId) => escalated.get(matterId),
    onOpenEmergency: (emergencyId) => void navigate(emergencyPath.open(emergencyId)),
  });

  return (
    <div className="desk-page desk-page-wide">
      <PageHeader
        title="排查台账"
        actions={
          <Space>
            <Button disabled={matters === null} onClick={() => setDialog({ kind: 'daily' })}>
              日报
            </Button>
            <Button disabled={matters === null} onClick={() => setDialog({ kind: 'monthly' })}>
              月度汇总
            </Button>
            {canManage && (
              <>
                <Button onClick={() => setDialog({ kind: 'screening' })}>登记排查</Button>
                <Button type="primary" onClick={() => setDialog({ kind: 'register' })}>
                  挂号
                </Button>
              </>
            )}
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<RiskStatusFilter> options={STATUS_FILTERS} value={status} onChange={setStatus} />
        <Select<RiskLevel | null>
          aria-label="风险等级"
          style={{ width: 120 }}
          value={level}
          onChange={setLevel}
          options={[{ value: null, label: '全部等级' }, ...RISK_LEVELS.map((l) => ({ value: l, label: l }))]}
        />
        <Input.Search
          aria-label="搜索排查台账"
          placeholder="编号、情况、单位、包案领导、责任人（可用拼音）"
          allowClear
          style={{ width: 340 }}
          onChange={(event) => setText(event.target.value)}
        />
      </Space>
      {error && <Alert type="error" showIcon title="排查台账无法读取" description={error} />}
      <Table<RiskListRow>
        aria-label="排查台账"
        rowKey={(r) => r.matter.id}
        rowClassName={() => 'desk-risk-row'}
        loading={matters === null && error === null}
        columns={columns}
        dataSource={rows}
        size="small"
        scroll={{ x: RISK_SCROLL_X }}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 件` }}
      />
      {dialog?.kind === 'register' && (
        <RegisterRiskDialog screenings={screenings} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog?.kind === 'screening' && <ScreeningDialog onClose={() => setDialog(null)} onSaved={done} />}
      {dialog?.kind === 'update' && (
        <RiskUpdateDialog matter={dialog.matter} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog?.kind === 'specialReport' && (
        <SpecialReportDialog
          title={`重大风险专报：${dialog.matter.riskNo}`}
          drafted={{
            subject: matterSubject(dialog.matter, matterNames(dialog.matter, names)),
            assessment: matterAssessment(dialog.matter),
          }}
          draftedFrom="事项的基本情况、化解措施和最近进展"
          issue={(request) => issueAndSaveMatterReport(dialog.matter, names, request)}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'monthly' && (
        <MonthlySummaryDialog matters={matters ?? []} screenings={screenings} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'daily' && <DailyReportDialog matters={matters ?? []} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'close' && (
        <CloseRiskDialog matter={dialog.matter} onClose={() => setDialog(null)} onSaved={done} />
      )}
    </div>
  );
}
