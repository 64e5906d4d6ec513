import type { Document, FileChild } from 'docx';
import { monthlyRiskSentence } from '../../domain/risk/summary';
import { body, createGbDocument, heading1, signatureBlock, title } from '../gbStyle';
import { caption, gridTable } from '../report/tables';
import { monthlySummaryTitle, summaryTables, type MonthlySummaryInput, type SummaryTable } from './summaryTables';

/** The sections of the 月度汇总 and the tables each prints (by SummaryTable name). */
const SECTIONS: [heading: string, tables: string[]][] = [
  ['一、总体情况', ['总体情况']],
  ['二、排查情况', ['排查情况']],
  ['三、分类情况', ['按风险等级', '按类别', '按单位']],
];

/**
 * 月度汇总 (「每月一汇总」, seed 004; docs/domain.md §10) as a GB/T 9704 document: title, the month in seed 000's
 * sentence, then the totals, the screenings and the matters by level, category and unit, each with the year to date,
 * and the issuer and date. Matters are counted, never named: no person appears.
 */
export function buildMonthlySummary(input: MonthlySummaryInput): Document {
  const tables = new Map(summaryTables(input).map((t) => [t.name, t]));
  let tableNo = 0;
  const table = (t: SummaryTable): FileChild[] => {
    if (t.rows.length === 0) return [body(`${t.name}：本月无挂号、销号或在办事项。`)];
    const rows = t.rows.map((r) => r.map(String));
    const weights = [4, ...t.headers.slice(1).map(() => 2)];
    return [caption(`表${++tableNo}  ${t.name}`), gridTable(t.headers, rows, weights, { left: [0], wraps: [0] })];
  };
  const children: FileChild[] = [title(monthlySummaryTitle(input.summary))];
  children.push(body(monthlyRiskSentence(input.summary)));
  for (const [heading, names] of SECTIONS) {
    children.push(heading1(heading));
    for (const name of names) {
      const t = tables.get(name);
      if (t) children.push(...table(t));
    }
  }
  children.push(...signatureBlock({ issuer: input.issuer, date: input.date }));
  return createGbDocument({ title: monthlySummaryTitle(input.summary), children });
}
