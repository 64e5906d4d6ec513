/** 统计: every figure of docs/domain.md §8, one computation for the dashboard, the Excel export and the report. */
export * from './adapters';
export * from './compute';
export * from './figures';
export * from './fromLedger';
export * from './periods';
export * from './scope';
export * from './sentences';
export * from './trend';
export type * from './types';
export { ratio } from './handling';
export * from './retell';
export * from './rollUp';
export * from './riskFigures';
export * from './outreachFigures';
