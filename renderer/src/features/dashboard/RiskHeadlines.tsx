import { Alert, Card, Spin } from 'antd';
import { useMemo } from 'react';
import { scopeUnitIds, type PeriodKind, type StatPeriod, type StatScope } from '../../domain/statistics';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { useReferenceData } from '../../services/ReferenceData';
import { useEmergencies } from '../emergency/useEmergencies';
import { useRiskLedger } from '../risk/useRiskLedger';
import { HeadlineFigures } from './HeadlineFigures';
import { riskHeadlines } from './riskHeadlines';

/**
 * 风险预控 on the dashboard: the screening ledger's and the 突发信访事件's figures of the same period and scope as the
 * petition figures.
 */
export function RiskHeadlines({
  selection,
  today,
}: {
  selection: { period: StatPeriod; kind: PeriodKind; scope: StatScope };
  today: string;
}) {
  const ledger = useRiskLedger();
  const events = useEmergencies();
  const { matters, screenings } = ledger;
  const { emergencies } = events;
  const error = ledger.error ?? events.error;
  const { units, settings } = useReferenceData();
  const { calendar } = useCaseEnvironment();
  const headlines = useMemo(
    () =>
      matters === null || emergencies === null
        ? null
        : riskHeadlines(
            matters,
            screenings,
            selection,
            { unitIds: scopeUnitIds(selection.scope, units), today, calendar, rules: settings.riskStalenessRules },
            emergencies,
          ),
    [matters, screenings, emergencies, selection, units, today, calendar, settings.riskStalenessRules],
  );
  return (
    <Card size="small" title="风险预控（排查台账、突发事件）" className="desk-card" style={{ marginTop: 16 }}>
      {error && <Alert type="error" showIcon title={`风险预控数据无法读取：${error}`} />}
      {!error && headlines === null && <Spin />}
      {headlines && <HeadlineFigures headlines={headlines} label="风险预控指标" />}
    </Card>
  );
}
