import { Alert, Empty, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { formatChineseDate, toLocalDate } from '../../domain/dates';
import { periodContaining, scopeFromKey, scopeKey } from '../../domain/statistics';
import { PageHeader } from '../../ui/PageHeader';
import { ExportStatisticsButton } from '../export/ExportStatisticsButton';
import { scopeNames, useStatisticsScope } from '../report/reportScope';
import { useSession } from '../../services/session/SessionContext';
import { can } from '../../domain/access/roles';
import { useLedgerIndex } from '../../services/ledgerIndex';
import { DashboardCharts } from './DashboardCharts';
import { DashboardControls, type DashboardSelection } from './DashboardControls';
import { computeDashboard, type Dashboard } from './dashboardData';
import { HeadlineFigures } from './HeadlineFigures';
import { OutreachHeadlines } from './OutreachHeadlines';
import { RiskHeadlines } from './RiskHeadlines';
import { useOutreachCounts } from './useOutreachCounts';

/** The last selection of this session, so coming back from the ledger finds the same figures. */
let remembered: DashboardSelection | null = null;

/**
 * 统计分析: the docs/domain.md §8 figures of a period and scope, with 同比/环比, computed from the ledger's in-memory rows
 * by the same computeStatistics the export and the report use. Counts of 件 link to the ledger of exactly those
 * records.
 */
export function DashboardPage() {
  const { rows, error } = useLedgerIndex();
  const { units, categories, settings } = useReferenceData();
  const env = useCaseEnvironment();
  const today = toLocalDate(now());
  const { actor } = useSession();
  const scopes = useStatisticsScope(null);
  const [chosen, setSelection] = useState<DashboardSelection>(
    () => remembered ?? { kind: 'quarter', period: periodContaining('quarter', today), scope: { kind: 'all' } },
  );
  useEffect(() => {
    remembered = chosen;
  }, [chosen]);
  // A 党支部书记's scope is its own branch, whatever was chosen before (the repositories give it no other rows).
  const fixedScope = scopes.status === 'ready' && scopes.fixed ? scopes.scopeKey : null;
  const selection = useMemo(
    () => (fixedScope ? { ...chosen, scope: scopeFromKey(fixedScope) } : chosen),
    [chosen, fixedScope],
  );

  const outreach = useOutreachCounts(selection, scopes.status === 'ready');
  const outreachCounts = outreach && 'counts' in outreach ? outreach.counts : undefined;

  const result = useMemo((): { dashboard: Dashboard } | { problem: string } | null => {
    if (!rows) return null;
    try {
      return { dashboard: computeDashboard({ rows, units, categories, env, today, ...selection }) };
    } catch (reason) {
      return { problem: `统计失败：${reason instanceof Error ? reason.message : String(reason)}` };
    }
  }, [rows, units, categories, env, today, selection]);

  return (
    <div className="desk-page">
      <PageHeader
        title="统计分析"
        actions={
          result && 'dashboard' in result && can(actor.role, 'records.export') ? (
            <ExportStatisticsButton
              current={result.dashboard.current}
              lastYear={result.dashboard.lastYear}
              previous={selection.kind === 'year' ? null : result.dashboard.previous}
              outreach={
                outreachCounts && selection.kind === 'year' ? { ...outreachCounts, previous: null } : outreachCounts
              }
              scopeLabel={scopeNames(scopeKey(selection.scope), units, settings.orgName).scopeName || '全公司'}
            />
          ) : null
        }
      >
        <Typography.Text type="secondary">
          {formatChineseDate(selection.period.from)}至{formatChineseDate(selection.period.to)}
          {selection.period.to > today ? `（截至${formatChineseDate(today)}）` : ''}
        </Typography.Text>
      </PageHeader>
      {scopes.status === 'ready' && <DashboardControls value={selection} scopes={scopes} onChange={setSelection} />}
      {scopes.status === 'refused' && <Alert type="error" showIcon title={scopes.message} style={{ marginTop: 12 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {result && 'problem' in result && (
        <Alert type="error" showIcon title={result.problem} style={{ marginTop: 12 }} />
      )}
      {!rows && !error && <Spin style={{ display: 'block', marginTop: 48 }} tip="正在读取台账…" />}
      {rows && rows.length === 0 && <Empty style={{ marginTop: 48 }} description="还没有登记任何信访事项" />}
      {result && 'dashboard' in result && rows && rows.length > 0 && (
        <div style={{ marginTop: 16 }}>
          <HeadlineFigures headlines={result.dashboard.headlines} />
          <DashboardCharts dashboard={result.dashboard} />
        </div>
      )}
      {can(actor.role, 'risks.view') && <RiskHeadlines selection={selection} today={today} />}
      {scopes.status === 'ready' && <OutreachHeadlines read={outreach} />}
    </div>
  );
}
