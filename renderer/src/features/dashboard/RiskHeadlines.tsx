import { Alert, Card, Spin } from 'antd';
import { useMemo } from 'react';
import { scopeUnitIds, type PeriodKind, type StatPeriod, type StatScope } from '../../domain/statistics';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { useReferenceData } from '../../services/ReferenceData';
import { useRiskLedger } from '../risk/useRiskLedger';
import { HeadlineFigures } from './HeadlineFigures';
import { riskHeadlines } from './riskHeadlines';

/** 风险预控 on the dashboard: the screening ledger's figures of the same period and scope as the petition figures. */
export function RiskHeadlines({
  selection,
  today,
}: {
  selection: { period: StatPeriod; kind: PeriodKind; scope: StatScope };
  today: string;
}) {
  const { matters, screenings, error } = useRiskLedger();
  const { units, settings } = useReferenceData();
  const { calendar } = useCaseEnvironment();
  const headlines = useMemo(
    () =>
      matters === null
        ? null
        : riskHeadlines(matters, screenings, selection, {
            unitIds: scopeUnitIds(selection.scope, units),
            today,
            calendar,
            rules: settings.riskStalenessRules,
          }),
    [matters, screenings, selection, units, today, calendar, settings.riskStalenessRules],
  );
  return (
    <Card size="small" title="风险预控（排查台账）" className="desk-card" style={{ marginTop: 16 }}>
      {error && <Alert type="error" showIcon title={`排查台账无法读取：${error}`} />}
      {!error && headlines === null && <Spin />}
      {headlines && <HeadlineFigures headlines={headlines} label="风险预控指标" />}
    </Card>
  );
}
