import type { RiskStatistics } from '../risk/riskStatistics';
import { figuresByKey, type FigureSpec } from './figures';

/**
 * The screening ledger's part of the figure catalogue (docs/domain.md §10): each figure once with its label, unit and
 * definition, read by the dashboard, the monthly summary and the report alike.
 */
export const RISK_FIGURES = [
  {
    key: 'screeningsConcentrated',
    label: '集中排查次数',
    unit: '次',
    definition: '本期组织的重点排查和普遍排查',
    of: (s) => s.screenings.concentrated,
    comparable: true,
  },
  {
    key: 'screeningsKey',
    label: '重点排查次数',
    unit: '次',
    definition: '本期组织的重点排查',
    of: (s) => s.screenings.key,
    comparable: true,
  },
  {
    key: 'screeningsGeneral',
    label: '普遍排查次数',
    unit: '次',
    definition: '本期组织的普遍排查',
    of: (s) => s.screenings.general,
    comparable: true,
  },
  {
    key: 'riskRegistered',
    label: '挂号矛盾纠纷',
    unit: '起',
    definition: '本期挂号的排查台账事项',
    of: (s) => s.counts.registered,
    comparable: true,
  },
  {
    key: 'riskClosed',
    label: '销号矛盾纠纷',
    unit: '起',
    definition: '本期销号的排查台账事项（转为信访事项的不计）',
    of: (s) => s.counts.closed,
    comparable: true,
  },
  {
    key: 'riskOpen',
    label: '在办矛盾纠纷',
    unit: '起',
    definition: '期末（本期未结束的，截至今天）已挂号、尚未销号或转为信访事项的事项',
    of: (s) => s.openAtEnd,
    comparable: true,
  },
  {
    key: 'riskResolutionRate',
    label: '化解率',
    unit: '%',
    definition: '本期销号数 ÷ 本期挂号数',
    of: (s) => s.counts.resolutionRate,
    comparable: true,
  },
  {
    key: 'riskConverted',
    label: '转为信访事项',
    unit: '起',
    definition: '本期由排查台账转为信访事项的事项',
    of: (s) => s.converted,
    comparable: true,
  },
  {
    key: 'riskStale',
    label: '未按期更新',
    unit: '起',
    definition: '今天在办、超过更新期限未更新进展的事项（按当天计，不作同比环比）',
    of: (s) => s.staleToday,
    comparable: false,
  },
  {
    key: 'emergencies',
    label: '突发信访事件',
    unit: '起',
    definition: '本期报告的突发信访事件',
    of: (s) => s.emergencies.total,
    comparable: true,
  },
  {
    key: 'emergencyOnTimeRate',
    label: '领导按时到场率',
    unit: '%',
    definition: '本期突发信访事件中领导在到场时限内到场的 ÷ 已记录到场的',
    of: (s) => {
      const arrived = s.emergencies.onTime + s.emergencies.late;
      return arrived === 0 ? null : s.emergencies.onTime / arrived;
    },
    comparable: true,
  },
] as const satisfies readonly FigureSpec<RiskStatistics>[];

export type RiskFigureKey = (typeof RISK_FIGURES)[number]['key'];

export const riskFigure = figuresByKey<RiskStatistics, RiskFigureKey>(RISK_FIGURES);
